import { describe, expect, it } from 'vitest';
import { applyPlatt, fitPlatt } from '../train/calibrate.js';
import { macroF1, prAuc, recallAtFpr, rocAuc } from './metrics.js';

describe('metrics', () => {
  it('ROC-AUC counts ties as half and is 1 for a perfect ranking', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75);
    expect(rocAuc([0.5, 0.5], [0, 1])).toBeCloseTo(0.5);
    expect(rocAuc([0.1, 0.9], [0, 1])).toBe(1);
  });
  it('average precision matches a hand computation', () => {
    // ranking: 1(pos) 0.8(neg) 0.6(pos): AP = (1/1 + 2/3)/2
    expect(prAuc([1, 0.8, 0.6], [1, 0, 1])).toBeCloseTo((1 + 2 / 3) / 2);
  });
  it('recall at FPR uses a threshold strictly above the allowed negatives', () => {
    const neg = Array.from({ length: 100 }, (_, i) => i / 100);
    const scores = [...neg, 0.995, 0.985, 0.5];
    const y = [...neg.map(() => 0), 1, 1, 1];
    expect(recallAtFpr(scores, y, 0.01)).toBeCloseTo(2 / 3);
  });
  it('macro-F1 averages per-class F1', () => {
    expect(macroF1(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b'])).toBeCloseTo((2 / 3 + 0.8) / 2);
  });
  it('Platt scaling maps separated scores to confident, ordered probabilities', () => {
    const z = [-3, -2, -2.5, -1, 1, 2, 3, 2.5];
    const y = [0, 0, 0, 0, 1, 1, 1, 1];
    const p = fitPlatt(z, y);
    expect(applyPlatt(p, 3)).toBeGreaterThan(0.8);
    expect(applyPlatt(p, -3)).toBeLessThan(0.2);
    expect(p.a).toBeGreaterThan(0);
  });
});
