/**
 * @module analyse/triage/score-pool/messages
 * What the score pool and its workers say to each other.
 */
import type { ErrorCode } from '../../../core/errors.js';
import type { ScoreJob, ScoreRecord } from './score-job.js';

export interface NumberedJob {
  seq: number;
  job: ScoreJob;
}

export type ToScoreWorker = { type: 'score'; jobs: NumberedJob[] };

export type FromScoreWorker =
  | { type: 'ready' }
  /** The engine did not load; `code`/`subject` of a DragnetError, so the exit code is the same. */
  | { type: 'failed'; message: string; code?: ErrorCode; subject?: string }
  /**
   * `langSample`: the text the record's language is to be identified from, when the worker left
   * that to the pool's thread (see score-worker.ts); `record.lang` is then a placeholder.
   */
  | { type: 'scored'; results: Array<{ seq: number; record: ScoreRecord; langSample?: string }> };
