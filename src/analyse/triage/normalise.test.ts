import { describe, expect, it } from 'vitest';
import { normaliseText, tokenise } from './normalise.js';

describe('normaliseText', () => {
  it('folds case, URLs, e-mail addresses and numbers the same way for every row', () => {
    const a = normaliseText(
      'Verify your account at https://Example.com/x?id=5 within 24 HOURS or mail ME@x.org',
    );
    const b = normaliseText('verify your account at [link] within 48 hours or mail someone@else.net');
    expect(a).toBe(b);
    expect(a).toBe('verify your account at zzurl within 0 hours or mail zzemail');
  });
  it('reads masked digits (xxxx) as a number and drops zero-width characters', () => {
    expect(normaliseText('回复xxxx退订')).toBe('回复0退订');
    expect(normaliseText('pay\u200bpal')).toBe('paypal');
  });
  it('finds URLs and placeholders written in upper case, the Kelvin sign or the long s', () => {
    expect(normaliseText('See WWW.EXAMPLE.COM/X, [LINK] or <Phone>')).toBe('see zzurl zzurl or 0');
    // U+212A KELVIN SIGN and U+017F LATIN SMALL LETTER LONG S, which case-fold to k and s
    expect(normaliseText('Go to httpſ://\u212Aey.example/a or [lin\u212A] now')).toBe(
      'go to zzurl or zzurl now',
    );
  });
  it('spells Hindi words with and without the nukta alike', () => {
    expect(normaliseText('मुफ़्त फ़ोन')).toBe(normaliseText('मुफ्त फोन'));
  });
  it('tokenises any script on letters, marks and digits', () => {
    expect(tokenise(normaliseText('Привет, мир! नमस्ते दुनिया'))).toEqual(['привет', 'мир', 'नमस्ते', 'दुनिया']);
  });
});
