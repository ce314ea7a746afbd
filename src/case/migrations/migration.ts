/**
 * @module case/migrations/migration
 * A schema migration. Applied migrations are recorded by `id`, not by a maximum version, so a
 * capability can add its own migration file without renumbering anyone else's.
 */
export interface Migration {
  /** Stable id, e.g. `0001-core`. Never change an id or the SQL of a released migration. */
  id: string;
  /** SQL run once inside a transaction. */
  sql: string;
}
