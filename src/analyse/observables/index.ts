/**
 * @module analyse/observables
 * Indicator extraction: refanging, validation, offsets. See README.md.
 */

export { observablesAnalyser } from './analyser.js';
export { type ExtractOptions, extractObservables } from './extract-observables.js';
