/**
 * @module case/migrations
 * All migrations in the order they are applied. Empty ones (a capability not landed yet) are
 * skipped and not recorded, so they run once they gain SQL.
 */
import { coreMigration } from './0001-core.js';
import { cryptoMigration } from './0002-crypto.js';
import { graphMigration } from './0003-graph.js';
import type { Migration } from './migration.js';

export type { Migration } from './migration.js';

export const migrations: ReadonlyArray<Migration> = [coreMigration, cryptoMigration, graphMigration];
