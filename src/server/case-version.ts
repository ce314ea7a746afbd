/**
 * @module server/case-version
 * The data version of a case: the sequence number of its last audit entry. Every change to a case
 * goes through `CaseStore.write`, which appends exactly one audit entry in the same transaction,
 * so this number moves on every commit, whoever made it: this server, or another process such as
 * a CLI `dragnet ingest` on the same case folder while it is served. Every derived cache of the
 * server (verdicts, list projections, graph, responses) is keyed on it, so none can go stale.
 *
 * Cost: on the SQLite store, one prepared `max(seq)` on the audit table's integer primary key (a
 * b-tree descent in the page cache, a few microseconds), run once per request.
 */
import type Database from 'better-sqlite3';
import type { CaseStore } from '../case/case-store.js';
import { SqliteCaseStore } from '../case/sqlite-case-store.js';

const statements = new WeakMap<CaseStore, Database.Statement>();
const viaAudit = new WeakMap<CaseStore, number>();

export function caseVersion(store: CaseStore): number {
  if (store instanceof SqliteCaseStore) {
    let stmt = statements.get(store);
    if (!stmt) {
      stmt = store.db.prepare('SELECT coalesce(max(seq), 0) AS v FROM audit').pluck();
      statements.set(store, stmt);
    }
    return stmt.get() as number;
  }
  // Any other adapter: read the audit entries after the last one seen (usually none).
  const known = viaAudit.get(store) ?? 0;
  const newer = store.listAudit(known + 1);
  const v = newer.at(-1)?.seq ?? known;
  viaAudit.set(store, v);
  return v;
}
