/**
 * @module analyse/triage/score-pool/score-worker
 * A worker thread of the score pool: loads the triage engine once, then parses and scores the
 * batches it is sent, one after another, answering each batch with its records.
 */
import { parentPort } from 'node:worker_threads';
import { DragnetError, describeError } from '../../../core/errors.js';
import { prepareTriageEngine } from '../engine.js';
import type { FromScoreWorker, ToScoreWorker } from './messages.js';
import { runScoreJob } from './run-score-job.js';
import type { ScoreRecord } from './score-job.js';

const port = parentPort;
if (!port) throw new Error('score-worker must run as a worker thread');

const engine = prepareTriageEngine();
engine.then(
  () => port.postMessage({ type: 'ready' } satisfies FromScoreWorker),
  (err: unknown) =>
    port.postMessage({
      type: 'failed',
      message: err instanceof DragnetError ? err.message : describeError(err),
      ...(err instanceof DragnetError
        ? { code: err.code, ...(err.subject ? { subject: err.subject } : {}) }
        : {}),
    } satisfies FromScoreWorker),
);

// Batches are handled strictly in arrival order; the pool relies on it only for accounting.
let chain: Promise<void> = Promise.resolve();
port.on('message', (msg: ToScoreWorker) => {
  chain = chain.then(async () => {
    const e = await engine;
    const results: Array<{ seq: number; record: ScoreRecord }> = [];
    for (const { seq, job } of msg.jobs) results.push({ seq, record: await runScoreJob(e, job) });
    port.postMessage({ type: 'scored', results } satisfies FromScoreWorker);
  });
});
