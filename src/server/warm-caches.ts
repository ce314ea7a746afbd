/**
 * @module server/warm-caches
 * Builds a case's derived views (verdicts, counts, evidence list, indicators, graph) once, so
 * the first analyst to open a page does not pay for them. Run for every case when the server
 * starts; each is rebuilt lazily afterwards whenever the case's data version moves.
 */
import type { CaseStore } from '../case/case-store.js';
import { caseCounts } from './case-counts.js';
import { caseGraph } from './case-graph.js';
import { caseVersion } from './case-version.js';
import { evidenceList } from './evidence-list.js';
import { indicatorTable } from './routes/indicator-rows.js';
import { verdictIndex } from './verdict-index.js';

export function warmCaches(store: CaseStore): void {
  const version = caseVersion(store);
  const verdicts = verdictIndex(store, version);
  caseCounts(store, version, true);
  evidenceList(store, version, verdicts);
  indicatorTable(store, version);
  caseGraph(store, version, verdicts);
}
