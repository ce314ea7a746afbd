/**
 * @module ingest/parallel/parse-pool
 * Worker threads that parse mbox messages (and run the default analysers) while the pipeline's
 * thread cuts the mailbox and writes the case store: parsing and triage are most of an ingest's
 * CPU, and the store must stay on one thread (one SQLite transaction per file).
 *
 * `submit` returns a promise per message; the caller awaits them in submission order, so the case
 * sees messages in mailbox order whatever thread parsed them. Jobs are posted in small batches
 * (posting costs more than parsing a short mail); `flush` sends a partial batch.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Result } from '../../core/result.js';
import type { MboxMember } from '../mbox/mbox-handler.js';
import type { FromWorker, ParseJob, ParseWorkerData, ToWorker } from './parse-messages.js';
import type { PreparedItem } from './prepared-item.js';
import { addTransfer, ownBuffer } from './transfer.js';

const BATCH_JOBS = 16;
const YOUNG_GENERATION_MB = 16;
const BATCH_BYTES = 1 << 20;

interface Pending {
  resolve: (r: Result<PreparedItem>) => void;
  reject: (err: unknown) => void;
}

interface PoolWorker {
  worker: Worker;
  ready: Promise<void>;
  /** Jobs posted and not answered yet. */
  outstanding: number;
}

export class ParsePool {
  private readonly workers: PoolWorker[];
  private readonly pending = new Map<number, Pending>();
  private batch: ParseJob[] = [];
  private batchBytes = 0;
  private nextId = 0;
  private failure: Error | undefined;
  /** Whether the workers run the analysers themselves (the caller's thread then needs none). */
  readonly analyses: boolean;

  /**
   * A pool of `size` workers, or undefined when the compiled worker is not there (running from
   * TypeScript sources, as the unit tests do): the pipeline then parses on its own thread.
   */
  static create(size: number, data: ParseWorkerData): ParsePool | undefined {
    const url = new URL('./parse-worker.js', import.meta.url);
    if (!existsSync(fileURLToPath(url))) return undefined;
    return new ParsePool(url, size, data);
  }

  /**
   * Workers for this machine. Store only: one per core. With analysers: one, because each worker
   * loads its own models (~70 MB resident): on a 2-core machine a second one bought 15 % more
   * messages/s at 100k messages but took peak RSS from 265 to 326 MB, over the 300 MB budget.
   */
  static defaultSize(analysing: boolean): number {
    return analysing ? 1 : Math.max(1, os.availableParallelism());
  }

  private constructor(url: URL, size: number, data: ParseWorkerData) {
    this.analyses = data.analyse;
    this.workers = Array.from({ length: size }, () => this.start(url, data));
  }

  private start(url: URL, data: ParseWorkerData): PoolWorker {
    const worker = new Worker(url, {
      workerData: data,
      // Parsing makes short-lived garbage: a small young generation is collected as often but
      // keeps each worker's footprint down (48 MB default: +45 MB RSS over two workers).
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    let markReady: () => void = () => undefined;
    let markFailed: (err: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => undefined);
    const pw: PoolWorker = { worker, ready, outstanding: 0 };
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') markReady();
      else if (msg.type === 'failed') {
        const err = new Error(`parse worker could not start: ${msg.message}`);
        markFailed(err);
        this.fail(err);
      } else {
        pw.outstanding -= msg.results.length;
        for (const { id, result } of msg.results) {
          const p = this.pending.get(id);
          this.pending.delete(id);
          p?.resolve(result);
        }
      }
    });
    worker.on('error', (err) => {
      markFailed(err);
      this.fail(err);
    });
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(new Error(`parse worker stopped (exit code ${code})`));
    });
    return pw;
  }

  /** Waits until every worker has loaded (analysers prepared); throws if one could not start. */
  async ready(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.ready));
  }

  /** Whether a worker failed: the pool is then of no further use. */
  get broken(): boolean {
    return this.failure !== undefined;
  }

  /**
   * Queues one message; the bytes are moved to the worker (and come back with the result only if
   * the pool keeps bytes). The result carries its evidence row, built under `parentId`.
   */
  submit(member: MboxMember, parentId?: string): Promise<Result<PreparedItem>> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const bytes = ownBuffer(member.bytes);
    const promise = new Promise<Result<PreparedItem>>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    this.batch.push({ id, member: { ...member, bytes }, ...(parentId ? { parentId } : {}) });
    this.batchBytes += bytes.byteLength;
    if (this.batch.length >= BATCH_JOBS || this.batchBytes >= BATCH_BYTES) this.flush();
    return promise;
  }

  /** Messages submitted but not posted to a worker yet (the newest ones). */
  get queued(): number {
    return this.batch.length;
  }

  /** Posts the partial batch to the least busy worker. */
  flush(): void {
    if (this.batch.length === 0 || this.failure) return;
    const jobs = this.batch;
    this.batch = [];
    this.batchBytes = 0;
    let target = this.workers[0] as PoolWorker;
    for (const w of this.workers) if (w.outstanding < target.outstanding) target = w;
    const transfer: ArrayBuffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    for (const j of jobs) addTransfer(transfer, seen, j.member.bytes);
    target.outstanding += jobs.length;
    target.worker.postMessage({ type: 'parse', jobs } satisfies ToWorker, transfer);
  }

  async close(): Promise<void> {
    this.fail(new Error('parse pool closed'));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
    this.batch = [];
  }
}
