import type { Migration } from './migration.js';

/** Crypto tables (transactions, outputs, addresses, tags, clusters). Owned by `analyse/crypto`. */
export const cryptoMigration: Migration = { id: '0002-crypto', sql: '' };
