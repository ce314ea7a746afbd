/**
 * @module analyse/triage/eval/metrics
 * Ranking and classification metrics: ROC-AUC (ties count half), PR-AUC as average precision,
 * recall at a fixed false-positive rate, macro-F1.
 */

/** ROC-AUC of scores for positives (y=1) vs negatives (y=0); NaN if a class is missing. */
export function rocAuc(scores: ReadonlyArray<number>, y: ReadonlyArray<number>): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let rankSumPos = 0;
  let nPos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1] as number] === scores[idx[i] as number]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (y[idx[k] as number] === 1) {
        rankSumPos += avgRank;
        nPos++;
      }
    }
    i = j + 1;
  }
  const nNeg = idx.length - nPos;
  if (nPos === 0 || nNeg === 0) return Number.NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

/** Average precision (area under the precision-recall curve, step-wise). */
export function prAuc(scores: ReadonlyArray<number>, y: ReadonlyArray<number>): number {
  const idx = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const nPos = y.filter((v) => v === 1).length;
  if (nPos === 0) return Number.NaN;
  let tp = 0;
  let ap = 0;
  idx.forEach((i, rank) => {
    if (y[i] === 1) {
      tp++;
      ap += tp / (rank + 1);
    }
  });
  return ap / nPos;
}

/**
 * Recall at the threshold that lets at most `fpr` of the negatives through (strictly above the
 * negatives' (1-fpr) quantile); NaN without negatives or positives.
 */
export function recallAtFpr(scores: ReadonlyArray<number>, y: ReadonlyArray<number>, fpr: number): number {
  const neg = scores.filter((_, i) => y[i] === 0).sort((a, b) => b - a);
  const pos = scores.filter((_, i) => y[i] === 1);
  if (neg.length === 0 || pos.length === 0) return Number.NaN;
  const allowed = Math.floor(fpr * neg.length);
  const threshold = neg[allowed] as number; // scores must be strictly above this
  return pos.filter((s) => s > threshold).length / pos.length;
}

/** Macro-F1 over the labels present in `truth`. */
export function macroF1(truth: ReadonlyArray<string>, pred: ReadonlyArray<string>): number {
  const labels = [...new Set(truth)].sort();
  let sum = 0;
  for (const l of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    truth.forEach((t, i) => {
      const p = pred[i];
      if (t === l && p === l) tp++;
      else if (p === l) fp++;
      else if (t === l) fn++;
    });
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return labels.length === 0 ? Number.NaN : sum / labels.length;
}
