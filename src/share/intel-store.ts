/**
 * @module share/intel-store
 * Stores imported partner intelligence in the case (tables of migration `0003-graph`) and reads
 * it back. One source = one `store.write`: its row, all its indicators and the audit entry land
 * together or not at all.
 */
import type Database from 'better-sqlite3';
import type { CaseStore } from '../case/case-store.js';
import type { StoredPartnerIndicator } from './match-intel.js';
import type { IntelError, PartnerIntel } from './partner-intel.js';

/** A case store that exposes its SQLite handle (the SQLite adapter does). */
export interface SqlCaseStore extends CaseStore {
  readonly db: Database.Database;
}

export interface IntelSource {
  id: string;
  sha256: string;
  name: string;
  file_name: string;
  format: string;
  object_count: number;
  indicator_count: number;
  errors: IntelError[];
  imported_at: string;
}

export interface SaveIntelResult {
  source: string;
  /** False when the same file (by SHA-256) was imported before. */
  imported: boolean;
  indicators: number;
  errors: IntelError[];
}

/** Imports one parsed source; idempotent by file digest. */
export async function saveIntel(
  store: SqlCaseStore,
  intel: PartnerIntel,
  sha256: string,
  fileName: string,
): Promise<SaveIntelResult> {
  const id = `intel-${sha256.slice(0, 16)}`;
  const existing = store.db.prepare('SELECT id FROM intel_sources WHERE sha256 = ?').get(sha256);
  if (existing) return { source: id, imported: false, indicators: 0, errors: intel.errors };
  // Duplicates inside one source (the same value in a pattern and an SCO) are stored once.
  const unique = new Map<string, (typeof intel.indicators)[number]>();
  for (const i of intel.indicators) unique.set(`${i.type}\u0000${i.value}\u0000${i.object}`, i);
  await store.write(
    {
      action: 'intel.import',
      target: id,
      details: {
        file: fileName,
        sha256,
        format: intel.format,
        indicators: unique.size,
        errors: intel.errors.length,
      },
    },
    (w) => {
      store.db
        .prepare(
          `INSERT INTO intel_sources (id, sha256, name, file_name, format, object_count, indicator_count, errors, imported_at, audit_seq)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)`,
        )
        .run(
          id,
          sha256,
          intel.name,
          fileName,
          intel.format,
          intel.objectCount,
          unique.size,
          JSON.stringify(intel.errors),
          w.seq,
        );
      const insert = store.db.prepare(
        'INSERT INTO intel_indicators (source_id, type, value, object_id, context) VALUES (?, ?, ?, ?, ?)',
      );
      for (const i of unique.values()) insert.run(id, i.type, i.value, i.object, i.context ?? null);
    },
  );
  return { source: id, imported: true, indicators: unique.size, errors: intel.errors };
}

/** All stored partner indicators, with their source's title. */
export function loadPartnerIndicators(store: SqlCaseStore): StoredPartnerIndicator[] {
  const rows = store.db
    .prepare(
      `SELECT i.type, i.value, i.object_id AS object, i.context, s.name AS source
       FROM intel_indicators i JOIN intel_sources s ON s.id = i.source_id
       ORDER BY s.imported_at, s.id, i.rowid`,
    )
    .all() as { type: string; value: string; object: string; context: string | null; source: string }[];
  return rows.map((r) => ({
    type: r.type,
    value: r.value,
    object: r.object,
    source: r.source,
    ...(r.context ? { context: r.context } : {}),
  }));
}

/** The imported sources, oldest first. */
export function listIntelSources(store: SqlCaseStore): IntelSource[] {
  const rows = store.db.prepare('SELECT * FROM intel_sources ORDER BY imported_at, id').all() as (Omit<
    IntelSource,
    'errors'
  > & {
    errors: string;
  })[];
  return rows.map((r) => ({ ...r, errors: JSON.parse(r.errors) as IntelError[] }));
}
