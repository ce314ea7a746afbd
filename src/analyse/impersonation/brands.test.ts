import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brandsFromCsv, loadBundledBrands, parseBrandsCsv } from './brands.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/impersonation/${name}`, import.meta.url), 'utf8');

describe('brands', () => {
  it('bundles at least 500 brands with valid, distinct domains', () => {
    const brands = loadBundledBrands();
    expect(new Set(brands.map((b) => b.name.replace(' (infrastructure)', ''))).size).toBeGreaterThanOrEqual(
      500,
    );
    expect(new Set(brands.map((b) => b.domain)).size).toBe(brands.length);
    expect(brands.find((b) => b.domain === 'paypal.com')?.name).toBe('PayPal');
  });

  it('parses a user CSV with quoted names', () => {
    const r = parseBrandsCsv(fixture('brands-good.csv'));
    expect(r).toEqual({
      ok: true,
      value: [
        { name: 'Acme Corp', domain: 'acme-corp.com' },
        { name: 'Acme Corp', domain: 'acme.de' },
        { name: 'Globex, Inc.', domain: 'globex.com' },
      ],
    });
  });

  it.each([
    ['brands-bad-fields.csv', 'line 3: expected 2 fields'],
    ['brands-bad-domain.csv', 'line 3: bad domain "http://"'],
    ['brands-bad-header.csv', 'line 1: header must be "name,domain"'],
  ])('%s fails naming the row', (file, message) => {
    expect(() => brandsFromCsv(fixture(file), file)).toThrow(message);
    try {
      brandsFromCsv(fixture(file), file);
    } catch (e) {
      expect((e as { code?: string }).code).toBe('BAD_INPUT');
      expect((e as { subject?: string }).subject).toBe(file);
    }
  });
});
