/**
 * @module analyse/triage/train/oof
 * Out-of-fold scores: each row scored by a model that never saw its group.
 */
import { UNWANTED_CLASSES } from '../model.js';
import { type Featurised, fitLayers, foldOf } from './fit.js';
import { linearScore } from './sgd.js';

export interface OofScore {
  /** Raw unwanted score (before Platt). */
  z: number;
  /** Head probabilities (phishing, scam, spam). */
  head: number[];
}

/** Scores `test` rows with layers fitted on `train` rows. */
export function scoreWith(train: ReadonlyArray<Featurised>, test: ReadonlyArray<Featurised>): OofScore[] {
  const layers = fitLayers(train);
  return test.map((r) => {
    const z = linearScore(layers.unwanted, 0, r.indices, r.values);
    const logits = UNWANTED_CLASSES.map((_, c) => linearScore(layers.head, c, r.indices, r.values));
    const max = Math.max(...logits);
    const exp = logits.map((l) => Math.exp(l - max));
    const sum = exp.reduce((a, b) => a + b, 0);
    return { z, head: exp.map((e) => e / sum) };
  });
}

/** k-fold grouped cross-validation; returns one score per row, in row order. */
export function outOfFoldScores(data: ReadonlyArray<Featurised>, folds: number): OofScore[] {
  const out: OofScore[] = new Array(data.length);
  for (let f = 0; f < folds; f++) {
    const testIdx: number[] = [];
    const train: Featurised[] = [];
    data.forEach((d, i) => {
      if (foldOf(d.row.group, folds) === f) testIdx.push(i);
      else train.push(d);
    });
    const scores = scoreWith(
      train,
      testIdx.map((i) => data[i] as Featurised),
    );
    testIdx.forEach((i, k) => {
      out[i] = scores[k] as OofScore;
    });
  }
  return out;
}

/** Row counts per data set and class, recorded in the manifest. */
export function featurisedSummary(data: ReadonlyArray<Featurised>): Record<string, number> {
  const c: Record<string, number> = {};
  for (const d of data) {
    const k = `${d.row.dataset}/${d.row.label}`;
    c[k] = (c[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(c).sort(([a], [b]) => a.localeCompare(b)));
}
