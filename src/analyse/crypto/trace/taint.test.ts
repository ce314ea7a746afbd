import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, fullTaint, propagateBackward, propagateForward } from './taint.js';

describe('allocate', () => {
  it('conserves the amount to the unit and stays proportional within one unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 12 }),
        (amount, weights) => {
          const total = weights.reduce((s, w) => s + w, 0n);
          const shares = allocate(amount, weights);
          if (total === 0n) return shares.every((s) => s === 0n);
          expect(shares.reduce((s, x) => s + x, 0n)).toBe(amount);
          shares.forEach((s, i) => {
            const exact = (amount * (weights[i] as bigint)) / total;
            expect(s - exact >= 0n && s - exact <= 1n).toBe(true);
          });
          return true;
        },
      ),
      { seed: 3, numRuns: 300 },
    );
  });
});

describe('propagateForward', () => {
  // inputs: 60 tainted + 40 clean; outputs 50, 45; fee 5.
  const ins = [60n, 40n];
  const taint = [fullTaint(60n), undefined];
  const outs = [50n, 45n];
  it('haircut splits in proportion, fee included', () => {
    expect(propagateForward('haircut', ins, taint, outs).map((t) => t.amount)).toEqual([30n, 27n, 3n]);
  });
  it('fifo keeps the order: first in, first out', () => {
    const r = propagateForward('fifo', ins, taint, outs);
    expect(r.map((t) => t.amount)).toEqual([50n, 10n, 0n]);
    expect(r[1]?.intervals).toEqual([[0n, 10n]]);
  });
  it('poison taints every output in full', () => {
    expect(propagateForward('poison', ins, taint, outs).map((t) => t.amount)).toEqual([50n, 45n, 5n]);
  });
  it('back: haircut attributes tainted outputs to inputs by value', () => {
    expect(propagateBackward('haircut', ins, outs, [fullTaint(50n), undefined]).map((t) => t.amount)).toEqual(
      [30n, 20n],
    );
    expect(propagateBackward('fifo', ins, outs, [undefined, fullTaint(45n)]).map((t) => t.amount)).toEqual([
      10n,
      35n,
    ]);
  });
});
