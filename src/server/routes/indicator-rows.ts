/**
 * @module server/routes/indicator-rows
 * The indicators table of a case: one row per (type, value) with the items containing it, most
 * widespread first. Aggregating every observable costs O(observables), so the result is kept
 * until the case changes (its data version moves), with each row serialised once and the rows
 * matching a filter remembered, so a page is a slice joined into a string.
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

/** The aggregated rows with their JSON and per-filter matches, for the indicators table route. */
export class IndicatorTable {
  private readonly json: string[];
  private readonly lowerValues: string[];
  private readonly matches = new Map<string, Uint32Array>();

  constructor(readonly rows: IndicatorAggregate[]) {
    // The fields of the route's IndicatorRow schema, in its order.
    this.json = rows.map((r) =>
      JSON.stringify({
        type: r.type,
        value: r.value,
        count: r.count,
        items: r.items,
        evidence: r.evidence,
        defanged: r.defanged,
      }),
    );
    this.lowerValues = rows.map((r) => r.value.toLowerCase());
  }

  /** Positions of the rows of `type` (if given) whose value contains `needle` (lower case). */
  matching(type: string | undefined, needle: string | undefined): Uint32Array {
    const key = `${type ?? ''}\u0000${needle ?? ''}`;
    let hit = this.matches.get(key);
    if (!hit) {
      const out: number[] = [];
      for (let i = 0; i < this.rows.length; i++) {
        if (type && this.rows[i]!.type !== type) continue;
        if (needle && !this.lowerValues[i]!.includes(needle)) continue;
        out.push(i);
      }
      hit = Uint32Array.from(out);
      if (this.matches.size >= 256) this.matches.delete(this.matches.keys().next().value as string);
      this.matches.set(key, hit);
    }
    return hit;
  }

  pageJson(positions: Uint32Array, offset: number, limit: number): string {
    const parts: string[] = [];
    for (let i = offset; i < Math.min(positions.length, offset + limit); i++)
      parts.push(this.json[positions[i]!]!);
    return `{"total":${positions.length},"items":[${parts.join(',')}]}`;
  }
}

const tableCache = new WeakMap<CaseStore, { version: number; table: IndicatorTable }>();

export function indicatorTable(store: CaseStore, version: number): IndicatorTable {
  const hit = tableCache.get(store);
  if (hit && hit.version === version) return hit.table;
  const table = new IndicatorTable(indicatorRows(store, version));
  tableCache.set(store, { version, table });
  return table;
}
