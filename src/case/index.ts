/** @module case — the case store port, its SQLite adapter, and opening/creating cases. */

export { canonicalJson } from './canonical-json.js';
export * from './case-store.js';
export { defaultActor, initCase, isCaseDir, openCase, openOrInitCase, readCaseInfo } from './open-case.js';
export { sha256Hex } from './sha256.js';
export { SqliteCaseStore } from './sqlite-case-store.js';
