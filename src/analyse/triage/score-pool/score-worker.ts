/**
 * @module analyse/triage/score-pool/score-worker
 * A worker thread of the score pool: loads the triage engine once, then parses and scores the
 * batches it is sent, one after another, answering each batch with its records.
 *
 * Language identification is left to the pool's thread: loading fastText (wasm compile + the
 * 900 kB model, ~0.1 CPU-s) in every worker delayed each worker's first message by that much, and
 * the pool's thread, which only reads and writes, loads it once while the workers start. The
 * worker sends the exact sample `identify` was given (`languageSample` is idempotent), so the
 * answer is the same as if the worker had identified it.
 */
import { parentPort } from 'node:worker_threads';
import { DragnetError, describeError } from '../../../core/errors.js';
import { createTriageEngine } from '../engine.js';
import { type LanguageIdentifier, languageSample } from '../lang-id.js';
import type { TriageEngine } from '../score-message.js';
import type { FromScoreWorker, ToScoreWorker } from './messages.js';
import { runScoreJob } from './run-score-job.js';
import type { ScoreRecord } from './score-job.js';

const port = parentPort;
if (!port) throw new Error('score-worker must run as a worker thread');

/** What `identify` was last asked about, for the pool's thread to answer. */
let langSample: string | undefined;
const deferredLang: LanguageIdentifier = {
  identify(text) {
    langSample = languageSample(text);
    return DEFERRED_LANG;
  },
};
const DEFERRED_LANG = 'und';

const engine: Promise<TriageEngine> = (async () => createTriageEngine(deferredLang))();
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
    const results: Array<{ seq: number; record: ScoreRecord; langSample?: string }> = [];
    for (const { seq, job } of msg.jobs) {
      langSample = undefined;
      const record = await runScoreJob(e, job);
      const sample = langSample as string | undefined;
      results.push(
        sample === undefined || record.error ? { seq, record } : { seq, record, langSample: sample },
      );
    }
    port.postMessage({ type: 'scored', results } satisfies FromScoreWorker);
  });
});
