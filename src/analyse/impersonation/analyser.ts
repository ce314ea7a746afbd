/**
 * @module analyse/impersonation/analyser
 * Ingest entry point of the impersonation analyser (placeholder until the capability lands: returns nothing).
 */
import type { Analyser } from '../analyser.js';
import { emptyOutput } from '../analyser.js';

export const impersonationAnalyser: Analyser = {
  name: 'impersonation',
  analyse: () => emptyOutput(),
};
