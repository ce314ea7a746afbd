/**
 * @module analyse/triage/hash
 * FNV-1a, 32 bit: the feature-hashing function. Fixed forever for a given model version, because
 * the weights are indexed by it.
 */

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step over a UTF-16 code unit. */
export const fnvStep = (h: number, code: number): number => Math.imul(h ^ code, 0x01000193) >>> 0;

/** FNV-1a of a string (UTF-16 code units). */
export function fnv1a(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return h >>> 0;
}
