/**
 * @module analyse
 * The analysers ingest runs on every item, in this order: observables first (the others read
 * them), then impersonation (triage reads its findings as signals), then triage.
 */
import type { Analyser } from './analyser.js';
import { impersonationAnalyser } from './impersonation/analyser.js';
import { observablesAnalyser } from './observables/analyser.js';
import { triageAnalyser } from './triage/analyser.js';

export * from './analyser.js';
export { analyseEvidence } from './run-analysers.js';

export const defaultAnalysers: ReadonlyArray<Analyser> = [
  observablesAnalyser,
  impersonationAnalyser,
  triageAnalyser,
];
