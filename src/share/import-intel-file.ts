/**
 * @module share/import-intel-file
 * Detects whether a partner file is a STIX bundle or a MISP event and parses it (no I/O: the
 * caller passes the bytes).
 */
import { fail, type Result } from '../core/result.js';
import { parseMispEvent } from './parse-misp-event.js';
import { parseStixBundle } from './parse-stix-bundle.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type PartnerIntel } from './partner-intel.js';

/** Parses `bytes` as STIX (a `"type": "bundle"` document) or MISP (an `Event`). */
export function parseIntel(
  bytes: Uint8Array,
  name: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Result<PartnerIntel> {
  if (bytes.length > limits.maxBytes)
    return fail(`${name}: larger than the ${limits.maxBytes}-byte import limit`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail(`${name}: not UTF-8 text`);
  }
  const head = text.slice(0, 4096);
  if (/"type"\s*:\s*"bundle"/.test(head) || (!/"Event"\s*:/.test(head) && /"objects"\s*:/.test(head))) {
    return parseStixBundle(text, name, limits);
  }
  return parseMispEvent(text, name, limits);
}
