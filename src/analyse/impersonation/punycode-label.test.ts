import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { punycodeLabel, toAsciiDomain } from './punycode-label.js';

describe('punycodeLabel', () => {
  it('matches the RFC 3492 sample and Node on known labels', () => {
    expect(punycodeLabel('bücher')).toBe('xn--bcher-kva');
    expect(punycodeLabel('аррӏе')).toBe('xn--80ak6aa92e');
    expect(toAsciiDomain('pаypal.com')).toBe('xn--pypal-4ve.com');
  });

  it('agrees with domainToASCII on random Latin/Cyrillic/Greek labels (seeded)', () => {
    const ch = fc.constantFrom(
      ...'abcdefghijklmnopqrstuvwxyz0123456789-аеорсухіјӏαοτνκéèüöñçłßøåæœ'.split(''),
    );
    fc.assert(
      fc.property(fc.array(ch, { minLength: 1, maxLength: 20 }), (chars) => {
        const name = `${chars.join('')}.com`;
        expect(toAsciiDomain(name)).toBe(domainToASCII(name));
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});
