import { describe, expect, it } from 'vitest';
import { AhoCorasick } from './aho-corasick.js';
import { confusableSources, scriptsOf, skeleton } from './confusables.js';
import { classifyEdit, keyboardDistance } from './edit-distance.js';

describe('skeleton (UTS #39)', () => {
  it.each([
    ['pаypal', 'paypal'], // Cyrillic а
    ['paypa1', 'paypal'],
    ['ρаyрal', 'paypal'], // Greek rho, Cyrillic р
    ['rnicrosoft', 'microsoft'],
    ['vvellsfargo', 'wellsfargo'],
    ['pàypal', 'paypal'], // accent dropped
    ['аррӏе', 'apple'],
  ])('%s reads as %s', (s, want) => expect(skeleton(s)).toBe(want));

  it('lists confusables of a letter from several scripts', () => {
    const scripts = new Set(confusableSources('o').flatMap((c) => [...scriptsOf(c)]));
    expect(scripts).toEqual(expect.objectContaining(new Set(['Cyrillic', 'Greek', 'Armenian'])));
  });

  it('names the scripts of a label', () => {
    expect([...scriptsOf('pаypal')].sort()).toEqual(['Cyrillic', 'Latin']);
  });
});

describe('keyboard-aware edit distance', () => {
  it('makes neighbouring keys and doubled letters cheaper than arbitrary edits', () => {
    expect(keyboardDistance('paypak', 'paypal')).toBe(0.5);
    expect(keyboardDistance('paypax', 'paypal')).toBe(1);
    expect(keyboardDistance('paypall', 'paypal')).toBe(0.5);
    expect(keyboardDistance('abcdef', 'uvwxyz', 2)).toBe(Number.POSITIVE_INFINITY);
  });

  it.each([
    ['paypall', 'paypal', 'repetition'],
    ['paypal1', 'paypal', 'addition'],
    ['papyal', 'paypal', 'transposition'],
    ['pypal', 'paypal', 'omission'],
    ['paypel', 'paypal', 'vowel-swap'],
    ['paypsl', 'paypal', 'replacement'],
    ['pay-pal', 'paypal', 'hyphenation'],
    ['paypan', 'paypal', 'bitsquatting'], // l 0x6c ^ 0x02 = n 0x6e, not a neighbouring key
  ])('%s from %s is %s', (cand, token, kind) => expect(classifyEdit(cand, token)).toBe(kind));
});

describe('AhoCorasick', () => {
  it('finds every token occurrence, overlapping ones included', () => {
    const ac = new AhoCorasick(['paypal', 'pal', 'apple']);
    expect(ac.scan('mypaypalapple')).toEqual([
      { token: 'paypal', start: 2 },
      { token: 'pal', start: 5 },
      { token: 'apple', start: 8 },
    ]);
  });
});
