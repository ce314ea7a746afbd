/**
 * @module server/verdict-index
 * Per-case map evidence id → verdict, so evidence lists can show and filter by class and
 * language without one findings query per row. Rebuilt lazily when the case's version moves
 * (every server-side write bumps it; the server holds the case, so nobody else writes).
 */
import type { CaseStore } from '../case/case-store.js';
import type { Reason } from '../core/finding.js';

export interface VerdictSummary {
  class: string;
  score: number;
  lang: string;
  /** `triage` (the model) or `analyst` (a human override, which wins). */
  source: 'triage' | 'analyst';
  reasons: Reason[];
}

const cache = new WeakMap<CaseStore, { version: number; map: Map<string, VerdictSummary> }>();

export function verdictIndex(store: CaseStore, version: number): Map<string, VerdictSummary> {
  const hit = cache.get(store);
  if (hit && hit.version === version) return hit.map;
  const map = new Map<string, VerdictSummary>();
  for (const analyser of ['triage', 'analyst'] as const) {
    for (const f of store.listFindings(undefined, analyser)) {
      if (f.kind !== 'verdict' || !f.label) continue;
      const lang = typeof f.data?.lang === 'string' ? f.data.lang : (map.get(f.evidenceId)?.lang ?? 'und');
      map.set(f.evidenceId, {
        class: f.label,
        score: f.score ?? 0,
        lang,
        source: analyser,
        reasons:
          analyser === 'triage'
            ? (f.reasons ?? [])
            : [...(f.reasons ?? []), ...(map.get(f.evidenceId)?.reasons ?? [])],
      });
    }
  }
  cache.set(store, { version, map });
  return map;
}
