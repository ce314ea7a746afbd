/**
 * @module analyse/observables/memoize
 * A bounded memo for the pure, comparatively costly validators (checksums, public suffix look-ups,
 * phone metadata). Evidence repeats itself (the same wallet, domain or phone number in hundreds of
 * messages), so remembering the last few thousand answers saves most of the validation time.
 * Results depend only on the key, so memoising never changes any output (determinism holds).
 */

/** Wraps a pure one-string-argument function with a memo of at most `max` entries. */
export function memoize<R>(fn: (key: string) => R, max = 8192): (key: string) => R {
  const memo = new Map<string, R>();
  return (key: string): R => {
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as R;
    const value = fn(key);
    // Clearing when full keeps the bound without LRU bookkeeping; hot keys come back at once.
    if (memo.size >= max) memo.clear();
    memo.set(key, value);
    return value;
  };
}
