import { describe, expect, it } from 'vitest';
import type { AnalysisInput } from '../analyser.js';
import { analyseImpersonation } from './analyser.js';

const base: AnalysisInput = {
  id: 'e1',
  sha256: '0'.repeat(64),
  kind: 'email',
  bytes: new Uint8Array(),
  path: 'm.eml',
};
const empty = { observables: [], findings: [] };
const kinds = (i: Partial<AnalysisInput>, opts = {}) =>
  analyseImpersonation({ ...base, ...i }, empty, opts).findings;

describe('impersonation analyser', () => {
  it('reports display-name spoofing, lookalikes, reply-to and return-path mismatches, auth results', () => {
    const f = kinds({
      from: { name: 'PayPal Support', address: 'service@paypa1-secure.com' },
      to: [{ address: 'anna@acme-corp.com' }],
      replyTo: [{ address: 'help.paypal@gmail.com' }],
      headers: [
        { name: 'Return-Path', value: '<bounce@mailer.example.net>' },
        {
          name: 'Authentication-Results',
          value:
            'mx.acme-corp.com; spf=fail smtp.mailfrom=paypa1-secure.com; dkim=none; dmarc=fail header.from=paypa1-secure.com',
        },
      ],
      text: 'Log in at https://acme-c0rp.com/login or http://paypal.com.account-verify.xyz/',
    });
    const byKind = new Map(f.map((x) => [`${x.kind}:${x.label}`, x]));
    expect(byKind.get('display-name-spoof:PayPal Support')?.reasons?.[0]?.signal).toBe('display-name-spoof');
    const hosts = f.filter((x) => x.kind === 'lookalike-domain').map((x) => x.data);
    expect(hosts).toContainEqual(
      expect.objectContaining({ host: 'paypa1-secure.com', target: 'paypal.com', source: 'header:From' }),
    );
    expect(hosts).toContainEqual(
      expect.objectContaining({ host: 'paypal.com.account-verify.xyz', source: 'text' }),
    );
    expect(byKind.get('own-domain-lookalike:acme-corp.com')?.data).toMatchObject({ host: 'acme-c0rp.com' });
    expect(byKind.get('reply-to-mismatch:service@paypa1-secure.com')?.score).toBe(0.6);
    expect(byKind.has('return-path-mismatch:service@paypa1-secure.com')).toBe(true);
    expect(byKind.get('auth-results:spf=fail dkim=none dmarc=fail')?.data).toMatchObject({
      spf: 'fail',
      dmarc: 'fail',
    });
    for (const x of f) for (const r of x.reasons ?? []) expect(r.weight).toBeGreaterThanOrEqual(0);
  });

  it('reports an executive writing from free mail, not the same executive from their own address', () => {
    const execs = { executives: [{ name: 'Anna Smith', email: 'anna@acme-corp.com' }] };
    const spoof = kinds({ from: { name: 'Smith, Anna', address: 'anna.smith.ceo@gmail.com' } }, execs);
    expect(spoof.map((x) => x.kind)).toEqual(['executive-impersonation']);
    expect(kinds({ from: { name: 'Anna Smith', address: 'anna@acme-corp.com' } }, execs)).toEqual([]);
  });

  it('is quiet on a genuine message from the brand', () => {
    const f = kinds({
      from: { name: 'PayPal', address: 'service@paypal.com' },
      headers: [{ name: 'Authentication-Results', value: 'mx.example; spf=pass; dkim=pass; dmarc=pass' }],
      text: 'See https://www.paypal.com/myaccount',
    });
    expect(f.map((x) => [x.kind, x.score])).toEqual([['auth-results', 0]]);
  });

  it('uses URLs from the observables analyser when it ran', () => {
    const prior = {
      observables: [
        {
          type: 'url' as const,
          value: 'https://metamask-wallet-verify.com/',
          raw: '',
          start: 0,
          end: 0,
          source: 'html',
        },
      ],
      findings: [],
    };
    const f = analyseImpersonation({ ...base, text: 'no links here' }, prior, {}).findings;
    expect(f[0]?.data).toMatchObject({ target: 'metamask.io', source: 'html' });
  });
});
