import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults, parseReceivedSpf, summariseAuth } from './auth-results.js';

describe('Authentication-Results (RFC 8601)', () => {
  it('parses the RFC 8601 appendix B.3 example with comments', () => {
    const r = parseAuthenticationResults(
      'example.com; spf=pass smtp.mailfrom=example.net (comment) ; dkim=pass (good signature) header.d=example.com',
    );
    expect(r?.server).toBe('example.com');
    expect(r?.results).toEqual([
      { method: 'spf', result: 'pass', properties: { 'smtp.mailfrom': 'example.net' } },
      { method: 'dkim', result: 'pass', properties: { 'header.d': 'example.com' } },
    ]);
  });

  it('reads "none" as no result and returns undefined for a value without methods', () => {
    expect(parseAuthenticationResults('example.org 1; none')).toBeUndefined();
  });

  it('parses Received-SPF (RFC 7208 §9.1)', () => {
    const r = parseReceivedSpf(
      'Pass (mybox.example.org: domain of myname@example.com designates 192.0.2.1 as permitted sender) receiver=mybox.example.org; client-ip=192.0.2.1; envelope-from="myname@example.com";',
    );
    expect(r?.results[0]).toMatchObject({
      method: 'spf',
      result: 'pass',
      properties: { 'client-ip': '192.0.2.1', 'envelope-from': 'myname@example.com' },
    });
  });

  it('trusts the topmost Authentication-Results and lets one passing DKIM signature win', () => {
    const s = summariseAuth([
      {
        name: 'Authentication-Results',
        value:
          'mx.victim.example; spf=fail smtp.mailfrom=evil.example; dkim=fail header.d=a.example; dkim=pass header.d=b.example; dmarc=fail header.from=bank.example',
      },
      { name: 'Authentication-Results', value: 'forged.example; spf=pass; dmarc=pass' },
    ]);
    expect(s).toMatchObject({ spf: 'fail', dkim: 'pass', dmarc: 'fail' });
    expect(s.all).toHaveLength(2);
  });
});
