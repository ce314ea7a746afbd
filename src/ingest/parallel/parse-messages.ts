/**
 * @module ingest/parallel/parse-messages
 * The messages exchanged between the ingest pipeline and its parse workers.
 */
import type { AnalysisOptions } from '../../analyse/analyser.js';
import type { Result } from '../../core/result.js';
import type { MboxMember } from '../mbox/mbox-handler.js';
import type { PreparedItem } from './prepared-item.js';

/** Given to each worker when it starts. */
export interface ParseWorkerData {
  /** Run the default analysers in the worker (the caller asked for them). */
  analyse: boolean;
  analysis: AnalysisOptions;
  /** The case's blob folder: workers write the blobs of what they parse. */
  blobDir: string;
  /** Send the bytes back (analysers other than the default ones run on the pipeline's thread). */
  keepBytes: boolean;
}

export interface ParseJob {
  id: number;
  member: MboxMember;
  /** The mailbox's evidence id: the worker builds the message's evidence row under it. */
  parentId?: string;
}

export type ToWorker = { type: 'parse'; jobs: ParseJob[] };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'parsed'; results: Array<{ id: number; result: Result<PreparedItem> }> };
