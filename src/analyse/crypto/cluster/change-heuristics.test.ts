import { describe, expect, it } from 'vitest';
import { CHANGE_HEURISTICS, type ChangeHeuristic, guessChange } from './change-heuristics.js';

const P2WPKH = 1;
const P2PKH = 2;
const base = {
  inputAddresses: [1, 2],
  inputTypes: [P2WPKH, P2WPKH],
  outputAddresses: [10, 11],
  outputValues: [1_000_000, 2_345_678],
  outputTypes: [P2PKH, P2WPKH],
  seenBefore: (a: number) => a === 10,
};
const only = (h: ChangeHeuristic): Set<ChangeHeuristic> => new Set([h]);

describe('guessChange', () => {
  it('each heuristic alone points at the same change output', () => {
    expect(guessChange(base, only('fresh-address'), 1)).toEqual({
      output: 1,
      by: ['fresh-address'],
      selfChange: false,
    });
    expect(guessChange(base, only('script-type'), 1)).toEqual({
      output: 1,
      by: ['script-type'],
      selfChange: false,
    });
    expect(guessChange(base, only('round-payment'), 1)).toEqual({
      output: 1,
      by: ['round-payment'],
      selfChange: false,
    });
  });
  it('records every agreeing heuristic and honours the vote threshold', () => {
    expect(guessChange(base, new Set(CHANGE_HEURISTICS), 3)?.by).toEqual([
      'fresh-address',
      'script-type',
      'round-payment',
    ]);
    expect(guessChange(base, only('round-payment'), 2)).toBeUndefined();
  });
  it('refuses when enabled heuristics disagree', () => {
    const conflict = { ...base, outputTypes: [P2WPKH, P2PKH] };
    expect(
      guessChange(conflict, new Set<ChangeHeuristic>(['fresh-address', 'script-type']), 1),
    ).toBeUndefined();
  });
  it('address-reuse: a payment back to an input address decides the transaction', () => {
    const self = { ...base, outputAddresses: [10, 2] };
    expect(guessChange(self, new Set(CHANGE_HEURISTICS), 2)).toEqual({
      output: 1,
      by: ['address-reuse'],
      selfChange: true,
    });
  });
  it('abstains on single-output transactions and when every output is fresh', () => {
    expect(
      guessChange(
        { ...base, outputAddresses: [10], outputValues: [5], outputTypes: [P2WPKH] },
        new Set(CHANGE_HEURISTICS),
        1,
      ),
    ).toBeUndefined();
    expect(guessChange({ ...base, seenBefore: () => false }, only('fresh-address'), 1)).toBeUndefined();
  });
});
