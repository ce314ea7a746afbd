/**
 * @module graph/lsh-pairs
 * Locality-sensitive hashing over MinHash signatures: finds the pairs of messages whose estimated
 * Jaccard similarity reaches a threshold without comparing every pair.
 *
 * Invariant that keeps it linear: within one band bucket, a message is compared with at most
 * `maxCompare` earlier members. Members of a campaign then form a chain or star inside the bucket,
 * which is all connectivity and community detection need; the full clique would be quadratic.
 */
import { isEmptySignature, signatureSimilarity } from './text-signature.js';

export interface LshOptions {
  /** Number of bands; `bands * rows` must not exceed the signature length. */
  bands: number;
  rows: number;
  /** Minimum estimated Jaccard similarity for a pair to be kept. */
  threshold: number;
  /** Comparisons per message per bucket (bounds the work on huge buckets). */
  maxCompare: number;
}

export const DEFAULT_LSH: LshOptions = { bands: 16, rows: 4, threshold: 0.5, maxCompare: 6 };

export interface SimilarPair {
  a: number;
  b: number;
  similarity: number;
}

/**
 * Similar pairs (indices into `signatures`, `a < b`), each once, ordered by `a` then `b`.
 * Candidates from all bands are collected as `a * n + b` in a typed array, sorted and deduplicated
 * before any similarity is computed: a pair met in several bands costs one comparison.
 */
export function lshPairs(
  signatures: ReadonlyArray<Uint32Array>,
  options: LshOptions = DEFAULT_LSH,
): SimilarPair[] {
  const { bands, rows, threshold, maxCompare } = options;
  const n = signatures.length;
  // Pair ids are exact in a double for n < 2^26 messages.
  let candidates = new Float64Array(1024);
  let count = 0;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const sig = signatures[i] as Uint32Array;
      if (isEmptySignature(sig)) continue;
      // Band key: a 52-bit mix of the band's rows (a rare false collision only costs a comparison).
      let h1 = 0x9e3779b1;
      let h2 = 0x85ebca6b;
      for (let r = 0; r < rows; r++) {
        const v = sig[band * rows + r] as number;
        h1 = Math.imul(h1 ^ v, 0x01000193) >>> 0;
        h2 = Math.imul(h2 ^ (v >>> 7) ^ (v << 11), 0x5bd1e995) >>> 0;
      }
      const key = h1 * 0x100000 + (h2 & 0xfffff);
      let bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [i]);
        continue;
      }
      const from = Math.max(0, bucket.length - maxCompare);
      for (let j = from; j < bucket.length; j++) {
        if (count === candidates.length) {
          const grown = new Float64Array(candidates.length * 2);
          grown.set(candidates);
          candidates = grown;
        }
        candidates[count++] = (bucket[j] as number) * n + i;
      }
      bucket.push(i);
      if (bucket.length > maxCompare * 4) bucket = bucket.slice(-maxCompare);
      buckets.set(key, bucket);
    }
  }
  const sorted = candidates.subarray(0, count).sort();
  const pairs: SimilarPair[] = [];
  for (let k = 0; k < count; k++) {
    const id = sorted[k] as number;
    if (k > 0 && id === sorted[k - 1]) continue;
    const a = Math.floor(id / n);
    const b = id - a * n;
    const s = signatureSimilarity(signatures[a] as Uint32Array, signatures[b] as Uint32Array);
    if (s >= threshold) pairs.push({ a, b, similarity: s });
  }
  return pairs;
}
