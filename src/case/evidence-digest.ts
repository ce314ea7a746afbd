/**
 * @module case/evidence-digest
 * Ties evidence rows to the audit entry of the write that inserted them. The audit entry stores
 * a digest over (sha256, hash of the row's parsed document) of every item inserted; `case verify`
 * recomputes it, so rows added, removed or edited behind Dragnet's back are detected.
 *
 * Two versions exist. Version 1 (cases written before) hashes the lines sorted, which needs every
 * line of a write in memory at once: 13 MB for a 100,000-message mailbox, unbounded beyond. Version
 * 2 (`evidenceDigestVersion: 2` in the audit entry) hashes the lines in insertion order, which is
 * the rows' rowid order inside one write, so it is computed incrementally in constant memory.
 */
import { createHash, type Hash } from 'node:crypto';
import type { Evidence } from '../core/evidence.js';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

/** The digest version new writes record. */
export const EVIDENCE_DIGEST_VERSION = 2;

/** The JSON stored in `evidence.doc`: every parsed field, canonical so its hash is stable. */
export function evidenceDocJson(ev: Omit<Evidence, 'ingestedAt'>): string {
  const { id: _id, ingestedAt: _at, ...rest } = ev as Evidence;
  return canonicalJson(rest);
}

/**
 * One `evidence` row ready to insert: the queryable columns and the canonical `doc` JSON. Plain
 * strings and numbers, so that an ingest parse worker can build it (the JSON serialisation is
 * most of a row's cost) and hand it to the store thread for little more than a memory copy.
 */
export interface EvidenceInsert {
  id: string;
  sha256: string;
  kind: string;
  path: string;
  parentId: string | null;
  mediaType: string | null;
  fileName: string | null;
  size: number;
  date: string | null;
  fromAddress: string | null;
  subject: string | null;
  doc: string;
}

/** The row `addEvidence` inserts for `ev`. */
export function evidenceInsert(ev: Omit<Evidence, 'ingestedAt'>): EvidenceInsert {
  return {
    id: ev.id,
    sha256: ev.sha256,
    kind: ev.kind,
    path: ev.path,
    parentId: ev.parentId ?? null,
    mediaType: ev.mediaType ?? null,
    fileName: ev.fileName ?? null,
    size: ev.size,
    date: ev.date ?? null,
    fromAddress: ev.from?.address ?? null,
    subject: ev.subject ?? null,
    doc: evidenceDocJson(ev),
  };
}

/** Version 1: `docHash` is the SHA-256 of the row's `doc` JSON; lines sorted. */
export function evidenceDigest(rows: ReadonlyArray<{ sha256: string; docHash: string }>): string {
  const lines = rows.map((r) => `${r.sha256} ${r.docHash}`).sort();
  return sha256Hex(lines.join('\n'));
}

/** Version 2, incremental: feed rows in insertion (rowid) order. */
export class OrderedEvidenceDigest {
  private readonly hash: Hash = createHash('sha256');
  private rows = 0;

  get count(): number {
    return this.rows;
  }

  add(sha256: string, docHash: string): void {
    this.hash.update(this.rows === 0 ? `${sha256} ${docHash}` : `\n${sha256} ${docHash}`);
    this.rows++;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** Recomputes the digest of one write's rows (given in rowid order) in the version it recorded. */
export function evidenceDigestOf(
  rows: ReadonlyArray<{ sha256: string; docHash: string }>,
  version: number,
): string {
  if (version === 1) return evidenceDigest(rows);
  const d = new OrderedEvidenceDigest();
  for (const r of rows) d.add(r.sha256, r.docHash);
  return d.digest();
}
