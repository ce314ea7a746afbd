/**
 * @module analyse/observables
 * Indicator extraction: refanging, validation, offsets. See README.md.
 */
export { observablesAnalyser } from './analyser.js';
export { defang } from './defang.js';
export { type EvidenceFields, extractFromEvidence } from './extract-from-evidence.js';
export { extractFromHtml, type HtmlExtraction } from './extract-from-html.js';
export { type ExtractOptions, extractObservables } from './extract-observables.js';
export { refang } from './refang.js';
