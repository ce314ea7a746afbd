import { readFileSync } from 'node:fs';
import { domainToASCII } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DragnetError } from '../../core/errors.js';
import { generateLookalikes } from './generate-lookalikes.js';

const BASELINE =
  '/work/shared/reference/lookalike/dnstwist-baseline/dnstwist_20250130_perms_eth_targets.tsv.gz';

/** dnstwist 20250130's own output (reference vectors), without the list-driven fuzzers. */
function dnstwistBaseline(target: string): string[] {
  return gunzipSync(readFileSync(BASELINE))
    .toString('utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter(([t, f]) => t === target && f !== 'dictionary' && f !== 'tld-swap')
    .map(([, , d]) => d ?? '');
}

describe('generateLookalikes', () => {
  it.each(['auctus.org', 'metamask.io', 'opensea.io'])(
    'covers every dnstwist 20250130 candidate of %s',
    (target) => {
      const ours = new Set(generateLookalikes(target).map((c) => c.domain));
      const missing = dnstwistBaseline(target).filter((d) => !ours.has(d));
      expect(missing).toEqual([]);
    },
  );

  it('applies dnstwist rules exactly on a small domain', () => {
    const by = (f: string) =>
      generateLookalikes('ab.com', { fuzzers: [f] })
        .map((c) => c.domain)
        .sort();
    expect(by('omission')).toEqual(['a.com', 'b.com']); // one-letter labels pass dnstwist's FQDN rule
    expect(by('transposition')).toEqual(['ba.com']);
    expect(by('hyphenation')).toEqual(['a-b.com']);
    expect(by('repetition')).toEqual(['aab.com', 'abb.com']);
    expect(by('subdomain')).toEqual([]);
    expect(by('various')).toEqual(['abcom.com']);
    expect(by('bitsquatting')).toContain('cb.com'); // a (0x61) ^ 2 = c
  });

  it('emits punycode with the Unicode form for IDN candidates', () => {
    const idn = generateLookalikes('apple.com', { fuzzers: ['cyrillic'] });
    expect(idn).toEqual([{ domain: 'xn--80ak6aa92e.com', fuzzer: 'cyrillic', unicode: 'аррӏе.com' }]);
  });

  it('uses confusables from several scripts, all valid IDNs', () => {
    const conf = generateLookalikes('paypal.com', { fuzzers: ['confusable'] });
    const scripts = new Set(
      conf
        .flatMap((c) => [...(c.unicode ?? '')].filter((ch) => ch > '\u007f'))
        .map((ch) => ch.codePointAt(0)! >> 8),
    );
    expect(scripts.size).toBeGreaterThan(3); // Cyrillic, Greek, Armenian, Latin Extended…
    for (const c of conf) expect(c.unicode ? domainToASCII(c.unicode) : c.domain).toBe(c.domain);
  });

  it('adds combosquats with lure words in several languages, and the list-driven fuzzers', () => {
    const combo = generateLookalikes('paypal.com', { fuzzers: ['combosquatting'] }).map((c) => c.domain);
    expect(combo).toEqual(
      expect.arrayContaining(['paypal-login.com', 'konto-paypal.com', 'paypalconnexion.com']),
    );
    const more = generateLookalikes('paypal.com', {
      fuzzers: ['tld-swap', 'dictionary'],
      tlds: ['xyz', 'com', 'co.uk'],
      dictionary: ['pay', 'bad word'],
    });
    expect(more.map((c) => c.domain).sort()).toEqual(
      [
        'paypal.co.uk',
        'paypal.xyz',
        'paypal-pay.com',
        'paypalpay.com',
        'pay-paypal.com',
        'paypaypal.com',
      ].sort(),
    );
  });

  it('is deterministic and sorted by fuzzer then domain', () => {
    const a = generateLookalikes('example.co.uk');
    expect(generateLookalikes('example.co.uk')).toEqual(a);
    expect(a[0]).toEqual({ domain: 'example.co.uk', fuzzer: '*original' });
  });

  it('rejects what is not a domain name with BAD_INPUT', () => {
    for (const bad of ['a..com', '1.2.3.4', 'xn--zz.com', `${'a'.repeat(64)}.com`, 'http://', '']) {
      expect(() => generateLookalikes(bad)).toThrow(DragnetError);
    }
  });

  it('stays bounded on long, repetitive labels', () => {
    const t = performance.now();
    const r = generateLookalikes(`${'a'.repeat(63)}.com`);
    expect(r.length).toBeGreaterThan(100);
    expect(performance.now() - t).toBeLessThan(10_000); // generous guard; the bench measures speed
  });
});
