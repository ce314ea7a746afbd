/**
 * @module analyse/run-analysers
 * Runs the analysers in order over one item; each sees what the previous ones found. An analyser
 * that throws is a bug, but it must not lose the evidence: its failure becomes a finding.
 */
import { describeError } from '../core/errors.js';
import type { Analyser, AnalysisInput, AnalysisOptions, AnalysisOutput } from './analyser.js';

export function analyseEvidence(
  input: AnalysisInput,
  analysers: ReadonlyArray<Analyser>,
  options: AnalysisOptions = {},
): AnalysisOutput {
  const out: AnalysisOutput = { observables: [], findings: [] };
  for (const analyser of analysers) {
    try {
      const res = analyser.analyse(input, out, options);
      out.observables.push(...res.observables);
      out.findings.push(...res.findings);
    } catch (err) {
      out.findings.push({
        analyser: analyser.name,
        kind: 'analyser-error',
        label: describeError(err),
      });
    }
  }
  return out;
}
