import { describe, expect, it } from 'vitest';
import { EvidenceSpool } from './evidence-spool.js';

describe('EvidenceSpool', () => {
  it('lists items in order, forgets those after a rollback mark, and survives chunk boundaries', () => {
    const spool = new EvidenceSpool<{ n: number; s: string }>();
    try {
      // Enough multi-byte text to cross the 1 MiB flush and read chunks.
      const text = 'é€'.repeat(200);
      for (let n = 0; n < 3000; n++) spool.add({ n, s: text });
      const mark = spool.mark();
      for (let n = 3000; n < 3500; n++) spool.add({ n, s: text });
      spool.rollback(mark);
      spool.add({ n: -1, s: 'after' });
      const items = [...spool.jsonTexts()].map((t) => JSON.parse(t) as { n: number; s: string });
      expect(items).toHaveLength(3001);
      expect(spool.count).toBe(3001);
      expect(items.slice(0, 3000).every((it, i) => it.n === i && it.s === text)).toBe(true);
      expect(items[3000]).toEqual({ n: -1, s: 'after' });
    } finally {
      spool.close();
    }
  });
});
