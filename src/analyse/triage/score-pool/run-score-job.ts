/**
 * @module analyse/triage/score-pool/run-score-job
 * The one function that turns a `dragnet score` job into its output record. The main thread and
 * the pool's workers both score through `runScoreJob`, so a verdict never depends on which
 * thread computed it.
 */
import { describeError } from '../../../core/errors.js';
import type { parseEmailForTriage } from '../../../ingest/email/parse-email.js';
import { checkMessage } from '../check-message.js';
import { messageFromEvidence, type TriageMessage } from '../message.js';
import { scoreMessage, type TriageEngine } from '../score-message.js';
import { MAX_EML_BYTES, type ScoreJob, type ScoreRecord } from './score-job.js';

/** Scores one message, turning any failure into an error record. */
export function scoreOne(engine: TriageEngine, id: string, msg: TriageMessage): ScoreRecord {
  const problem = checkMessage(msg);
  if (problem) return { id, error: problem };
  try {
    const v = scoreMessage(engine, msg);
    return { id, score: v.score, class: v.class, lang: v.lang, reasons: v.reasons };
  } catch (err) {
    return { id, error: `could not be scored: ${describeError(err)}` };
  }
}

/**
 * The e-mail parser, loaded with the first e-mail: text rows (JSONL) never need it, and loading
 * it (postal-mime, the HTML tokenizer and entity tables, ~15 modules) is ~25 CPU-ms of the start
 * of every run.
 */
let parse: typeof parseEmailForTriage | undefined;
async function loadParser(): Promise<typeof parseEmailForTriage> {
  parse ??= (await import('../../../ingest/email/parse-email.js')).parseEmailForTriage;
  return parse;
}

/** Parses and scores one raw e-mail. */
export async function scoreEmailBytes(
  engine: TriageEngine,
  id: string,
  bytes: Uint8Array,
): Promise<ScoreRecord> {
  if (bytes.length > MAX_EML_BYTES)
    return { id, error: `message too large: ${bytes.length} bytes (limit ${MAX_EML_BYTES})` };
  const parsed = await (parse ?? (await loadParser()))(bytes, id);
  if (!parsed.ok) return { id, error: parsed.problems.map((p) => p.message).join('; ') || 'not an e-mail' };
  return scoreOne(engine, id, messageFromEvidence(parsed.value));
}

/** The record for one job. Never rejects: every failure is that message's error record. */
export async function runScoreJob(engine: TriageEngine, job: ScoreJob): Promise<ScoreRecord> {
  try {
    return job.kind === 'email'
      ? await scoreEmailBytes(engine, job.id, job.bytes)
      : scoreOne(engine, job.id, job.msg);
  } catch (err) {
    return { id: job.id, error: `could not be scored: ${describeError(err)}` };
  }
}
