/**
 * @module server/routes/indicator-rows
 * The indicators table of a case: one row per (type, value) with the items containing it, most
 * widespread first. Aggregating every observable costs O(observables), so the result is kept
 * until the case changes (its registry version moves).
 */
import type { CaseStore } from '../../case/case-store.js';

export interface IndicatorAggregate {
  type: string;
  value: string;
  count: number;
  items: number;
  evidence: string[];
  defanged: boolean;
}

const indicatorCache = new WeakMap<CaseStore, { version: number; rows: IndicatorAggregate[] }>();

/** One row per (type, value), most widespread first; rebuilt only when the case changes. */
export function indicatorRows(store: CaseStore, version: number): IndicatorAggregate[] {
  const hit = indicatorCache.get(store);
  if (hit && hit.version === version) return hit.rows;
  const rows = new Map<
    string,
    { type: string; value: string; count: number; evidence: Set<string>; defanged: boolean }
  >();
  for (const o of store.listObservables()) {
    const key = `${o.type}\u0000${o.value}`;
    const row = rows.get(key) ?? {
      type: o.type,
      value: o.value,
      count: 0,
      evidence: new Set<string>(),
      defanged: false,
    };
    row.count++;
    row.evidence.add(o.evidenceId);
    row.defanged ||= o.defanged === true;
    rows.set(key, row);
  }
  const sorted = [...rows.values()]
    .sort(
      (a, b) =>
        b.evidence.size - a.evidence.size || a.type.localeCompare(b.type) || a.value.localeCompare(b.value),
    )
    .map((r) => ({ ...r, evidence: [...r.evidence].slice(0, 50), items: r.evidence.size }));
  indicatorCache.set(store, { version, rows: sorted });
  return sorted;
}
