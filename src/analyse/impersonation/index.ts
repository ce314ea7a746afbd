/**
 * @module analyse/impersonation
 * Lookalike generation and detection, and message-level sender spoofing.
 */

export { analyseImpersonation, impersonationAnalyser } from './analyser.js';
export {
  type AuthSummary,
  parseAuthenticationResults,
  parseReceivedSpf,
  summariseAuth,
} from './auth-results.js';
export { type BrandIndex, type BrandToken, buildBrandIndex } from './brand-index.js';
export { type Brand, brandsFromCsv, loadBundledBrands, parseBrandsCsv } from './brands.js';
export { checkLookalike, FLAG_THRESHOLD, type LookalikeCheck } from './check-lookalike.js';
export { skeleton } from './confusables.js';
export {
  FUZZER_ORDER,
  type FuzzerName,
  type GenerateOptions,
  generateLookalikes,
  type Lookalike,
} from './generate-lookalikes.js';
export { parseTarget } from './parse-target.js';
