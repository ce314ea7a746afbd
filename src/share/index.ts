/** @module share — STIX 2.1 and MISP export and import, CSV export, partner-intelligence matching. */
export { buildShareInput, type CaseData } from './build-share-input.js';
export { parseIntel } from './import-intel-file.js';
export { INDICATOR_TYPES, isExportableType } from './indicator-types.js';
export {
  type IntelSource,
  listIntelSources,
  loadPartnerIndicators,
  type SaveIntelResult,
  type SqlCaseStore,
  saveIntel,
} from './intel-store.js';
export { loadShareInput } from './load-share-input.js';
export { loadWalletClusters } from './load-wallet-clusters.js';
export { type IntelMatch, matchIntel, type StoredPartnerIndicator } from './match-intel.js';
export { parseMispEvent } from './parse-misp-event.js';
export { parseStixBundle, patternIndicators } from './parse-stix-bundle.js';
export {
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  type IntelError,
  type PartnerIndicator,
  type PartnerIntel,
} from './partner-intel.js';
export type { CaseIndicator, ExportOptions, SharedMessage, ShareInput } from './share-input.js';
export { DRAGNET_EXTENSION_ID, type StixObject } from './stix-objects.js';
export { createStixValidator, type StixProblem, type StixValidator } from './stix-validator.js';
export { csvCell, toCsv } from './to-csv.js';
export { type MispAttribute, type MispEvent, type MispObject, toMispEvent } from './to-misp-event.js';
export { type StixBundle, toStixBundle } from './to-stix-bundle.js';
export { uuidV5 } from './uuid-v5.js';
