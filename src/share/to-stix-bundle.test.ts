import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticShareInput } from '../../test/fixtures/share/synthetic-share-input.js';
import { parseStixBundle } from './parse-stix-bundle.js';
import { createStixValidator } from './stix-validator.js';
import { toStixBundle } from './to-stix-bundle.js';
import { STIX_SCO_NAMESPACE, uuidV5 } from './uuid-v5.js';

const SCHEMAS = fileURLToPath(new URL('../../test/fixtures/share/stix21/schemas', import.meta.url));
const validator = createStixValidator(SCHEMAS);

describe('toStixBundle', () => {
  const input = syntheticShareInput();
  const bundle = toStixBundle(input);

  it('produces a bundle in which every object is valid against the official schemas', () => {
    expect(bundle.objects.length).toBeGreaterThan(50);
    expect(validator.validateBundle(bundle)).toEqual([]);
  });

  it('is valid for a single campaign too', () => {
    const first = input.campaigns[0];
    if (!first) throw new Error('fixture has campaigns');
    const one = toStixBundle(syntheticShareInput(first.id));
    expect(validator.validateBundle(one)).toEqual([]);
    expect(one.objects.filter((o) => o.type === 'campaign')).toHaveLength(1);
    expect(one.objects.filter((o) => o.type === 'indicator').length).toBeLessThan(
      bundle.objects.filter((o) => o.type === 'indicator').length,
    );
  });

  it('carries what STIX lacks through the extension: IBAN, phone and wallet SCOs, verdicts', () => {
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const t of ['identity', 'extension-definition', 'campaign', 'indicator', 'relationship', 'report'])
      expect(types).toContain(t);
    for (const t of [
      'bank-account',
      'phone-number',
      'cryptocurrency-wallet',
      'url',
      'domain-name',
      'ipv4-addr',
      'file',
    ])
      expect(types).toContain(t);
    const wallet = bundle.objects.find((o) => o.type === 'cryptocurrency-wallet' && o.chain === 'ETH');
    expect(wallet?.value).toBe('0x52908400098527886e0f7030069857d2e4169ee7');
    const iban = bundle.objects.find(
      (o) => o.type === 'indicator' && String(o.pattern).includes('bank-account:iban'),
    );
    expect(iban?.pattern).toBe("[bank-account:iban = 'GB82WEST12345698765432']");
  });

  it('uses deterministic ids: STIX SCO ids by the spec, UUIDv5 for the rest, same case => same bytes', () => {
    const url = bundle.objects.find((o) => o.type === 'url');
    expect(url?.id).toBe(`url--${uuidV5(JSON.stringify({ value: url?.value }), STIX_SCO_NAMESPACE)}`);
    expect(JSON.stringify(toStixBundle(syntheticShareInput()))).toBe(JSON.stringify(bundle));
    const ids = bundle.objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes timestamps from the data or the injected clock, never from the wall clock', () => {
    const report = bundle.objects.find((o) => o.type === 'report');
    // The latest time in the data: here the case's creation, after every message.
    expect(report?.published).toBe('2026-03-01T08:00:00.000Z');
    const clocked = toStixBundle(input, { now: () => '2026-05-05T05:05:05.000Z' });
    expect(clocked.objects.find((o) => o.type === 'report')?.published).toBe('2026-05-05T05:05:05.000Z');
  });

  it('never exports what triage judged ham', () => {
    expect(JSON.stringify(bundle)).not.toContain('friend0@example.org');
  });

  it('round-trips through import: the bundle names exactly the exported indicators', () => {
    const res = parseStixBundle(JSON.stringify(bundle), 'ours.json');
    if (!res.ok) throw new Error(res.problems[0]?.message);
    expect(res.value.errors).toEqual([]);
    const imported = new Set(res.value.indicators.map((i) => `${i.type} ${i.value}`));
    expect(imported).toEqual(new Set(input.indicators.map((i) => `${i.type} ${i.value}`)));
  });
});

describe('uuidV5', () => {
  it('matches the RFC 4122 / Python uuid5 vector for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});

describe('toStixBundle on awkward values', () => {
  const vals: [string, string][] = [
    ['url', "https://evil.example/it's%5Ca'test?q=%22x%22"],
    ['url', 'http://[2001:db8::1]/login'],
    ['domain', 'xn--bcher-kva.example'],
    ['ipv6', '2001:db8::1'],
    ['eth', '0x52908400098527886e0f7030069857d2e4169ee7'],
    ['trx', 'TQ4b6bSsN7nFDJGdvWkNXV6jt8VKPmCUdq'],
    ['xmr', `4${'A'.repeat(94)}`],
    ['sha1', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['bic', 'DEUTDEFF'],
    ['onion', 'abcdefghijklmnopabcdefghijklmnopabcdefghijklmnopabcd.onion'],
    ['telegram', 'o_brien'],
  ];
  const input = {
    caseId: 'awkward',
    caseName: 'Awkward',
    createdAt: '2026-01-01T00:00:00.000Z',
    messages: [],
    campaigns: [],
    indicators: vals.map(([type, value]) => ({
      type,
      value,
      evidence: ['e1'],
      first_seen: '2026-01-02T00:00:00.000Z',
      last_seen: '2026-01-01T00:00:00.000Z', // out of order on purpose: modified must still be >= created
      campaigns: [],
      verdicts: {},
    })),
  };

  it('stays schema-valid and round-trips exactly (case-sensitive base58 wallets, onion services, quotes)', () => {
    const bundle = toStixBundle(input);
    expect(validator.validateBundle(bundle)).toEqual([]);
    const res = parseStixBundle(JSON.stringify(bundle), 'awkward.json');
    if (!res.ok) throw new Error('rejected');
    expect(new Set(res.value.indicators.map((i) => `${i.type} ${i.value}`))).toEqual(
      new Set(vals.map(([t, v]) => `${t} ${v}`)),
    );
  });
});
