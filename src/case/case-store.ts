/**
 * @module case/case-store
 * The case-store port. Analysers never see it; ingest, the CLI, the HTTP API and exporters do.
 * The SQLite adapter (`sqlite-case-store.ts`) is the single-machine default; a PostgreSQL adapter
 * can implement the same interface later.
 *
 * Invariants:
 * - Evidence bytes are stored once, as blobs named by their SHA-256, and never modified.
 * - Every change goes through `write()`, which appends exactly one hash-chained audit entry in
 *   the same transaction: either the change and its audit entry land, or neither does.
 */
import type { Evidence, EvidenceKind } from '../core/evidence.js';
import type { Finding } from '../core/finding.js';
import type { Observable, ObservableType } from '../core/observable.js';
import type { EvidenceInsert } from './evidence-digest.js';

export interface CaseInfo {
  id: string;
  name: string;
  createdAt: string;
  dir: string;
  formatVersion: number;
}

export interface AuditEntry {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface EvidenceFilter {
  kind?: EvidenceKind | EvidenceKind[];
  parentId?: string | null;
  /** Triage class of the item's verdict (`phishing`, `scam`, `spam`, `ham`). */
  verdictClass?: string;
  /** Substring search over subject, sender and text. */
  search?: string;
  limit?: number;
  offset?: number;
}

export interface ObservableFilter {
  type?: ObservableType;
  value?: string;
  evidenceId?: string;
  limit?: number;
  offset?: number;
}

export interface StoredObservable extends Observable {
  evidenceId: string;
}

export interface StoredFinding extends Finding {
  evidenceId: string;
}

/** What a write may do; only valid inside `CaseStore.write`. */
export interface CaseWriter {
  /** The audit sequence number this write will be recorded under. */
  readonly seq: number;
  /**
   * Stores the blob if new; returns its SHA-256. Idempotent. The bytes may still be on their way
   * to disk when this returns: the write commits only after every blob is written, and callers
   * that store many items should `await drain()` now and then to bound the bytes in flight.
   * `knownSha256` saves hashing twice when the caller hashed the bytes already; `case verify`
   * re-hashes every blob, so a wrong value cannot go unnoticed.
   */
  putBlob(bytes: Uint8Array, knownSha256?: string): string;
  /** Waits until few blob writes are in flight (back-pressure for streaming ingest). */
  drain(): Promise<void>;
  /**
   * The blob folder, for helpers that write blobs themselves off this thread (ingest's parse
   * workers, through `BlobStore.putSync` on the same folder) and then `adoptBlob` them.
   */
  readonly blobDir: string;
  /**
   * Records that this write created blob `sha256` (written into `blobDir` by a helper), so that
   * it is removed if the write fails, as blobs from `putBlob` are.
   */
  adoptBlob(sha256: string): void;
  /** Streams a file into the blob store while hashing it (for multi-GB containers); returns its SHA-256. */
  putBlobFromFile(path: string): Promise<string>;
  /** Inserts the evidence row unless an item with the same SHA-256 exists; returns true if inserted. */
  addEvidence(evidence: Omit<Evidence, 'ingestedAt'>): boolean;
  /**
   * `addEvidence` for a row already built by `evidenceInsert` (ingest builds rows on its parse
   * workers). The row's `doc` is hashed here, as it is inserted, for the audited digest.
   */
  addEvidenceRow(row: EvidenceInsert): boolean;
  addObservables(evidenceId: string, observables: ReadonlyArray<Observable>): void;
  addFindings(evidenceId: string, findings: ReadonlyArray<Finding>): void;
  /** Replaces every finding of `analyser` on the item (re-scoring with a new model). */
  replaceFindings(evidenceId: string, analyser: string, findings: ReadonlyArray<Finding>): void;
  /** Adds facts to the audit entry of this write (counts, digests). */
  note(details: Record<string, unknown>): void;
}

export interface WriteOptions {
  action: string;
  target?: string;
  details?: Record<string, unknown>;
  /** Who did it; defaults to the store's actor (OS user or the API user). */
  actor?: string;
}

export interface VerifyProblem {
  kind:
    | 'blob-missing'
    | 'blob-altered'
    | 'audit-altered'
    | 'audit-broken-chain'
    | 'audit-truncated'
    | 'evidence-altered'
    | 'evidence-unaudited';
  /** The blob hash, audit seq or evidence id concerned. */
  target: string;
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  blobsChecked: number;
  bytesChecked: number;
  auditEntriesChecked: number;
  evidenceChecked: number;
  problems: VerifyProblem[];
}

export interface CaseStore {
  readonly info: CaseInfo;
  /** Runs `fn` in one transaction with one audit entry. Blobs written by a failed write are removed. */
  write<T>(options: WriteOptions, fn: (w: CaseWriter) => T | Promise<T>): Promise<T>;

  hasEvidenceSha256(sha256: string): boolean;
  getEvidence(id: string): Evidence | undefined;
  listEvidence(filter?: EvidenceFilter): Evidence[];
  countEvidence(filter?: EvidenceFilter): number;
  /** Streams every evidence item in ingest order without loading them all. */
  iterateEvidence(filter?: EvidenceFilter): IterableIterator<Evidence>;
  readBlob(sha256: string): Buffer;
  blobPath(sha256: string): string;

  listObservables(filter?: ObservableFilter): StoredObservable[];
  listFindings(evidenceId?: string, analyser?: string): StoredFinding[];

  listAudit(fromSeq?: number): AuditEntry[];
  verify(onProgress?: (done: number, total: number) => void): Promise<VerifyReport>;
  close(): void;
}
