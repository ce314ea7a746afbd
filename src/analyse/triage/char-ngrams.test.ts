import { describe, expect, it } from 'vitest';
import { Accumulator, bigramBucket, forEachCharNgram, wordBucket } from './features.js';

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

describe('Accumulator', () => {
  it('counts words and bigrams in the buckets the reasons trace them by', () => {
    const tokens = ['verify', 'your', 'account', 'your', 'account', 'now', 'ваш', '账户', 'x'];
    const counts = new Map<number, number>();
    const count = (b: number): void => void counts.set(b, (counts.get(b) ?? 0) + 1);
    tokens.forEach((w, i) => {
      count(wordBucket(w));
      if (i + 1 < tokens.length) count(bigramBucket(w, tokens[i + 1] as string));
    });
    const acc = new Accumulator();
    acc.addWords(tokens);
    acc.closeBlock();
    const { indices, values } = acc.take();
    const expected = expectedBlock(counts);
    expect(indices.length).toBe(expected.size);
    for (const [i, b] of indices.entries()) expect(values[i]).toBeCloseTo(expected.get(b) as number, 6);
  });
  it('keeps its counts and values when it grows in the middle of a block', () => {
    // 6,000 word-like buckets, then the n-grams of 2,000 varied Han characters (~8,000 more):
    // past the initial table's half-full mark, so it grows while counting n-grams.
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 8;
    };
    const text = Array.from({ length: 2_000 }, () => String.fromCharCode(0x4e00 + (next() % 3000))).join('');
    const words = Array.from({ length: 6_000 }, (_, i) => (i * 37) % 262_144);
    const acc = new Accumulator();
    for (const w of words) acc.add(w);
    acc.add(words[0] as number);
    acc.closeBlock();
    acc.addCharNgrams(text);
    acc.closeBlock();
    const { indices, values } = acc.take();

    const wordCounts = new Map<number, number>(words.map((w) => [w, 1]));
    wordCounts.set(words[0] as number, 2);
    const expected = expectedBlock(wordCounts);
    for (const [b, v] of expectedBlock(countsByCallback(text))) expected.set(b, (expected.get(b) ?? 0) + v);
    expect(indices.length).toBe(expected.size);
    expect(indices.length).toBeGreaterThan(8_192);
    for (let i = 1; i < indices.length; i++)
      expect(indices[i] as number).toBeGreaterThan(indices[i - 1] as number);
    for (const [i, b] of indices.entries()) expect(values[i]).toBeCloseTo(expected.get(b) as number, 6);
  });
});
