import type { Migration } from './migration.js';

/**
 * Crypto tables (transactions, inputs, outputs, transfers, addresses, tags, clusters). Owned by
 * `analyse/crypto`. Amounts are exact base units (satoshi, wei): stored as INTEGER when they fit
 * in 64 bits and as decimal TEXT otherwise (the `value` columns have no declared type so SQLite
 * keeps either as given); readers convert with `BigInt()`.
 */
export const cryptoMigration: Migration = {
  id: '0002-crypto',
  sql: `
CREATE TABLE crypto_imports (
  id INTEGER PRIMARY KEY,
  audit_seq INTEGER NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  evidence_id TEXT,
  format TEXT NOT NULL,
  chain TEXT NOT NULL,
  transactions INTEGER NOT NULL
);

CREATE TABLE crypto_addresses (
  id INTEGER PRIMARY KEY,
  chain TEXT NOT NULL,
  address TEXT NOT NULL,
  script_type TEXT,
  UNIQUE (chain, address)
);

CREATE TABLE crypto_txs (
  id INTEGER PRIMARY KEY,
  chain TEXT NOT NULL,
  txid TEXT NOT NULL,
  block_height INTEGER,
  block_hash TEXT,
  block_time INTEGER,
  position INTEGER NOT NULL,
  fee,
  coinbase INTEGER NOT NULL DEFAULT 0,
  import_id INTEGER NOT NULL,
  UNIQUE (chain, txid)
);
CREATE INDEX crypto_txs_order ON crypto_txs (chain, block_height, position);

CREATE TABLE crypto_outputs (
  tx_id INTEGER NOT NULL,
  n INTEGER NOT NULL,
  address_id INTEGER,
  value NOT NULL,
  script_type TEXT,
  PRIMARY KEY (tx_id, n)
) WITHOUT ROWID;
CREATE INDEX crypto_outputs_address ON crypto_outputs (address_id);

CREATE TABLE crypto_inputs (
  tx_id INTEGER NOT NULL,
  n INTEGER NOT NULL,
  prev_txid TEXT NOT NULL,
  prev_n INTEGER NOT NULL,
  address_id INTEGER,
  value NOT NULL,
  PRIMARY KEY (tx_id, n)
) WITHOUT ROWID;
CREATE INDEX crypto_inputs_prev ON crypto_inputs (prev_txid, prev_n);
CREATE INDEX crypto_inputs_address ON crypto_inputs (address_id);

CREATE TABLE crypto_transfers (
  tx_id INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  asset TEXT NOT NULL,
  from_id INTEGER,
  to_id INTEGER,
  value NOT NULL,
  decimals INTEGER NOT NULL,
  PRIMARY KEY (tx_id, idx)
) WITHOUT ROWID;
CREATE INDEX crypto_transfers_from ON crypto_transfers (from_id);
CREATE INDEX crypto_transfers_to ON crypto_transfers (to_id);

CREATE TABLE crypto_tags (
  chain TEXT NOT NULL,
  address TEXT NOT NULL,
  label TEXT NOT NULL,
  category TEXT NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (chain, address, label, source)
);

CREATE TABLE crypto_clusters (
  address_id INTEGER PRIMARY KEY,
  cluster TEXT NOT NULL
);
CREATE INDEX crypto_clusters_cluster ON crypto_clusters (cluster);

CREATE TABLE crypto_cluster_links (
  cluster TEXT NOT NULL,
  a INTEGER NOT NULL,
  b INTEGER NOT NULL,
  heuristic TEXT NOT NULL,
  txid TEXT NOT NULL
);
CREATE INDEX crypto_cluster_links_cluster ON crypto_cluster_links (cluster);
`,
};
