import { describe, expect, it } from 'vitest';
import { buildCueIndex, matchCues } from './cue-matcher.js';
import { CUE_CATEGORIES, LEXICONS } from './lexicons/index.js';
import { normaliseText, tokenise } from './normalise.js';

const index = buildCueIndex();
const cats = (text: string): string[] => {
  const n = normaliseText(text);
  return [...new Set(matchCues(index, n, tokenise(n)).map((h) => h.category))].sort();
};

describe('cue lexicons', () => {
  it('cover the 20 required languages, every category filled', () => {
    const required = [
      'en',
      'de',
      'fr',
      'es',
      'it',
      'pt',
      'nl',
      'pl',
      'ro',
      'ru',
      'uk',
      'tr',
      'ar',
      'hi',
      'id',
      'zh',
      'ja',
      'ko',
      'vi',
      'th',
    ];
    for (const lang of required) {
      const lex = LEXICONS[lang];
      expect(lex, lang).toBeDefined();
      for (const c of CUE_CATEGORIES) expect(lex?.[c].length, `${lang}/${c}`).toBeGreaterThan(0);
    }
  });
  it('matches multi-word phrases, numbers generalised', () => {
    expect(cats('Please reply within 48 hours')).toContain('urgency');
    expect(cats('Enter your password')).toContain('credential');
  });
  it('matches inflected words through prefix terms', () => {
    expect(cats('Ваша карта заблокирована')).toContain('threat');
  });
  it('matches unspaced scripts by substring', () => {
    expect(cats('您的账户已被冻结')).toEqual(expect.arrayContaining(['account', 'threat']));
    expect(cats('บัญชีของคุณถูกระงับ')).toEqual(expect.arrayContaining(['account', 'threat']));
    expect(cats('お荷物の再配達')).toContain('delivery');
  });
  it('does not fire on neutral text', () => {
    expect(cats('The meeting notes are attached')).toEqual([]);
  });
});
