/**
 * @module analyse/triage/score-pool/messages
 * What the score pool and its workers say to each other.
 */
import type { ScoreJob, ScoreRecord } from './score-job.js';

export interface NumberedJob {
  seq: number;
  job: ScoreJob;
}

export type ToScoreWorker = { type: 'score'; jobs: NumberedJob[] };

export type FromScoreWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'scored'; results: Array<{ seq: number; record: ScoreRecord }> };
