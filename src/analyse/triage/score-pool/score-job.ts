/**
 * @module analyse/triage/score-pool/score-job
 * One unit of `dragnet score` work and the one function that turns it into an output record.
 * The main thread and the pool's workers both score through `runScoreJob`, so a verdict never
 * depends on which thread computed it.
 */
import { describeError } from '../../../core/errors.js';
import type { Reason, TriageClass } from '../../../core/finding.js';
import { parseEmail } from '../../../ingest/email/parse-email.js';
import { checkMessage, MAX_MESSAGE_CHARS } from '../check-message.js';
import { messageFromEvidence, type TriageMessage } from '../message.js';
import { scoreMessage, type TriageEngine } from '../score-message.js';

/** One output line of `dragnet score --jsonl` (the contract's fields, or `id` + `error`). */
export interface ScoreRecord {
  id: string;
  score?: number;
  class?: TriageClass;
  lang?: string;
  reasons?: Reason[];
  error?: string;
}

/** Raw e-mail bytes are parsed where they are scored (parsing is most of an e-mail's cost). */
export type ScoreJob =
  | { kind: 'email'; id: string; bytes: Uint8Array }
  | { kind: 'text'; id: string; msg: TriageMessage };

/** Largest raw e-mail accepted; bigger ones get an error record without being parsed. */
export const MAX_EML_BYTES = MAX_MESSAGE_CHARS;

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

/** Parses and scores one raw e-mail. */
export async function scoreEmailBytes(
  engine: TriageEngine,
  id: string,
  bytes: Uint8Array,
): Promise<ScoreRecord> {
  if (bytes.length > MAX_EML_BYTES)
    return { id, error: `message too large: ${bytes.length} bytes (limit ${MAX_EML_BYTES})` };
  const parsed = await parseEmail(bytes, id);
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

/** Rough cost of a job in bytes (bounds the memory held by queued work). */
export function jobBytes(job: ScoreJob): number {
  if (job.kind === 'email') return job.bytes.byteLength;
  const m = job.msg;
  return 2 * (m.text.length + (m.subject?.length ?? 0) + (m.from?.length ?? 0)) + 64;
}

/** What reading the inputs yields, in input order: a job to score, or a record already decided. */
export type ScoreUnit = { job: ScoreJob } | { record: ScoreRecord };
