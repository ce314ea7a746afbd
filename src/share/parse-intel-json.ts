/**
 * @module share/parse-intel-json
 * The first step of every partner-intelligence import: refuse a file over the size limit, then
 * parse its JSON, with errors that name the file.
 */
import { fail, ok, type Result } from '../core/result.js';
import type { ImportLimits } from './partner-intel.js';

export function parseIntelJson(text: string, name: string, limits: ImportLimits): Result<unknown> {
  if (text.length > limits.maxBytes)
    return fail(`${name}: larger than the ${limits.maxBytes}-byte import limit`);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (err) {
    return fail(`${name}: not valid JSON (${(err as Error).message})`);
  }
}
