import type { Migration } from './migration.js';

/**
 * Partner intelligence imported by `dragnet match` (owned by `share/`). A source is one imported
 * file, stored with its indicators in one transaction, identified by the file's SHA-256 so a
 * re-import is a no-op; `errors` keeps the per-object problems found while importing it.
 */
export const graphMigration: Migration = {
  id: '0003-graph',
  sql: `
CREATE TABLE intel_sources (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  file_name TEXT NOT NULL,
  format TEXT NOT NULL,
  object_count INTEGER NOT NULL,
  indicator_count INTEGER NOT NULL,
  errors TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  audit_seq INTEGER NOT NULL
);
CREATE TABLE intel_indicators (
  source_id TEXT NOT NULL REFERENCES intel_sources(id),
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  object_id TEXT NOT NULL,
  context TEXT
);
CREATE INDEX intel_indicators_type_value ON intel_indicators(type, value);
CREATE INDEX intel_indicators_source ON intel_indicators(source_id);
`,
};
