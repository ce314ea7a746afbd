import { describe, expect, it } from 'vitest';
import { PLAIN_WORDS, skipPlain, skipPlainWords } from './plain-words.js';

/** Pieces that exercise every rule: word shapes, capitals, `AS`, joiners, schemes, delimiters. */
const PIECES = [
  'the',
  'a',
  'Word',
  'WORD',
  'ASN',
  'AS',
  'Asia',
  'abcdefgh',
  'ABCDEFGH',
  'ABCDEFGHI',
  'Abcdefghijk',
  'ABCDEFGHIJK',
  'ABCDEFGHIJKL',
  'x'.repeat(24),
  'x'.repeat(25),
  'Ünïcödé',
  'Привет',
  'ΑΒΓ',
  '×÷',
  'µ',
  '漢字',
  'at',
  'AT',
  'At',
  'dot',
  'DOT',
  'Dot',
  'punto',
  'punkt',
  'arroba',
  'attack',
  'dotted',
  'http',
  'hxxps',
  'HTTP',
  'ftp',
  'FXPS',
  'htxp',
  'ps',
  's',
  'p',
  '@',
  '[',
  ']',
  '(',
  ')',
  '{',
  '}',
  '.',
  ',',
  ':',
  ';',
  '!',
  '?',
  '-',
  '_',
  '/',
  '1',
  '42',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '"',
  "'",
  '`',
  '\u201c',
  '\u2019',
  '\u00ab',
  '\u200b',
  '\ufeff',
];

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

function viaExpression(t: string, i: number): number {
  PLAIN_WORDS.lastIndex = i;
  return PLAIN_WORDS.test(t) ? PLAIN_WORDS.lastIndex : -1;
}

describe('skipPlainWords', () => {
  it('ends where the PLAIN_WORDS expression ends, at every position of random text', () => {
    const r = lcg(11);
    let checked = 0;
    const wrong: Array<{ t: string; i: number; got: number; want: number }> = [];
    for (let doc = 0; doc < 3000; doc++) {
      let t = '';
      const n = 1 + Math.floor(r() * 14);
      for (let k = 0; k < n; k++) t += PIECES[Math.floor(r() * PIECES.length)];
      for (let i = 0; i <= t.length; i++) {
        const got = skipPlainWords(t, i);
        const want = viaExpression(t, i);
        if (got !== want && wrong.length < 5) wrong.push({ t, i, got, want });
        checked++;
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(50_000);
  });

  it('stops after 256 words like the expression', () => {
    const t = 'word '.repeat(300);
    expect(skipPlainWords(t, 0)).toBe(viaExpression(t, 0));
    expect(skipPlainWords(t, 0)).toBe(256 * 5 - 1);
  });
});

describe('skipPlain', () => {
  it('hands long runs to the expression and ends where it ends', () => {
    const r = lcg(5);
    const wrong: Array<{ t: string; i: number }> = [];
    for (let doc = 0; doc < 1500; doc++) {
      let t = '';
      const n = 1 + Math.floor(r() * 30);
      for (let k = 0; k < n; k++) t += PIECES[Math.floor(r() * PIECES.length)] + (r() < 0.5 ? ' ' : '');
      for (let i = 0; i <= t.length; i++) {
        const want = viaExpression(t, i);
        // Up to 256 words both agree exactly; longer runs are only split differently.
        if (skipPlain(t, i) !== want && wrong.length < 5) wrong.push({ t, i });
      }
    }
    expect(wrong).toEqual([]);
  });
});
