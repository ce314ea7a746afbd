/**
 * @module analyse/triage/score-pool/score-job
 * One unit of `dragnet score` work and its output record. Types and light helpers only: the
 * thread that reads and writes loads no parser and no model when workers do the scoring
 * (importing them costs ~0.2 CPU-s); `run-score-job.ts` is the scoring side.
 */
import type { Reason, TriageClass } from '../../../core/finding.js';
import { MAX_MESSAGE_CHARS } from '../check-message.js';
import type { TriageMessage } from '../message.js';

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

/** Rough cost of a job in bytes (bounds the memory held by queued work). */
export function jobBytes(job: ScoreJob): number {
  if (job.kind === 'email') return job.bytes.byteLength;
  const m = job.msg;
  return 2 * (m.text.length + (m.subject?.length ?? 0) + (m.from?.length ?? 0)) + 64;
}

/** What reading the inputs yields, in input order: a job to score, or a record already decided. */
export type ScoreUnit = { job: ScoreJob } | { record: ScoreRecord };
