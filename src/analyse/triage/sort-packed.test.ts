import { describe, expect, it } from 'vitest';
import { sortPackedKeys } from './sort-packed.js';

describe('sortPackedKeys', () => {
  it('orders distinct packed indices as the native sort does', () => {
    let seed = 7;
    const rand = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed;
    };
    for (const n of [0, 1, 2, 100, 8191, 20000]) {
      const indices = new Set<number>();
      while (indices.size < n) indices.add(rand() % (1 << 19));
      const keys = Uint32Array.from([...indices], (ix, pos) => ((ix << 13) | (pos & 8191)) >>> 0);
      const expected = keys.slice().sort();
      sortPackedKeys(keys);
      expect(keys).toEqual(expected);
    }
  });
});
