/**
 * @module core/seeded-rng
 * One seeded PRNG (mulberry32) for everything that must come out the same twice: Louvain
 * communities and campaign ids, model training order, generated bench corpora, graph layouts.
 */

export type Rng = () => number;

/** Returns a function yielding deterministic floats in [0,1) for `seed`. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles in place with the given generator (Fisher–Yates) and returns the array. */
export function shuffle<T>(items: T[], rand: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}
