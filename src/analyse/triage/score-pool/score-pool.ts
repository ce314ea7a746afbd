/**
 * @module analyse/triage/score-pool/score-pool
 * Worker threads that parse and score messages for `dragnet score`, while the caller's thread
 * reads, splits, writes (and scores the rest, see `ordered-scoring.ts`). Each worker loads its own engine once, without fastText (~0.27 CPU-s;
 * measured with a bare worker start on the 2-core box), so a pool only pays off on large inputs
 * (~2,000 e-mails on 2 cores; see `ordered-scoring.ts` for when one is started). Language ID runs
 * here, on the samples the workers send back: one fastText load per process, not per worker.
 *
 * `submit` returns a promise per job; jobs are posted in small batches (a post costs about as much
 * as scoring a short SMS) to the least busy worker. A worker that dies after starting turns its
 * unanswered jobs into `{id, error}` records and is replaced, so one pathological message never
 * loses the others' results; a worker that cannot even load the engine fails the pool.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DragnetError, describeError, type ErrorCode } from '../../../core/errors.js';
import { type LanguageIdentifier, loadLanguageIdentifier } from '../lang-id.js';
import type { FromScoreWorker, NumberedJob, ToScoreWorker } from './messages.js';
import type { ScoreJob, ScoreRecord } from './score-job.js';

/** Jobs per post, and bytes per post: enough to amortise a post, small enough to keep all busy. */
const BATCH_JOBS = 16;
const BATCH_BYTES = 512 * 1024;
/** Replacements after crashes before the pool gives up (a crash per message would never end). */
const MAX_RESTARTS = 8;

interface Pending {
  id: string;
  resolve: (r: ScoreRecord | Promise<ScoreRecord>) => void;
  reject: (err: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** Jobs posted to this worker and not answered yet. */
  inFlight: Map<number, Pending>;
  dead: boolean;
}

export interface ScorePoolOptions {
  /** The worker script (tests running the TypeScript sources point at the built one). */
  workerUrl?: URL;
  /** Jobs per post (default 16). */
  batchJobs?: number;
}

/** The compiled worker beside this module (absent when running the TypeScript sources). */
const WORKER_URL = new URL('./score-worker.js', import.meta.url);

/** Moves a message's bytes into a buffer of their own so the post transfers, not copies, them. */
function owned(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  // Small Buffers share Node's 8 KiB pool, which must never be transferred: copy those too.
  return whole && bytes.buffer instanceof ArrayBuffer && bytes.byteLength >= 4096
    ? bytes
    : new Uint8Array(bytes);
}

export class ScorePool {
  private readonly workers: PoolWorker[] = [];
  private readonly script: URL;
  private readonly startup: Array<Promise<void>> = [];
  private batch: NumberedJob[] = [];
  /** Jobs batched but not posted yet. */
  private readonly pendingOf = new Map<number, Pending>();
  private batchBytes = 0;
  private nextSeq = 0;
  private restarts = 0;
  private failure: Error | undefined;
  private closed = false;
  /** Language identification for the workers' records (they leave it to this thread). */
  private readonly lang: Promise<LanguageIdentifier>;

  /** Whether workers can be started: the compiled worker script is there. */
  static available(options: ScorePoolOptions = {}): boolean {
    return existsSync(fileURLToPath(options.workerUrl ?? WORKER_URL));
  }

  private readonly batchJobs: number;

  /**
   * Starts `size` workers; `ready()` waits for their engines. `lang` identifies the language of
   * the workers' records (default: fastText, loaded here, once, while the workers start; see
   * score-worker.ts); a caller that scores too passes the identifier it loads anyway.
   */
  constructor(size: number, options: ScorePoolOptions = {}, lang?: Promise<LanguageIdentifier>) {
    this.script = options.workerUrl ?? WORKER_URL;
    this.batchJobs = options.batchJobs ?? BATCH_JOBS;
    this.lang = lang ?? loadLanguageIdentifier();
    this.lang.catch(() => undefined);
    for (let i = 0; i < Math.max(1, size); i++) this.startup.push(this.spawn());
  }

  get size(): number {
    return this.workers.length;
  }

  /** Jobs submitted and not answered yet (batched or posted). */
  get outstanding(): number {
    let n = this.batch.length;
    for (const w of this.workers) n += w.inFlight.size;
    return n;
  }

  /** Resolves when every worker has loaded its engine; rejects if one could not. */
  async ready(): Promise<void> {
    await Promise.all(this.startup);
    if (this.failure) throw this.failure;
  }

  private spawn(): Promise<void> {
    const worker = new Worker(this.script);
    const pw: PoolWorker = { worker, inFlight: new Map(), dead: false };
    this.workers.push(pw);
    let started = false;
    return new Promise<void>((resolve) => {
      const failStart = (message: string, code?: ErrorCode, subject?: string): void => {
        this.fail(
          code
            ? new DragnetError(code, message, subject ? { subject } : {})
            : new Error(`scoring worker could not start: ${message}`),
        );
        resolve();
      };
      worker.on('message', (msg: FromScoreWorker) => {
        if (msg.type === 'ready') {
          started = true;
          resolve();
          this.flush(); // a batch may be waiting for a replacement worker
        } else if (msg.type === 'failed') failStart(msg.message, msg.code, msg.subject);
        else
          for (const { seq, record, langSample } of msg.results) {
            const p = pw.inFlight.get(seq);
            pw.inFlight.delete(seq);
            if (!p) continue;
            if (langSample === undefined) p.resolve(record);
            else p.resolve(this.withLang(record, langSample));
          }
      });
      const died = (why: string): void => {
        if (pw.dead) return;
        pw.dead = true;
        if (started) this.crashed(pw, why);
        else failStart(why);
      };
      worker.on('error', (err) => died(err.message));
      worker.on('exit', (code) => {
        if (!this.closed) died(`exit code ${code}`);
      });
    });
  }

  /** `record` with its language identified here from the worker's sample. */
  private async withLang(record: ScoreRecord, sample: string): Promise<ScoreRecord> {
    const lang = await this.lang;
    try {
      record.lang = lang.identify(sample);
      return record;
    } catch (err) {
      // As scoring on the worker would have answered (run-score-job's scoreOne).
      return { id: record.id, error: `could not be scored: ${describeError(err)}` };
    }
  }

  /** A worker died mid-run: its jobs become error records and a fresh worker takes its place. */
  private crashed(pw: PoolWorker, why: string): void {
    for (const [, p] of pw.inFlight)
      p.resolve({ id: p.id, error: `could not be scored: worker stopped (${why})` });
    pw.inFlight.clear();
    this.workers.splice(this.workers.indexOf(pw), 1);
    if (this.closed) return;
    if (this.restarts++ >= MAX_RESTARTS) {
      this.fail(new Error(`scoring workers keep stopping (${why})`));
      return;
    }
    this.startup.push(this.spawn());
  }

  /** Queues one job; the promise never rejects unless the pool as a whole failed. */
  submit(job: ScoreJob): Promise<ScoreRecord> {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.nextSeq++;
    const sent: ScoreJob = job.kind === 'email' ? { ...job, bytes: owned(job.bytes) } : job;
    const promise = new Promise<ScoreRecord>((resolve, reject) => {
      this.batch.push({ seq, job: sent });
      this.pendingOf.set(seq, { id: job.id, resolve, reject });
    });
    this.batchBytes += sent.kind === 'email' ? sent.bytes.byteLength : 256;
    if (this.batch.length >= this.batchJobs || this.batchBytes >= BATCH_BYTES) this.flush();
    return promise;
  }

  /** Posts the partial batch to the least busy live worker. */
  flush(): void {
    if (this.batch.length === 0 || this.failure) return;
    let target: PoolWorker | undefined;
    for (const w of this.workers)
      if (!w.dead && (!target || w.inFlight.size < target.inFlight.size)) target = w;
    if (!target) return; // every worker is being replaced: the batch waits for the next flush
    const jobs = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    const transfer: ArrayBuffer[] = [];
    for (const { seq, job } of jobs) {
      const p = this.pendingOf.get(seq);
      this.pendingOf.delete(seq);
      if (p) target.inFlight.set(seq, p);
      if (job.kind === 'email' && job.bytes.buffer instanceof ArrayBuffer && job.bytes.byteLength > 0)
        transfer.push(job.bytes.buffer);
    }
    target.worker.postMessage({ type: 'score', jobs } satisfies ToScoreWorker, transfer);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private fail(err: Error): void {
    this.failure ??= err;
    const waiting = [...this.pendingOf.values(), ...this.workers.flatMap((w) => [...w.inFlight.values()])];
    this.pendingOf.clear();
    for (const w of this.workers) w.inFlight.clear();
    this.batch = [];
    for (const p of waiting) p.reject(this.failure);
  }

  /** Why the pool cannot go on, if it cannot. */
  get error(): Error | undefined {
    return this.failure;
  }
}
