/**
 * @module case/evidence-row
 * Mapping between the `evidence` table and the `Evidence` type. Queryable fields are columns; the
 * rest of the parsed item lives in `doc` (JSON), written once at ingest and never updated.
 */
import type { Evidence, EvidenceKind } from '../core/evidence.js';

export interface EvidenceRow {
  id: string;
  sha256: string;
  kind: string;
  path: string;
  parent_id: string | null;
  media_type: string | null;
  file_name: string | null;
  size: number;
  date: string | null;
  from_address: string | null;
  subject: string | null;
  doc: string;
  ingested_at: string;
  ingest_seq: number;
}

export function rowToEvidence(row: EvidenceRow): Evidence {
  const doc = JSON.parse(row.doc) as Partial<Evidence>;
  const ev: Evidence = {
    ...doc,
    id: row.id,
    sha256: row.sha256,
    kind: row.kind as EvidenceKind,
    path: row.path,
    size: row.size,
    ingestedAt: row.ingested_at,
  };
  if (row.parent_id) ev.parentId = row.parent_id;
  return ev;
}
