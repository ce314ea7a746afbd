/**
 * @module analyse/triage/train/sgd
 * Sparse logistic and softmax regression trained with AdaGrad and L2 (applied to the features a
 * row touches, the usual sparse approximation). Deterministic: the order comes from a seeded
 * shuffle and arithmetic is in Float64.
 */

import { seededRng, shuffle } from '../../../core/seeded-rng.js';
import { HASH_SIZE } from '../features.js';
import type { SignalConstraint } from '../signals/signal-names.js';

export interface SparseRow {
  indices: Int32Array;
  values: Float32Array;
  /** Class index (0/1 for binary). */
  y: number;
  /** Sample weight. */
  weight: number;
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 on the hashed n-gram block. */
  l2: number;
  /** L2 on the engineered signals (from `signalStart` on): weaker, so that they carry the model. */
  l2Signals: number;
  signalStart: number;
  seed: number;
  /**
   * Per-feature constraints of the binary model (engineered signals only): `min` and `max` are
   * bounds kept after every update (projected AdaGrad), `prior` the value L2 pulls towards instead
   * of 0 (and the start value). See `SIGNAL_CONSTRAINTS` in `signals/signal-names.ts` for why.
   */
  constraints?: ReadonlyMap<number, SignalConstraint>;
  /** Softmax only: per class, the value L2 pulls a signal's weight towards (and starts it at). */
  classPriors?: ReadonlyArray<ReadonlyMap<number, number>>;
  /**
   * Keeps the n-gram block (indices below `signalStart`) at zero mean during training (projected
   * AdaGrad; see `trainLogistic`), so that "any n-gram at all" cannot become evidence.
   */
  centreNgrams?: boolean;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 5,
  learningRate: 0.3,
  l2: Number(process.env.TRIAGE_L2 ?? 1.5e-4),
  l2Signals: 1e-6,
  signalStart: HASH_SIZE,
  // `TRIAGE_SEED=n` trains with another row-order seed (to see how much a figure moves by chance).
  seed: Number(process.env.TRIAGE_SEED ?? 20261125),
  // `TRIAGE_CENTRE=0` (with `TRIAGE_L2=3e-4`) trains as before 2026-12-05's zero-mean change.
  centreNgrams: process.env.TRIAGE_CENTRE !== '0',
};

export interface LinearModel {
  /** One weight vector per class (one for binary logistic regression). */
  weights: Float64Array[];
  bias: Float64Array;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Binary logistic regression: one weight vector, `y` in {0,1}. */
export function trainLogistic(
  rows: ReadonlyArray<SparseRow>,
  dim: number,
  opts = DEFAULT_TRAIN,
): LinearModel {
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim).fill(1e-8);
  const cons = opts.constraints;
  if (cons) for (const [j, c] of cons) w[j] = c.prior ?? 0;
  let bias = 0;
  let gb2 = 1e-8;
  const rand = seededRng(opts.seed);
  const order = rows.map((_, i) => i);
  // Zero-mean n-gram block (projected AdaGrad, exact with sparse updates): the effective weight of
  // bucket j is w[j] - offset; a step d on bucket j adds d to w[j] and d / n to the offset, i.e. the
  // step projected onto {sum of the block = 0}. Without it the block learns a negative mean
  // ("any n-gram is ham evidence"), and as each block is L2-normalised its sum over a text whose
  // n-grams are all new grows like sqrt(distinct n-grams) x mean: long text in an unseen script
  // or style scored ham.
  const n = opts.signalStart;
  const centre = opts.centreNgrams === true && n > 0;
  let offset = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const r = rows[i] as SparseRow;
      let z = bias;
      for (let k = 0; k < r.indices.length; k++) {
        const j = r.indices[k] as number;
        z += ((w[j] as number) - (j < n ? offset : 0)) * (r.values[k] as number);
      }
      const g = (sigmoid(z) - r.y) * r.weight;
      gb2 += g * g;
      bias -= (opts.learningRate * g) / Math.sqrt(gb2);
      for (let k = 0; k < r.indices.length; k++) {
        const j = r.indices[k] as number;
        const wj = w[j] as number;
        if (j < n) {
          const gj = g * (r.values[k] as number) + opts.l2 * (wj - offset);
          const acc = (g2[j] as number) + gj * gj;
          g2[j] = acc;
          const step = (opts.learningRate * gj) / Math.sqrt(acc);
          w[j] = wj - step;
          if (centre) offset -= step / n;
          continue;
        }
        const c = cons?.get(j);
        const gj = g * (r.values[k] as number) + opts.l2Signals * (wj - (c?.prior ?? 0));
        const acc = (g2[j] as number) + gj * gj;
        g2[j] = acc;
        const next = wj - (opts.learningRate * gj) / Math.sqrt(acc);
        w[j] =
          c?.min !== undefined && next < c.min ? c.min : c?.max !== undefined && next > c.max ? c.max : next;
      }
    }
  }
  if (offset !== 0) for (let j = 0; j < n; j++) w[j] = (w[j] as number) - offset;
  return { weights: [w], bias: Float64Array.of(bias) };
}

/** Multinomial (softmax) regression over `classes` classes, `y` in [0, classes). */
export function trainSoftmax(
  rows: ReadonlyArray<SparseRow>,
  dim: number,
  classes: number,
  opts = DEFAULT_TRAIN,
): LinearModel {
  const ws = Array.from({ length: classes }, () => new Float64Array(dim));
  const g2s = Array.from({ length: classes }, () => new Float64Array(dim).fill(1e-8));
  const priors = opts.classPriors;
  priors?.forEach((m, c) => {
    for (const [j, v] of m) (ws[c] as Float64Array)[j] = v;
  });
  const bias = new Float64Array(classes);
  const gb2 = new Float64Array(classes).fill(1e-8);
  const rand = seededRng(opts.seed + 1);
  const order = rows.map((_, i) => i);
  const z = new Float64Array(classes);
  // Per-class zero-mean n-gram block, as in `trainLogistic`.
  const n = opts.signalStart;
  const centre = opts.centreNgrams === true && n > 0;
  const offsets = new Float64Array(classes);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const r = rows[i] as SparseRow;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        const w = ws[c] as Float64Array;
        const off = offsets[c] as number;
        let s = bias[c] as number;
        for (let k = 0; k < r.indices.length; k++) {
          const j = r.indices[k] as number;
          s += ((w[j] as number) - (j < n ? off : 0)) * (r.values[k] as number);
        }
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        z[c] = Math.exp((z[c] as number) - max);
        sum += z[c] as number;
      }
      for (let c = 0; c < classes; c++) {
        const g = ((z[c] as number) / sum - (c === r.y ? 1 : 0)) * r.weight;
        if (g === 0) continue;
        gb2[c] = (gb2[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (opts.learningRate * g) / Math.sqrt(gb2[c] as number);
        const w = ws[c] as Float64Array;
        const g2 = g2s[c] as Float64Array;
        let off = offsets[c] as number;
        for (let k = 0; k < r.indices.length; k++) {
          const j = r.indices[k] as number;
          const wj = w[j] as number;
          const gj =
            g * (r.values[k] as number) +
            (j < n ? opts.l2 * (wj - off) : opts.l2Signals * (wj - (priors?.[c]?.get(j) ?? 0)));
          const acc = (g2[j] as number) + gj * gj;
          g2[j] = acc;
          const step = (opts.learningRate * gj) / Math.sqrt(acc);
          w[j] = wj - step;
          if (centre && j < n) off -= step / n;
        }
        offsets[c] = off;
      }
    }
  }
  offsets.forEach((off, c) => {
    if (off === 0) return;
    const w = ws[c] as Float64Array;
    for (let j = 0; j < n; j++) w[j] = (w[j] as number) - off;
  });
  return { weights: ws, bias };
}

/** Raw linear score of one row under weight vector `c`. */
export function linearScore(m: LinearModel, c: number, indices: Int32Array, values: Float32Array): number {
  const w = m.weights[c] as Float64Array;
  let s = m.bias[c] as number;
  for (let k = 0; k < indices.length; k++) s += (w[indices[k] as number] as number) * (values[k] as number);
  return s;
}
