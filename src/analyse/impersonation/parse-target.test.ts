import { describe, expect, it } from 'vitest';
import { parseTarget } from './parse-target.js';

describe('parseTarget', () => {
  it.each([
    ['PayPal.COM.', 'paypal.com', ''],
    ['https://user:pw@Login.Example.com:8443/a/B?c=1#d', 'login.example.com', '/a/b?c=1#d'],
    ['hxxps://evil[.]example/x', 'evil.example', '/x'],
    ['alice@Example.org', 'example.org', ''],
    ['pаypal.com', 'xn--pypal-4ve.com', ''],
  ])('%s → %s', (input, host, path) => {
    expect(parseTarget(input)).toMatchObject({ ok: true, host, path });
  });

  it('gives the Unicode form of IDNs', () => {
    expect(parseTarget('xn--pypal-4ve.com')).toMatchObject({ ok: true, unicodeHost: 'pаypal.com' });
  });

  it.each([
    ['', 'empty input'],
    ['a..b.com', 'empty label'],
    ['.example.com', 'empty label'],
    ['10.0.0.1', 'IP literal'],
    ['http://[2001:db8::1]/', 'IP literal'],
    ['https:///path', 'URL without a host'],
    ['xn--a.com', 'invalid punycode'],
    ['xn--zz.com', 'invalid punycode'],
    [`${'x'.repeat(64)}.com`, 'label longer than 63'],
    ['localhost', 'single label'],
    ['exa mple.com', 'invalid characters'],
    ['example.c', 'invalid top-level domain'],
  ])('%j is rejected: %s', (input, error) => {
    const r = parseTarget(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });
});
