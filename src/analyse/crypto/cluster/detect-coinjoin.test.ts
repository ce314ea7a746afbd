import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../test-support/temp-case.js';
import { detectCoinJoin } from './detect-coinjoin.js';

interface EsploraLike {
  vin: Array<{ prevout?: { scriptpubkey_address?: string } }>;
  vout: Array<{ value: number | string }>;
}

/** Reduces a real transaction (Esplora or Core JSON) to the shape the detector reads. */
function shape(file: string): { inputAddresses: number[]; outputValues: number[] } {
  const tx = JSON.parse(readFileSync(fixture(`coinjoin/${file}`), 'utf8')) as EsploraLike;
  const ids = new Map<string, number>();
  const inputAddresses = tx.vin.map((i) => {
    const a = i.prevout?.scriptpubkey_address;
    if (!a) return -1;
    if (!ids.has(a)) ids.set(a, ids.size);
    return ids.get(a) as number;
  });
  // Core JSON values are BTC decimals, Esplora's satoshi integers.
  const outputValues = tx.vout.map((o) =>
    typeof o.value === 'number' && Number.isInteger(o.value) ? o.value : Math.round(Number(o.value) * 1e8),
  );
  return { inputAddresses, outputValues };
}

describe('detectCoinJoin on real transactions', () => {
  it('recognises the Whirlpool 5x5 round', () => {
    expect(detectCoinJoin(shape('whirlpool-coinjoin.json'))).toMatchObject({
      kind: 'whirlpool',
      value: 5_000_000,
      count: 5,
    });
  });
  it('recognises the WabiSabi round (327 in, 279 out)', () => {
    expect(detectCoinJoin(shape('wabisabi-coinjoin.json'))?.kind).toBe('wabisabi');
  });
  it('recognises the 2-party JoinMarket round', () => {
    expect(detectCoinJoin(shape('joinmarket-coinjoin.json'))).toMatchObject({
      kind: 'joinmarket',
      value: 100_420,
      count: 2,
    });
  });
  it('recognises the equal-output rounds graphsense flags (no prevouts: owners unknown)', () => {
    const files = readdirSync(fixture('coinjoin')).filter((f) => /^[0-9a-f]{64}\.json$/.test(f));
    expect(files).toHaveLength(2);
    for (const f of files) expect(detectCoinJoin(shape(f)), f).toBeDefined();
  });
  it.each([
    'batch-withdrawal-143.json',
    'dust-attack-555.json',
    'simple-legacy-p2pkh.json',
    'taproot-op-return.json',
    'taproot-script-path.json',
    'bare-multisig.json',
    'op-return-charley.json',
  ])('does not flag the look-alike %s', (f) => {
    expect(detectCoinJoin(shape(f))).toBeUndefined();
  });
  it('does not flag equal outputs paid from one owner', () => {
    expect(
      detectCoinJoin({ inputAddresses: [7, 7, 7], outputValues: [100_000, 100_000, 100_000, 55_000] }),
    ).toBeUndefined();
  });
});
