import { describe, expect, it } from 'vitest';
import { Accumulator, forEachCharNgram } from './features.js';

/**
 * `Accumulator.addCharNgrams` is a callback-free copy of `forEachCharNgram`, kept for speed; the
 * reasons (`explain.ts`) enumerate n-grams with the original. If the two drifted apart, a reason
 * would name n-grams the score never used: this holds them to the same buckets and counts.
 */
function countsByCallback(s: string): Map<number, number> {
  const counts = new Map<number, number>();
  forEachCharNgram(s, (bucket) => counts.set(bucket, (counts.get(bucket) ?? 0) + 1));
  return counts;
}

/** The block the accumulator builds from those counts: log-TF (1 + ln c), L2-normalised. */
function expectedBlock(counts: Map<number, number>): Map<number, number> {
  const tf = new Map([...counts].map(([b, c]) => [b, c === 1 ? 1 : 1 + Math.log(c)]));
  const norm = Math.sqrt([...tf.values()].reduce((a, v) => a + v * v, 0));
  return new Map([...tf].map(([b, v]) => [b, v / norm]));
}

function accumulatorBlock(s: string): Map<number, number> {
  const acc = new Accumulator();
  acc.addCharNgrams(s);
  acc.closeBlock();
  const { indices, values } = acc.take();
  return new Map(Array.from(indices, (index, i) => [index, values[i] as number]));
}

describe('character n-grams of the score and of the reasons', () => {
  const texts = [
    ' verify your account now ',
    ' ваш аккаунт заблокирован, подтвердите данные ',
    ' 您的账户已被冻结 请点击链接 👉 http://example.test/a ',
    ` ${'aaaa bbbb '.repeat(300)}`, // repeated n-grams, and past the 2,000-character cap
    '',
    ' x ',
  ];
  it.each(texts.map((t) => [t.slice(0, 24), t]))('same buckets and counts: %j', (_, text) => {
    const expected = expectedBlock(countsByCallback(text));
    const got = accumulatorBlock(text);
    expect(got.size).toBe(expected.size);
    for (const [bucket, v] of expected) expect(got.get(bucket)).toBeCloseTo(v, 6);
  });
});

describe('forEachCharNgram', () => {
  it('stops at the n-gram for which emit returns true', () => {
    const all: number[] = [];
    forEachCharNgram(' verify now ', (bucket) => all.push(bucket));
    const seen: number[] = [];
    forEachCharNgram(' verify now ', (bucket) => {
      seen.push(bucket);
      return seen.length === 5;
    });
    expect(all.length).toBeGreaterThan(5);
    expect(seen).toEqual(all.slice(0, 5));
  });
});
