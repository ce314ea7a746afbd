/**
 * @module server/case-counts
 * The counts every case page and the case list show (items, per kind, per verdict class,
 * indicators), computed once per case data version: they are on the path of each first paint.
 */
import type { CaseStore } from '../case/case-store.js';
import { EVIDENCE_KINDS } from '../core/evidence.js';
import { TRIAGE_CLASSES } from '../core/finding.js';
import { indicatorRows } from './routes/indicator-rows.js';
import { verdictIndex } from './verdict-index.js';

export interface CaseCounts {
  evidence: number;
  observables: number;
  byKind: Record<string, number>;
  byClass: Record<string, number>;
}

const countsCache = new WeakMap<CaseStore, { version: number; counts: CaseCounts }>();

/** `full`: also the per-kind, per-class and indicator counts (else only the item total). */
export function caseCounts(store: CaseStore, version: number, full: boolean): CaseCounts {
  const hit = countsCache.get(store);
  if (hit && hit.version === version && (!full || hit.counts.observables >= 0)) return hit.counts;
  const counts: CaseCounts = { evidence: store.countEvidence(), observables: -1, byKind: {}, byClass: {} };
  if (full) {
    for (const kind of EVIDENCE_KINDS) {
      const n = store.countEvidence({ kind });
      if (n > 0) counts.byKind[kind] = n;
    }
    // From the in-memory verdict index (includes analyst overrides), not a per-class SQL count.
    for (const c of TRIAGE_CLASSES) counts.byClass[c] = 0;
    for (const v of verdictIndex(store, version).values()) {
      counts.byClass[v.class] = (counts.byClass[v.class] ?? 0) + 1;
    }
    counts.observables = indicatorRows(store, version).length;
  }
  countsCache.set(store, { version, counts });
  return counts;
}
