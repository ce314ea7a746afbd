/**
 * @module analyse/triage/analyser
 * Ingest entry point of the triage analyser (placeholder until the capability lands: returns nothing).
 */
import type { Analyser } from '../analyser.js';
import { emptyOutput } from '../analyser.js';

export const triageAnalyser: Analyser = {
  name: 'triage',
  analyse: () => emptyOutput(),
};
