import type { Migration } from './migration.js';

/** Graph, campaign and partner-intelligence tables. Owned by `graph/` and `share/`. */
export const graphMigration: Migration = { id: '0003-graph', sql: '' };
