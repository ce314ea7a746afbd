import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBrandIndex } from './brand-index.js';
import { loadBundledBrands } from './brands.js';
import { checkLookalike } from './check-lookalike.js';

const index = buildBrandIndex(loadBundledBrands());
const check = (s: string) => checkLookalike(s, index);

describe('checkLookalike', () => {
  it.each([
    ['paypa1.com', 'paypal.com', 'homoglyph'],
    ['xn--pypal-4ve.com', 'paypal.com', 'homoglyph'], // Cyrillic а
    ['xn--80ak6aa92e.com', 'apple.com', 'homoglyph'], // all-Cyrillic аррӏе
    ['rnetamask.io', 'metamask.io', 'homoglyph'], // rn → m
    ['myetherwalllet.com', 'myetherwallet.com', 'repetition'],
    ['myehterwallet.com', 'myetherwallet.com', 'transposition'],
    ['myetherwalet.com', 'myetherwallet.com', 'omission'],
    ['paypak.com', 'paypal.com', 'replacement'], // k is next to l
    ['pay-pal.com', 'paypal.com', 'hyphenation'],
    ['pay.pal.com', 'paypal.com', 'subdomain'],
    ['metamask.xyz', 'metamask.io', 'tld-swap'],
    ['paypal-secure-login.com', 'paypal.com', 'combosquatting'],
    ['sparkasse-konto-sicherheit.de', 'sparkasse.de', 'combosquatting'],
    ['paypal.com.secure-login.xyz', 'paypal.com', 'brand-in-subdomain'],
    ['https://compromised.example/wp/paypal/login.php', 'paypal.com', 'brand-in-path'],
    ['metamask-verify.netlify.app', 'metamask.io', 'free-hosting'],
    ['https://bit.ly/paypal-verify', 'paypal.com', 'url-shortener'],
    ['support@paypal-resolution-center.com', 'paypal.com', 'combosquatting'],
    ['dhl-parcel-redelivery.com', 'dhl.com', 'combosquatting'], // a 3-letter name as a whole part
    ['irs-refund-gov.com', 'irs.gov', 'combosquatting'],
    ['amaz0n-prime-renew.com', 'amazon.com', 'combosquatting'],
    ['appleid-apple-verify.com', 'apple.com', 'combosquatting'],
  ])('%s imitates %s (%s)', (input, target, technique) => {
    const r = check(input);
    expect(r.target).toBe(target);
    expect(r.techniques).toContain(technique);
    expect(r.score).toBeGreaterThanOrEqual(0.5);
  });

  it('flags mixed-script labels', () => {
    expect(check('xn--pypal-4ve.com').techniques).toContain('mixed-script');
  });

  it.each([
    'paypal.com',
    'www.paypal.com',
    'mail.google.com',
    'google.de',
    'PAYPAL.COM.',
    'https://www.amazon.co.uk/gp/cart',
    'outlook.cloud.microsoft',
  ])('%s is a brand itself: score 0, no target', (input) => {
    const r = check(input);
    expect(r).toMatchObject({ target: null, score: 0, techniques: [] });
    expect(r.legitimate).toBeDefined();
  });

  it('does not treat user content on a platform a brand owns as the brand', () => {
    expect(check('paypal-login.github.io').target).toBe('paypal.com');
    expect(check('paypal-login.blogspot.com').target).toBe('paypal.com');
  });

  it.each([
    'wikipedia.org',
    'nytimes.com',
    'applebees.com',
    'amazon-adsystem.com',
    'googleapis.com',
    'match.adsrvr.org',
    'www.apple.com.edgekey.net',
    'secure-login.com',
    'example.com',
  ])('leaves benign %s alone', (input) => expect(check(input).target).toBeNull());

  it.each([
    [`${'a'.repeat(64)}.com`, 'label longer than 63'],
    [`${'abcdefghij.'.repeat(23)}com`, 'longer than 253'],
    ['xn--zz.com', 'invalid punycode'],
    ['a..com', 'empty label'],
    ['1.2.3.4', 'IP literal'],
    ['http://[::1]/x', 'IP literal'],
    ['http://', 'URL without a host'],
    ['', 'empty input'],
  ])('answers %j with target null and an error', (input, error) => {
    const r = check(input);
    expect(r.target).toBeNull();
    expect(r.error).toContain(error);
  });

  it('never throws and is deterministic on arbitrary input (seeded)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const a = check(s);
        expect(check(s)).toEqual(a);
        expect(a.score).toBeGreaterThanOrEqual(0);
        expect(a.score).toBeLessThanOrEqual(1);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('uses only the given brands when a custom list is passed', () => {
    const own = buildBrandIndex([{ name: 'Acme', domain: 'acme-corp.com' }]);
    expect(checkLookalike('acme-c0rp.com', own).target).toBe('acme-corp.com');
    expect(checkLookalike('paypa1.com', own).target).toBeNull();
  });
});
