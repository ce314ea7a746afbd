/**
 * @module analyse/observables/analyser
 * Ingest entry point of the observables analyser: extracts the indicators of every evidence item
 * from its headers, subject, text, HTML and file name, each with `source` set to the field.
 * Pure: no I/O, no clock. The phone region comes from the shared analysis options.
 */
import type { Analyser, AnalysisInput, AnalysisOptions, AnalysisOutput } from '../analyser.js';
import { extractFromEvidence } from './extract-from-evidence.js';

export const observablesAnalyser: Analyser = {
  name: 'observables',
  analyse(input: AnalysisInput, _prior: AnalysisOutput, options: AnalysisOptions): AnalysisOutput {
    const observables = extractFromEvidence(
      {
        subject: input.subject,
        text: input.text,
        html: input.html,
        headers: input.headers,
        fileName: input.fileName,
      },
      options.region ? { region: options.region } : {},
    );
    return { observables, findings: [] };
  },
};
