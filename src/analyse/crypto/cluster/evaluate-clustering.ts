/**
 * @module analyse/crypto/cluster/evaluate-clustering
 * Pairwise precision and recall of a clustering against true owners: of all address pairs put
 * in one cluster, the share truly owned by one entity (precision); of all pairs truly owned by
 * one entity, the share found (recall). Counted with contingency tables, not pairs (O(n)).
 */

export interface ClusterScore {
  addresses: number;
  predictedPairs: number;
  truePairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
}

const pairs = (n: number): number => (n * (n - 1)) / 2;

/**
 * @param items one entry per address: its predicted cluster key and its true owner key
 */
export function evaluateClustering(items: Iterable<{ predicted: number; truth: number }>): ClusterScore {
  const pred = new Map<number, number>();
  const truth = new Map<number, number>();
  const both = new Map<string, number>();
  let n = 0;
  for (const { predicted, truth: t } of items) {
    n++;
    pred.set(predicted, (pred.get(predicted) ?? 0) + 1);
    truth.set(t, (truth.get(t) ?? 0) + 1);
    const k = `${predicted}:${t}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let predictedPairs = 0;
  let truePairs = 0;
  let correctPairs = 0;
  for (const c of pred.values()) predictedPairs += pairs(c);
  for (const c of truth.values()) truePairs += pairs(c);
  for (const c of both.values()) correctPairs += pairs(c);
  return {
    addresses: n,
    predictedPairs,
    truePairs,
    correctPairs,
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
  };
}
