/**
 * @module case/sqlite-case-store
 * The single-machine `CaseStore`: one SQLite database (WAL) plus a content-addressed blob folder.
 *
 * Writes: `write()` takes SQLite's write lock (`BEGIN IMMEDIATE`), lets the caller add rows and
 * blobs, then appends one audit entry and commits. Writes on one store object are queued, so an
 * async write never interleaves with another. If the caller throws, the transaction is rolled back
 * and the blobs this write created are removed: a failed command leaves the case as it was.
 */

import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DragnetError } from '../core/errors.js';
import type { Evidence } from '../core/evidence.js';
import type { Finding } from '../core/finding.js';
import type { Observable } from '../core/observable.js';
import { auditEntryHash, GENESIS_HASH } from './audit-chain.js';
import { BlobStore } from './blob-store.js';
import type {
  AuditEntry,
  CaseInfo,
  CaseStore,
  CaseWriter,
  EvidenceFilter,
  ObservableFilter,
  StoredFinding,
  StoredObservable,
  VerifyReport,
  WriteOptions,
} from './case-store.js';
import {
  EVIDENCE_DIGEST_VERSION,
  type EvidenceInsert,
  evidenceInsert,
  OrderedEvidenceDigest,
} from './evidence-digest.js';
import { type EvidenceRow, rowToEvidence } from './evidence-row.js';
import { migrations } from './migrations/index.js';
import { sha256Hex } from './sha256.js';
import { verifyCase } from './verify-case.js';

export interface SqliteCaseStoreOptions {
  /** Who is acting (recorded in the audit log). */
  actor: string;
  /** Injected clock, for reproducible tests and exports. */
  clock?: () => Date;
  readonly?: boolean;
}

interface AuditRow {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  target: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export const AUDIT_HEAD_FILE = 'audit.head';

export class SqliteCaseStore implements CaseStore {
  readonly info: CaseInfo;
  readonly blobs: BlobStore;
  private readonly sqlite: Database.Database;
  private readonly actor: string;
  private readonly clock: () => Date;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(info: CaseInfo, options: SqliteCaseStoreOptions) {
    this.info = info;
    this.actor = options.actor;
    this.clock = options.clock ?? (() => new Date());
    this.blobs = new BlobStore(path.join(info.dir, 'blobs'));
    this.sqlite = new Database(path.join(info.dir, 'case.db'), { readonly: options.readonly ?? false });
    this.sqlite.pragma('busy_timeout = 10000');
    if (!options.readonly) {
      this.sqlite.pragma('journal_mode = WAL');
      this.sqlite.pragma('synchronous = NORMAL');
      this.migrate();
    }
  }

  /** The raw database, for capability-specific tables (crypto, graph) inside `write()`. */
  get db(): Database.Database {
    return this.sqlite;
  }

  private migrate(): void {
    this.sqlite.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const applied = new Set(
      (this.sqlite.prepare('SELECT id FROM schema_migrations').all() as { id: string }[]).map((r) => r.id),
    );
    for (const m of migrations) {
      if (applied.has(m.id) || m.sql.trim() === '') continue;
      this.sqlite.transaction(() => {
        this.sqlite.exec(m.sql);
        this.sqlite
          .prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)')
          .run(m.id, this.now());
      })();
    }
  }

  private now(): string {
    return this.clock().toISOString();
  }

  write<T>(options: WriteOptions, fn: (w: CaseWriter) => T | Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.runWrite(options, fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runWrite<T>(options: WriteOptions, fn: (w: CaseWriter) => T | Promise<T>): Promise<T> {
    const db = this.sqlite;
    db.exec('BEGIN IMMEDIATE');
    // Per-write state stays small whatever the write's size: the digest is hashed as rows go in,
    // and created blobs are kept as 32 raw bytes each (for removal if the write fails).
    const created = new ShaList();
    const inserted = new OrderedEvidenceDigest();
    const notes: Record<string, unknown> = {};
    const blobWrites = new BlobWrites(this.blobs, created);
    try {
      const last = db.prepare('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get() as
        | { seq: number; hash: string }
        | undefined;
      const seq = (last?.seq ?? 0) + 1;
      const writer = this.makeWriter(seq, created, inserted, notes, blobWrites);
      const result = await fn(writer);
      await blobWrites.settle();
      const details: Record<string, unknown> = { ...(options.details ?? {}), ...notes };
      if (inserted.count > 0) {
        details.evidenceCount = inserted.count;
        details.evidenceDigest = inserted.digest();
        details.evidenceDigestVersion = EVIDENCE_DIGEST_VERSION;
      }
      const fields = {
        seq,
        ts: this.now(),
        actor: options.actor ?? this.actor,
        action: options.action,
        target: options.target ?? null,
        details,
      };
      const hash = auditEntryHash(last?.hash ?? GENESIS_HASH, fields);
      db.prepare(
        'INSERT INTO audit (seq, ts, actor, action, target, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        seq,
        fields.ts,
        fields.actor,
        fields.action,
        fields.target,
        JSON.stringify(details),
        last?.hash ?? GENESIS_HASH,
        hash,
      );
      db.exec('COMMIT');
      this.writeAuditHead(seq, hash);
      return result;
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      await blobWrites.settle().catch(() => undefined);
      for (const sha of created) this.blobs.discard(sha);
      throw err;
    }
  }

  /** The last entry's seq and hash, kept outside the database so that cutting the log's tail shows. */
  private writeAuditHead(seq: number, hash: string): void {
    const file = path.join(this.info.dir, AUDIT_HEAD_FILE);
    writeFileSync(`${file}.tmp`, `${JSON.stringify({ seq, hash })}\n`);
    renameSync(`${file}.tmp`, file);
  }

  readAuditHead(): { seq: number; hash: string } | undefined {
    try {
      return JSON.parse(readFileSync(path.join(this.info.dir, AUDIT_HEAD_FILE), 'utf8')) as {
        seq: number;
        hash: string;
      };
    } catch {
      return undefined;
    }
  }

  private makeWriter(
    seq: number,
    created: ShaList,
    inserted: OrderedEvidenceDigest,
    notes: Record<string, unknown>,
    blobWrites: BlobWrites,
  ): CaseWriter {
    const db = this.sqlite;
    // Positional parameters: binding by name costs a lookup per column per row.
    const insertEvidence = db.prepare(
      `INSERT OR IGNORE INTO evidence (id, sha256, kind, path, parent_id, media_type, file_name, size, date, from_address, subject, doc, ingested_at, ingest_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertObservable = db.prepare(
      'INSERT INTO observables (evidence_id, type, value, raw, start, "end", source, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertFinding = db.prepare(
      'INSERT INTO findings (evidence_id, analyser, kind, score, label, doc) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const ingestedAt = this.now();
    const blobs = this.blobs;
    const addEvidenceRow = (r: EvidenceInsert): boolean => {
      const res = insertEvidence.run(
        r.id,
        r.sha256,
        r.kind,
        r.path,
        r.parentId,
        r.mediaType,
        r.fileName,
        r.size,
        r.date,
        r.fromAddress,
        r.subject,
        r.doc,
        ingestedAt,
        seq,
      );
      if (res.changes === 0) return false;
      inserted.add(r.sha256, sha256Hex(r.doc));
      return true;
    };
    const addFindings = (evidenceId: string, findings: ReadonlyArray<Finding>): void => {
      for (const f of findings) {
        insertFinding.run(
          evidenceId,
          f.analyser,
          f.kind,
          f.score ?? null,
          f.label ?? null,
          JSON.stringify(f),
        );
      }
    };
    return {
      seq,
      putBlob(bytes, knownSha256) {
        return blobWrites.put(bytes, knownSha256);
      },
      drain() {
        return blobWrites.drain();
      },
      blobDir: blobs.dir,
      adoptBlob(sha256) {
        created.push(sha256);
      },
      async putBlobFromFile(file) {
        const r = await blobs.putFile(file);
        if (r.created) created.push(r.sha256);
        return r.sha256;
      },
      addEvidence(ev) {
        return addEvidenceRow(evidenceInsert(ev));
      },
      addEvidenceRow,
      addObservables(evidenceId, observables: ReadonlyArray<Observable>) {
        for (const o of observables) {
          insertObservable.run(
            evidenceId,
            o.type,
            o.value,
            o.raw,
            o.start,
            o.end,
            o.source ?? null,
            JSON.stringify(o),
          );
        }
      },
      addFindings,
      replaceFindings(evidenceId, analyser, findings) {
        db.prepare('DELETE FROM findings WHERE evidence_id = ? AND analyser = ?').run(evidenceId, analyser);
        addFindings(evidenceId, findings);
      },
      note(details) {
        Object.assign(notes, details);
      },
    };
  }

  private hasShaStmt: Database.Statement | undefined;

  hasEvidenceSha256(sha256: string): boolean {
    // Called once per ingested item: prepared once.
    this.hasShaStmt ??= this.sqlite.prepare('SELECT 1 FROM evidence WHERE sha256 = ?');
    return this.hasShaStmt.get(sha256) !== undefined;
  }

  getEvidence(id: string): Evidence | undefined {
    const row = this.sqlite.prepare('SELECT * FROM evidence WHERE id = ? OR sha256 = ?').get(id, id) as
      | EvidenceRow
      | undefined;
    return row ? rowToEvidence(row) : undefined;
  }

  private evidenceWhere(filter: EvidenceFilter): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.kind !== undefined) {
      const kinds = Array.isArray(filter.kind) ? filter.kind : [filter.kind];
      clauses.push(`e.kind IN (${kinds.map(() => '?').join(',')})`);
      params.push(...kinds);
    }
    if (filter.parentId === null) clauses.push('e.parent_id IS NULL');
    else if (filter.parentId !== undefined) {
      clauses.push('e.parent_id = ?');
      params.push(filter.parentId);
    }
    if (filter.verdictClass !== undefined) {
      // IN, not a correlated EXISTS: SQLite evaluates it once through findings_kind instead of once
      // per evidence row (55 s → milliseconds on a 10,000-item case).
      clauses.push(
        "e.id IN (SELECT f.evidence_id FROM findings f WHERE f.analyser = 'triage' AND f.kind = 'verdict' AND f.label = ?)",
      );
      params.push(filter.verdictClass);
    }
    if (filter.search !== undefined && filter.search !== '') {
      clauses.push(
        "(e.subject LIKE ? ESCAPE '\\' OR e.from_address LIKE ? ESCAPE '\\' OR e.doc LIKE ? ESCAPE '\\')",
      );
      const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      params.push(like, like, like);
    }
    return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  listEvidence(filter: EvidenceFilter = {}): Evidence[] {
    return [...this.iterateEvidence(filter)];
  }

  countEvidence(filter: EvidenceFilter = {}): number {
    const { sql, params } = this.evidenceWhere(filter);
    return (
      this.sqlite.prepare(`SELECT count(*) AS n FROM evidence e ${sql}`).get(...params) as { n: number }
    ).n;
  }

  *iterateEvidence(filter: EvidenceFilter = {}): IterableIterator<Evidence> {
    const { sql, params } = this.evidenceWhere(filter);
    const page =
      filter.limit !== undefined
        ? ` LIMIT ${Math.max(0, Math.floor(filter.limit))} OFFSET ${Math.max(0, Math.floor(filter.offset ?? 0))}`
        : '';
    // rowid grows with every insert, so it is ingest order; ordering by it needs no sort.
    const stmt = this.sqlite.prepare(`SELECT e.* FROM evidence e ${sql} ORDER BY e.rowid${page}`);
    for (const row of stmt.iterate(...params) as IterableIterator<EvidenceRow>) yield rowToEvidence(row);
  }

  readBlob(sha256: string): Buffer {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new DragnetError('BAD_INPUT', `not a SHA-256: ${sha256}`);
    try {
      return this.blobs.read(sha256);
    } catch (err) {
      throw new DragnetError('NOT_FOUND', `blob ${sha256} is missing from the case`, {
        hint: 'run `dragnet case verify` to check the case',
        cause: err,
      });
    }
  }

  blobPath(sha256: string): string {
    return this.blobs.pathOf(sha256);
  }

  listObservables(filter: ObservableFilter = {}): StoredObservable[] {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.type) {
      clauses.push('type = ?');
      params.push(filter.type);
    }
    if (filter.value) {
      clauses.push('value = ?');
      params.push(filter.value);
    }
    if (filter.evidenceId) {
      clauses.push('evidence_id = ?');
      params.push(filter.evidenceId);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const page =
      filter.limit !== undefined
        ? ` LIMIT ${Math.max(0, Math.floor(filter.limit))} OFFSET ${Math.max(0, Math.floor(filter.offset ?? 0))}`
        : '';
    const rows = this.sqlite
      .prepare(`SELECT evidence_id, doc FROM observables ${where} ORDER BY rowid${page}`)
      .all(...params) as {
      evidence_id: string;
      doc: string;
    }[];
    return rows.map((r) => ({ ...(JSON.parse(r.doc) as Observable), evidenceId: r.evidence_id }));
  }

  listFindings(evidenceId?: string, analyser?: string): StoredFinding[] {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (evidenceId) {
      clauses.push('evidence_id = ?');
      params.push(evidenceId);
    }
    if (analyser) {
      clauses.push('analyser = ?');
      params.push(analyser);
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = this.sqlite
      .prepare(`SELECT evidence_id, doc FROM findings ${where} ORDER BY rowid`)
      .all(...params) as {
      evidence_id: string;
      doc: string;
    }[];
    return rows.map((r) => ({ ...(JSON.parse(r.doc) as Finding), evidenceId: r.evidence_id }));
  }

  listAudit(fromSeq = 1): AuditEntry[] {
    const rows = this.sqlite
      .prepare('SELECT * FROM audit WHERE seq >= ? ORDER BY seq')
      .all(fromSeq) as AuditRow[];
    return rows.map(auditRowToEntry);
  }

  /** Audit rows as stored, without parsing `details` (verification must hash what is there). */
  iterateRawAudit(): IterableIterator<AuditRow> {
    return this.sqlite.prepare('SELECT * FROM audit ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  }

  /** Per ingest write, in insertion order: the evidence it inserted, for re-computing the audited digest. */
  iterateEvidenceDigestRows(): IterableIterator<EvidenceRow> {
    // evidence_ingest(ingest_seq) carries the rowid, so this order needs no sort.
    return this.sqlite
      .prepare('SELECT * FROM evidence ORDER BY ingest_seq, rowid')
      .iterate() as IterableIterator<EvidenceRow>;
  }

  verify(onProgress?: (done: number, total: number) => void): Promise<VerifyReport> {
    return verifyCase(this, onProgress);
  }

  close(): void {
    if (this.sqlite.open) this.sqlite.close();
  }
}

export type { AuditRow };

export function auditRowToEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    ts: r.ts,
    actor: r.actor,
    action: r.action,
    target: r.target,
    details: JSON.parse(r.details) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/**
 * The blob writes of one store write: started without blocking, at most `MAX_IN_FLIGHT` at a
 * time, all awaited before the transaction commits. Blobs created are listed so that a failed
 * write can remove them.
 */
class BlobWrites {
  private static readonly MAX_IN_FLIGHT = 32;
  private readonly inFlight = new Set<Promise<void>>();
  /** Blobs being written now (a finished blob is found on disk by `putAsync` itself). */
  private readonly writing = new Set<string>();
  private failure: unknown;

  constructor(
    private readonly blobs: BlobStore,
    private readonly created: ShaList,
  ) {}

  put(bytes: Uint8Array, knownSha256?: string): string {
    const sha256 = knownSha256 ?? sha256Hex(bytes);
    if (this.writing.has(sha256)) return sha256;
    this.writing.add(sha256);
    const p: Promise<void> = this.blobs.putAsync(sha256, bytes).then(
      (wasCreated) => {
        if (wasCreated) this.created.push(sha256);
        this.writing.delete(sha256);
        this.inFlight.delete(p);
      },
      (err: unknown) => {
        this.failure ??= err;
        this.writing.delete(sha256);
        this.inFlight.delete(p);
      },
    );
    this.inFlight.add(p);
    return sha256;
  }

  async drain(): Promise<void> {
    while (this.inFlight.size >= BlobWrites.MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure !== undefined) throw this.failure;
  }

  async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight);
    if (this.failure !== undefined) throw this.failure;
  }
}

/** A growing list of SHA-256 hashes stored as raw bytes (32 per hash instead of ~90 for a string). */
export class ShaList {
  private static readonly CHUNK = 1024;
  private readonly chunks: Buffer[] = [];
  private length = 0;

  push(sha256: string): void {
    const at = this.length % ShaList.CHUNK;
    if (at === 0) this.chunks.push(Buffer.allocUnsafe(ShaList.CHUNK * 32));
    (this.chunks[this.chunks.length - 1] as Buffer).write(sha256, at * 32, 32, 'hex');
    this.length++;
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (let i = 0; i < this.length; i++) {
      const chunk = this.chunks[Math.floor(i / ShaList.CHUNK)] as Buffer;
      const at = (i % ShaList.CHUNK) * 32;
      yield chunk.toString('hex', at, at + 32);
    }
  }
}
