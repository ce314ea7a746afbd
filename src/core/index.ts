/** @module core — shared kernel types: errors, results, evidence, observables, findings. */
export * from './errors.js';
export * from './evidence.js';
export * from './finding.js';
export * from './observable.js';
export * from './result.js';
