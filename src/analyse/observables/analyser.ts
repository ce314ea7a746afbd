/**
 * @module analyse/observables/analyser
 * Ingest entry point of the observables analyser (placeholder until the capability lands: returns nothing).
 */
import type { Analyser } from '../analyser.js';
import { emptyOutput } from '../analyser.js';

export const observablesAnalyser: Analyser = {
  name: 'observables',
  analyse: () => emptyOutput(),
};
