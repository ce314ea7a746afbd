import { describe, expect, it } from 'vitest';
import { DragnetError } from '../../core/errors.js';
import { deserialiseModel, serialiseModel } from './model.js';

const tiny = {
  version: 't',
  hashBits: 2,
  featureCount: 6,
  signals: ['a', 'b'],
  unwanted: { weights: [0.5, -1, 0, 2, 0.25, -0.125], bias: 0.1 },
  head: {
    weights: [
      [1, 0, 0, 0, 0, 0],
      [0, 1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0, 0],
    ],
    bias: [0, 0, 0],
  },
  platt: { a: 1.2, b: -0.3 },
};

describe('model artifact', () => {
  it('round-trips through int16 quantisation within one step', () => {
    const { manifest, weights } = serialiseModel(tiny, {});
    const m = deserialiseModel(manifest, weights);
    for (const [i, w] of tiny.unwanted.weights.entries()) expect(m.unwanted.weights[i]).toBeCloseTo(w, 3);
    expect(m.platt).toEqual(tiny.platt);
    expect(m.head.weights).toHaveLength(3);
  });
  it('serialises deterministically', () => {
    const a = serialiseModel(tiny, {});
    const b = serialiseModel(tiny, {});
    expect(a.manifest).toBe(b.manifest);
    expect(Buffer.compare(a.weights, b.weights)).toBe(0);
  });
  it('refuses weights that do not match the manifest', () => {
    const { manifest, weights } = serialiseModel(tiny, {});
    weights[0] = (weights[0] ?? 0) ^ 1;
    expect(() => deserialiseModel(manifest, weights)).toThrow(DragnetError);
  });
});
