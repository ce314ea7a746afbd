/**
 * @module server/ingest-jobs
 * Uploads become ingest jobs. Files are streamed to `HOME/uploads/<case>/<job>/` (kept: they are
 * what the analyst handed over), then ingested with the uploading user as the audit actor.
 * Jobs of one case run one after another (one writer per case); progress is pushed to listeners
 * (the SSE route) and the last state is kept so a late subscriber still sees the outcome.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { CaseStore } from '../case/case-store.js';
import { describeError } from '../core/errors.js';
import type { IngestFn, IngestResult } from './capabilities.js';

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface JobStatus {
  id: string;
  caseId: string;
  state: JobState;
  actor: string;
  files: string[];
  filesDone: number;
  filesTotal: number;
  items: number;
  current: string | null;
  createdAt: string;
  finishedAt: string | null;
  report: IngestResult | null;
  error: string | null;
}

export class IngestJobs {
  private readonly jobs = new Map<string, JobStatus>();
  private readonly events = new EventEmitter();
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly ingest: IngestFn,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.events.setMaxListeners(0);
  }

  newId(): string {
    return randomUUID();
  }

  /** Queues the ingest of already-saved files; returns at once. */
  start(id: string, store: CaseStore, actor: string, paths: string[], names: string[]): JobStatus {
    const job: JobStatus = {
      id,
      caseId: store.info.id,
      state: 'queued',
      actor,
      files: names,
      filesDone: 0,
      filesTotal: paths.length,
      items: 0,
      current: null,
      createdAt: this.clock().toISOString(),
      finishedAt: null,
      report: null,
      error: null,
    };
    this.jobs.set(id, job);
    const prev = this.chains.get(job.caseId) ?? Promise.resolve();
    const next = prev.then(() => this.run(job, store, paths));
    this.chains.set(job.caseId, next);
    return job;
  }

  private async run(job: JobStatus, store: CaseStore, paths: string[]): Promise<void> {
    this.update(job, { state: 'running' });
    try {
      const report = await this.ingest(store, paths, {
        actor: job.actor,
        maxReportedEvidence: 1000,
        onProgress: (p) =>
          this.update(job, {
            filesDone: p.filesDone,
            filesTotal: p.filesTotal,
            items: p.items,
            current: p.path.split('/').pop() ?? null,
          }),
      });
      this.update(job, {
        state: 'done',
        report,
        filesDone: job.filesTotal,
        current: null,
        finishedAt: this.clock().toISOString(),
      });
    } catch (err) {
      this.update(job, {
        state: 'failed',
        error: describeError(err),
        finishedAt: this.clock().toISOString(),
      });
    }
  }

  private update(job: JobStatus, patch: Partial<JobStatus>): void {
    Object.assign(job, patch);
    this.events.emit(job.id, { ...job });
  }

  get(caseId: string, id: string): JobStatus | undefined {
    const job = this.jobs.get(id);
    return job && job.caseId === caseId ? { ...job } : undefined;
  }

  list(caseId: string): JobStatus[] {
    return [...this.jobs.values()].filter((j) => j.caseId === caseId).map((j) => ({ ...j }));
  }

  /** Calls `fn` on every change; returns the unsubscribe function. */
  subscribe(id: string, fn: (job: JobStatus) => void): () => void {
    this.events.on(id, fn);
    return () => this.events.off(id, fn);
  }

  /** Resolves when every queued job has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all(this.chains.values());
  }
}
