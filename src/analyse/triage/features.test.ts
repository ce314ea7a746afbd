import { describe, expect, it } from 'vitest';
import type { Header } from '../../core/evidence.js';
import { buildCueIndex } from './cue-matcher.js';
import { extractFeatures, FEATURE_COUNT } from './features.js';

const cues = buildCueIndex();

/** Deterministic pseudo-random words: enough distinct n-grams to make the accumulator grow. */
function manyWords(n: number): string {
  let x = 12345;
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    for (let k = 0; k < 7; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += String.fromCharCode(0x61 + (x % 26));
    }
    words.push(w);
  }
  return words.join(' ');
}

describe('extractFeatures', () => {
  it('gives sorted, distinct, in-range indices with L2-normalised n-gram blocks, also past the table size', () => {
    const text = manyWords(4000);
    const fv = extractFeatures({ text }, cues);
    expect(fv.indices.length).toBeGreaterThan(8192);
    for (let i = 1; i < fv.indices.length; i++)
      expect(fv.indices[i] as number).toBeGreaterThan(fv.indices[i - 1] as number);
    expect(fv.indices[fv.indices.length - 1] as number).toBeLessThan(FEATURE_COUNT);
    let sq = 0;
    for (const v of fv.values) sq += v * v;
    // Two n-gram blocks, each of norm 1 (buckets shared by both blocks add a little).
    expect(sq).toBeGreaterThan(1.9);
    expect(sq).toBeLessThan(2.2);
  });

  it('is the same vector when computed again after other messages', () => {
    const a = extractFeatures(
      { text: 'Verify your account within 24 hours: http://example.com/login' },
      cues,
    );
    extractFeatures({ text: manyWords(3000) }, cues);
    const b = extractFeatures(
      { text: 'Verify your account within 24 hours: http://example.com/login' },
      cues,
    );
    expect(Array.from(b.indices)).toEqual(Array.from(a.indices));
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
  });

  it('dampens a phone number only in mail whose own, non-free-mail domain passed authentication', () => {
    const text = 'Questions? Call our hotline +49 30 23125 100.';
    const auth = (d: string) => [
      { name: 'Authentication-Results', value: `mx.example.com; spf=pass; dmarc=pass header.from=${d}` },
    ];
    const phone = (from: string | undefined, d?: string) =>
      extractFeatures(
        { text, ...(from ? { from } : {}), ...(d ? { headers: auth(d) } : {}) },
        cues,
      ).signals.find((s) => s.name === 'phone-number');
    const plain = phone(undefined);
    const own = phone('IT <it@example.com>', 'example.com');
    expect(own?.value).toBeCloseTo((plain?.value as number) * 0.25);
    expect(own?.evidence).toContain('sender authenticated: dmarc=pass header.from=example.com');
    expect(phone('IT <it@example.com>', 'other.example.net')?.value).toBe(plain?.value);
    expect(phone('CEO <ceo.office@gmail.com>', 'gmail.com')?.value).toBe(plain?.value);
  });
  it('dampens lures at half weight from an unauthenticated sender only when no channel leads elsewhere', () => {
    const cred = (msg: { text: string; from?: string; replyTo?: string[]; headers?: Header[] }) =>
      extractFeatures(msg, cues).signals.find((s) => s.name === 'credential-request');
    const text = 'Reset your password here: https://accounts.example.com/reset?t=1';
    const headers = (extra: Header[] = []): Header[] => [
      { name: 'Received', value: 'from mta.example.com by mx.example.org' },
      ...extra,
    ];
    const plain = cred({ text })?.value as number;
    const unverified = cred({ text, from: 'Example <no-reply@example.com>', headers: headers() });
    expect(unverified?.value).toBeCloseTo(plain * 0.5);
    expect(unverified?.evidence).toContain('sender unverified: example.com not authenticated');
    // each of these gives the attacker a way in, or withdraws the sender's consistency
    const undamped = [
      { text, from: 'Example <no-reply@example.com>', headers: headers(), replyTo: ['x@other.example.net'] },
      {
        text: `${text} Or call +1 415 555 0143.`,
        from: 'Example <no-reply@example.com>',
        headers: headers(),
      },
      {
        text: 'Reset your password: https://example-reset.net/r',
        from: 'Example <no-reply@example.com>',
        headers: headers(),
      },
      { text, from: 'Example <example.support@gmail.com>', headers: headers() },
      {
        text,
        from: 'Example <no-reply@example.com>',
        headers: headers([
          { name: 'Authentication-Results', value: 'mx.example.org; dmarc=fail header.from=example.com' },
        ]),
      },
      { text, from: 'Example <no-reply@example.com>' },
    ];
    for (const msg of undamped) expect(cred(msg)?.value).toBe(plain);
  });
});
