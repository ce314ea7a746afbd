import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSplitError, splitJsonValues } from './json-values.js';

async function split(text: string, chunk = 7): Promise<string[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunk) yield text.slice(i, i + chunk);
  }
  const out: string[] = [];
  for await (const p of splitJsonValues(chunks())) out.push(p.text);
  return out;
}

describe('splitJsonValues', () => {
  it('yields the elements of a top-level array, JSON Lines and concatenated values', async () => {
    expect(await split('[{"a":1}, {"b":"]}"}]')).toEqual(['{"a":1}', '{"b":"]}"}']);
    expect(await split('{"a":1}\n{"b":[2,3]}\n')).toEqual(['{"a":1}', '{"b":[2,3]}']);
    expect(await split('{"s":"\\"{"}{"t":2}')).toEqual(['{"s":"\\"{"}', '{"t":2}']);
  });
  it('reports truncation and stray text', async () => {
    await expect(split('[{"a":1},{"b":')).rejects.toBeInstanceOf(JsonSplitError);
    await expect(split('[{"a":1}] x')).rejects.toThrow(/after the end/);
    await expect(split('[1,2]')).rejects.toThrow(/expected an object/);
  });
  it('agrees with JSON.parse on arbitrary arrays of objects, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 8 }),
        fc.integer({ min: 1, max: 50 }),
        async (items, chunk) => {
          const text = JSON.stringify(items, null, chunk % 3);
          const parts = await split(text, chunk);
          expect(parts.map((p) => JSON.parse(p))).toEqual(JSON.parse(text));
        },
      ),
      { seed: 5, numRuns: 200 },
    );
  });
});
