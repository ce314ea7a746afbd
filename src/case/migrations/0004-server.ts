import type { Migration } from './migration.js';

/** Per-case access control for the HTTP API (users live outside cases). Owned by `server/`. */
export const serverMigration: Migration = { id: '0004-server', sql: '' };
