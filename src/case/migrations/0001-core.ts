import type { Migration } from './migration.js';

/**
 * Core tables. `audit` is append-only: triggers refuse UPDATE and DELETE, and every row carries
 * the hash of the one before it, so `case verify` finds any change made behind Dragnet's back.
 */
export const coreMigration: Migration = {
  id: '0001-core',
  sql: `
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  ts TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

CREATE TABLE evidence (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  path TEXT NOT NULL,
  parent_id TEXT,
  media_type TEXT,
  file_name TEXT,
  size INTEGER NOT NULL,
  date TEXT,
  from_address TEXT,
  subject TEXT,
  doc TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  ingest_seq INTEGER NOT NULL
);
CREATE INDEX evidence_parent ON evidence(parent_id);
CREATE INDEX evidence_kind ON evidence(kind);
CREATE INDEX evidence_date ON evidence(date);
CREATE INDEX evidence_ingest ON evidence(ingest_seq);

CREATE TABLE observables (
  evidence_id TEXT NOT NULL,
  type TEXT NOT NULL,
  value TEXT NOT NULL,
  raw TEXT NOT NULL,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  source TEXT,
  doc TEXT NOT NULL
);
CREATE INDEX observables_evidence ON observables(evidence_id);
CREATE INDEX observables_type_value ON observables(type, value);

CREATE TABLE findings (
  evidence_id TEXT NOT NULL,
  analyser TEXT NOT NULL,
  kind TEXT NOT NULL,
  score REAL,
  label TEXT,
  doc TEXT NOT NULL
);
CREATE INDEX findings_evidence ON findings(evidence_id);
CREATE INDEX findings_kind ON findings(analyser, kind, label);
`,
};
