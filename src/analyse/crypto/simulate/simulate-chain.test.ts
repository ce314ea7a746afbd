import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validateAddress } from '../address/validate-address.js';
import { simulateChain } from './simulate-chain.js';

function run(seed: number) {
  const hash = createHash('sha256');
  const owners = new Map<string, string>();
  const truth = simulateChain(
    {
      seed,
      transactions: 800,
      txPerBlock: 40,
      hops: 4,
      scams: [{ address: '1Bd51FuyA7V76WQ6XB2BtRhzfGAihqYt4c', label: 'scam' }],
    },
    {
      block: (json) => hash.update(json),
      address: (a, e) => owners.set(a, e.kind),
    },
  );
  return { digest: hash.digest('hex'), truth, owners };
}

describe('simulateChain', () => {
  it('is deterministic for a seed and different across seeds', () => {
    const a = run(1);
    expect(run(1).digest).toBe(a.digest);
    expect(run(2).digest).not.toBe(a.digest);
  });
  it('writes valid addresses, every one with an owner, and complete flows', () => {
    const { truth, owners } = run(3);
    expect(truth.transactions).toBeGreaterThanOrEqual(800);
    for (const a of [...owners.keys()].slice(0, 500))
      expect(validateAddress(a, { chain: 'btc' }).valid, a).toBe(true);
    const scam = truth.flows.find((f) => f.seed === '1Bd51FuyA7V76WQ6XB2BtRhzfGAihqYt4c');
    expect(scam?.received.length).toBe(4);
    expect(scam?.hops[0]?.peel).toBeUndefined(); // consolidation first
    expect(scam?.hops.slice(1).every((h) => h.peel && owners.get(h.peel.address) === 'exchange')).toBe(true);
  });
});
