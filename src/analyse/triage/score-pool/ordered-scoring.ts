/**
 * @module analyse/triage/score-pool/ordered-scoring
 * Scores a stream of messages on this thread or on a worker pool, yielding the records in input
 * order either way.
 *
 * Invariants:
 * - Output order = input order, whatever thread finished first.
 * - Bounded memory: at most `MAX_QUEUED_PER_WORKER` jobs per worker and `MAX_QUEUED_BYTES` of
 *   message bytes are read ahead of the output, so a multi-GB mbox streams.
 * - A message that fails is that message's `{id, error}` record; only a pool that cannot start
 *   (the engine does not load) fails the run.
 *
 * Threads: n scoring threads are this thread and n − 1 workers. This thread scores too, between
 * reading and writing: with one worker per core, three busy threads on two cores made the pool
 * slower than this thread alone (measured: 2 workers 1.68 s vs 1 thread 1.46 s on 500 mails).
 *
 * Automatic thread count: a worker costs an engine load (~0.27 CPU-s, ~70 MB) and its own JIT
 * warm-up, which a few messages never earn back. So the input is read ahead until it holds
 * `POOL_MIN_WEIGHT` work units (an e-mail 1, a short text 0.1 — parsing dominates an e-mail's
 * cost): reached → one thread per core; input ended first, or arriving slowly (then the source,
 * not scoring, sets the pace) → this thread alone. The threshold is ~2,000 e-mails because one
 * thread already keeps ~1.4 cores busy (V8's GC and compiler threads): on the 2-core box, mboxes
 * of SpamAssassin mails, idle, alternating runs, one thread vs main + 1 worker: 500 mails
 * 0.80-0.87 vs 0.87-0.97 s wall (1.21-1.27 vs 1.54-1.76 CPU-s), 1,000 mails 1.30-1.32 vs
 * 1.34-1.43 s, 2,000 mails 2.02-2.46 vs 1.98-2.19 s (2.8-3.0 vs 3.6-4.0 CPU-s), 3,250 mails
 * 2.97-3.24 vs 2.84-4.40 s (4.0-4.5 vs 5.3-6.1 CPU-s).
 */
import os from 'node:os';
import type { LanguageIdentifier } from '../lang-id.js';
import type { TriageEngine } from '../score-message.js';
import { jobBytes, type ScoreJob, type ScoreRecord, type ScoreUnit } from './score-job.js';
import { ScorePool, type ScorePoolOptions } from './score-pool.js';

const POOL_MIN_WEIGHT = 2000;
const LOOKAHEAD_MS = 300;
const LOOKAHEAD_MAX_BYTES = 16 * 1024 * 1024;
const MAX_QUEUED_PER_WORKER = 64;
/** Jobs per post to a worker, and how far ahead of this thread each worker is kept (see scoreOnPool). */
const BATCH_JOBS = 8;
const LOW_WATER = 2 * BATCH_JOBS;
const HIGH_WATER = 4 * BATCH_JOBS;
const MAX_QUEUED_BYTES = 64 * 1024 * 1024;
/** Upper bound of `--workers`. */
export const MAX_WORKERS = 64;

export interface OrderedScoringOptions {
  /** Scoring threads: 1 = this thread only; n ≥ 2 = this thread and n − 1 workers; absent = automatic. */
  workers?: number;
  /** The engine for this thread, when it scores (default: the bundled model). */
  engine?: () => Promise<TriageEngine>;
  pool?: ScorePoolOptions;
  /** Told how many threads score, once decided (progress, tests). */
  onPlan?: (workers: number) => void;
  /**
   * The input is probably large (e.g. a multi-MB mbox): with an automatic thread count, the pool
   * starts at once, while the input is read ahead, instead of after; worker start-up (~0.3 s)
   * then overlaps the reading. The read-ahead still decides; a pool it does not want is closed.
   */
  likelyLarge?: boolean;
  /** Work units read ahead that start the pool (default `POOL_MIN_WEIGHT`; tests use fewer). */
  poolMinWeight?: number;
}

/** One worker per core. */
export function defaultWorkers(): number {
  return Math.min(MAX_WORKERS, Math.max(1, os.availableParallelism()));
}

const weightOf = (u: ScoreUnit): number =>
  'record' in u ? 0 : u.job.kind === 'email' ? 1 + u.job.bytes.byteLength / 65_536 : 0.1;

/** `p`'s result, or undefined if `deadline` (ms since the epoch) comes first. */
async function before<T>(p: Promise<T>, deadline: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Yields `head`, then the result of `pending` (if any), then the rest of `it`. */
async function* replay(
  head: ScoreUnit[],
  pending: Promise<IteratorResult<ScoreUnit>> | undefined,
  it: AsyncIterator<ScoreUnit>,
): AsyncGenerator<ScoreUnit> {
  yield* head;
  head.length = 0;
  for (let r = await (pending ?? it.next()); !r.done; r = await it.next()) yield r.value;
}

/** Called once: the engine this thread scores with, and the language identifier the pool uses. */
function localEngine(options: OrderedScoringOptions): {
  engine: () => Promise<TriageEngine>;
  lang: () => Promise<LanguageIdentifier>;
} {
  let engine: Promise<TriageEngine> | undefined;
  const load = (): Promise<TriageEngine> => {
    engine ??= options.engine
      ? options.engine()
      : import('../engine.js').then((m) => m.prepareTriageEngine());
    return engine;
  };
  return {
    engine: load,
    // The workers' records wait for fastText alone, not for this thread's model and cue index.
    lang: () =>
      options.engine
        ? load().then((e) => e.lang)
        : import('../engine.js').then((m) => m.prepareLanguageIdentifier()),
  };
}

/** Scores `units`, yielding one record per unit, in order. */
export async function* scoreInOrder(
  units: AsyncIterable<ScoreUnit>,
  options: OrderedScoringOptions = {},
): AsyncGenerator<ScoreRecord> {
  const it = units[Symbol.asyncIterator]();
  const local = localEngine(options);
  const startPool = (threads: number): ScorePool =>
    new ScorePool(
      Math.min(threads, MAX_WORKERS) - 1,
      { batchJobs: BATCH_JOBS, ...options.pool },
      local.lang(),
    );
  let workers = options.workers;
  let early: ScorePool | undefined =
    workers === undefined && options.likelyLarge && defaultWorkers() > 1 && ScorePool.available(options.pool)
      ? startPool(defaultWorkers())
      : undefined;
  let source: AsyncIterable<ScoreUnit> = { [Symbol.asyncIterator]: () => it };
  if (workers === undefined) {
    const head: ScoreUnit[] = [];
    let weight = 0;
    let bytes = 0;
    let pending: Promise<IteratorResult<ScoreUnit>> | undefined;
    let big = false;
    const deadline = Date.now() + LOOKAHEAD_MS;
    for (;;) {
      pending ??= it.next();
      let r: IteratorResult<ScoreUnit> | undefined;
      try {
        r = await before(pending, deadline);
      } catch {
        break; // e.g. a missing file: `pending` rethrows after the messages before it are out
      }
      if (r === undefined) break; // slow source: `pending` is replayed below
      pending = undefined;
      if (r.done) break;
      head.push(r.value);
      weight += weightOf(r.value);
      if ('job' in r.value) bytes += jobBytes(r.value.job);
      if (weight >= (options.poolMinWeight ?? POOL_MIN_WEIGHT) || bytes >= LOOKAHEAD_MAX_BYTES) {
        big = true;
        break;
      }
    }
    workers = big ? defaultWorkers() : 1;
    source = replay(head, pending, it);
  }
  // Running the TypeScript sources (no compiled worker): this thread does it all.
  if (!ScorePool.available(options.pool)) workers = 1;
  if (early && workers !== early.size + 1) {
    await early.close();
    early = undefined;
  }
  options.onPlan?.(workers);
  if (workers <= 1) yield* scoreHere(source, local.engine);
  else yield* scoreOnPool(source, early ?? startPool(workers), local.engine());
}

async function* scoreHere(
  units: AsyncIterable<ScoreUnit>,
  load: () => Promise<TriageEngine>,
): AsyncGenerator<ScoreRecord> {
  // Loaded only when this thread scores (see score-job.ts).
  const { runScoreJob } = await import('./run-score-job.js');
  const engine = await load();
  for await (const u of units) yield 'record' in u ? u.record : await runScoreJob(engine, u.job);
}

interface Slot {
  record?: ScoreRecord;
  error?: unknown;
  done?: Promise<void>;
  bytes: number;
}

/** Lets the workers' answers (and the input) in between two messages scored here. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Scores on the pool's workers and on this thread. The workers are kept `LOW_WATER` jobs ahead
 * (so one is never idle waiting for this thread); every other message is scored here, once this
 * thread's engine is loaded. Until then the workers take everything, at most `HIGH_WATER` ahead,
 * so that at the end of the input no worker holds a long backlog while this thread idles.
 */
async function* scoreOnPool(
  units: AsyncIterable<ScoreUnit>,
  pool: ScorePool,
  engine: Promise<TriageEngine>,
): AsyncGenerator<ScoreRecord> {
  const maxJobs = MAX_QUEUED_PER_WORKER * (pool.size + 1);
  const lowWater = LOW_WATER * pool.size;
  const highWater = HIGH_WATER * pool.size;
  let scoreHere: ((job: ScoreJob) => Promise<ScoreRecord>) | undefined;
  // Loaded only when this thread scores (see score-job.ts). A failure to load is the workers' to
  // report (they load the same engine): this thread then only reads and writes.
  Promise.all([import('./run-score-job.js'), engine]).then(
    ([{ runScoreJob }, e]) => {
      scoreHere = (job) => runScoreJob(e, job);
    },
    () => undefined,
  );
  // A FIFO of slots; `first` avoids Array#shift on every message.
  let queue: Slot[] = [];
  let first = 0;
  let queuedBytes = 0;
  const take = async (wait: boolean): Promise<ScoreRecord | undefined> => {
    const slot = queue[first];
    if (!slot) return undefined;
    if (!slot.record && slot.error === undefined) {
      if (!wait) return undefined;
      pool.flush();
      await slot.done;
    }
    if (slot.error !== undefined) throw slot.error;
    first++;
    queuedBytes -= slot.bytes;
    if (first > 1024 && first * 2 > queue.length) {
      queue = queue.slice(first);
      first = 0;
    }
    return slot.record;
  };
  let readError: { err: unknown } | undefined;
  try {
    try {
      for await (const u of units) {
        if ('record' in u) queue.push({ record: u.record, bytes: 0 });
        else {
          while (!scoreHere && pool.outstanding >= highWater && !pool.error) {
            const r = await take(true);
            if (r) yield r;
          }
          if (scoreHere && pool.outstanding >= lowWater && !pool.error) {
            pool.flush(); // no job waits in a partial batch while this thread is busy
            queue.push({ record: await scoreHere(u.job), bytes: 0 });
            await nextTurn();
          } else {
            const slot: Slot = { bytes: jobBytes(u.job) };
            slot.done = pool.submit(u.job).then(
              (r) => {
                slot.record = r;
              },
              (err: unknown) => {
                slot.error = err;
              },
            );
            queue.push(slot);
            queuedBytes += slot.bytes;
          }
        }
        for (let r = await take(false); r; r = await take(false)) yield r;
        while (queue.length - first >= maxJobs || queuedBytes >= MAX_QUEUED_BYTES) {
          const r = await take(true);
          if (r) yield r;
        }
      }
    } catch (err) {
      // An input that cannot be read fails the run, after the messages read before it.
      readError = { err };
    }
    pool.flush();
    for (let r = await take(true); r; r = await take(true)) yield r;
    if (readError) throw readError.err;
  } finally {
    await pool.close();
  }
}
