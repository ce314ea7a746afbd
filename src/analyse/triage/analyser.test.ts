import { describe, expect, it } from 'vitest';
import type { AnalysisInput } from '../analyser.js';
import { triageAnalyser } from './analyser.js';

const base: AnalysisInput = { id: 'e1', sha256: 'x', kind: 'sms', bytes: new Uint8Array(), path: 'sms.json' };

describe('triageAnalyser', () => {
  it('returns one verdict finding with score, class, reasons, lang and model', () => {
    const out = triageAnalyser.analyse(
      { ...base, text: 'Your parcel is on hold. Pay the customs fee of $1.99 at https://bit.ly/x9 today' },
      { observables: [], findings: [] },
      {},
    );
    expect(out.findings).toHaveLength(1);
    const f = out.findings[0];
    expect(f?.analyser).toBe('triage');
    expect(f?.kind).toBe('verdict');
    expect(f?.score).toBeGreaterThan(0.5);
    expect(['phishing', 'scam', 'spam']).toContain(f?.label);
    expect(f?.data).toMatchObject({ lang: expect.any(String), model: expect.stringMatching(/^triage-/) });
  });
  it('adds prior impersonation findings as zero-weight corroboration, score unchanged', () => {
    const input = {
      ...base,
      kind: 'email' as const,
      text: 'Please review the attached invoice',
      from: { name: 'PayPal', address: 'a@paypa1.xyz' },
    };
    const plain = triageAnalyser.analyse(input, { observables: [], findings: [] }, {});
    const withPrior = triageAnalyser.analyse(
      input,
      {
        observables: [],
        findings: [{ analyser: 'impersonation', kind: 'lookalike-domain', label: 'paypal.com' }],
      },
      {},
    );
    expect(withPrior.findings[0]?.score).toBe(plain.findings[0]?.score);
    expect(withPrior.findings[0]?.reasons?.at(-1)).toEqual({
      signal: 'impersonation:lookalike-domain',
      weight: 0,
      evidence: 'paypal.com',
    });
  });
  it('skips non-messages and reports unscorable ones', () => {
    expect(
      triageAnalyser.analyse({ ...base, kind: 'file' }, { observables: [], findings: [] }, {}).findings,
    ).toEqual([]);
    expect(
      triageAnalyser.analyse({ ...base, text: '  ' }, { observables: [], findings: [] }, {}).findings[0]
        ?.kind,
    ).toBe('not-scored');
  });
});
