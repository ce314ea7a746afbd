/**
 * @module graph/text-signature
 * Near-duplicate detection that survives rewording: messages are normalised (case, URLs, e-mail
 * addresses, numbers and punctuation erased, so rotated links and amounts do not matter), cut into
 * language-agnostic character shingles, and summarised by a MinHash signature.
 *
 * We use one-permutation hashing with rotation densification (Shrivastava & Li, 2014): each
 * shingle is hashed once and lands in one of `k` bins, the bin keeps its minimum; empty bins
 * borrow from the next non-empty one. That costs one hash per shingle instead of `k`, which is
 * what makes 100,000 messages cheap, and estimates Jaccard similarity like classic MinHash.
 */

/** Number of MinHash bins (signature length). */
export const SIGNATURE_SIZE = 64;

const URL_RE = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>"']+/gi;
const EMAIL_RE = /[^\s@<>"']+@[^\s@<>"']+\.[a-z]{2,}/gi;
const NUM_RE = /\p{Nd}+(?:[.,:/-]\p{Nd}+)*/gu;
const NON_WORD_RE = /[^\p{L}\p{M}\p{Nd}]+/gu;

/**
 * Lower-cases and erases what rotates between copies of one campaign: URLs become `u`, e-mail
 * addresses `e`, numbers `0`; punctuation and runs of white space become one space.
 */
export function normaliseText(text: string): string {
  let t = text.normalize('NFKC').toLowerCase();
  // The URL and e-mail patterns backtrack over every word: run them only when they can match.
  if (t.includes('://') || t.includes('www.')) t = t.replace(URL_RE, ' u ');
  if (t.includes('@')) t = t.replace(EMAIL_RE, ' e ');
  return t.replace(NUM_RE, '0').replace(NON_WORD_RE, ' ').trim();
}

/** FNV-1a over UTF-16 code units, finished with a murmur3 mix so low bits are well spread. */
function hashRange(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const EMPTY = 0xffffffff;

/** Distinct hashes of the character `shingle`-grams of the normalised text (a whole short text is one shingle). */
export function shingleHashes(text: string, shingle = 5): Uint32Array {
  const norm = normaliseText(text);
  const n = norm.length;
  if (n === 0) return new Uint32Array(0);
  const last = Math.max(0, n - shingle);
  const out = new Uint32Array(last + 1);
  for (let i = 0; i <= last; i++) out[i] = hashRange(norm, i, Math.min(n, i + shingle));
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[w++] = out[i] as number;
  return out.subarray(0, w);
}

/**
 * MinHash signature over shingle hashes, skipping those `keep` rejects (boilerplate shingles).
 * Deterministic; all bins stay empty (0xffffffff) when nothing is kept.
 */
export function signatureFromHashes(
  hashes: Uint32Array,
  size = SIGNATURE_SIZE,
  keep?: (h: number) => boolean,
): Uint32Array {
  const sig = new Uint32Array(size).fill(EMPTY);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] as number;
    if (keep && !keep(h)) continue;
    const bin = h % size;
    // The bin index uses the low part; compare on the rest so bins are independent.
    const v = Math.floor(h / size);
    if (v < (sig[bin] as number)) sig[bin] = v;
  }
  densify(sig);
  return sig;
}

/** MinHash signature of `text` over its character shingles (see the module comment). */
export function textSignature(text: string, shingle = 5, size = SIGNATURE_SIZE): Uint32Array {
  return signatureFromHashes(shingleHashes(text, shingle), size);
}

/** True when the signature was built from no shingle at all. */
export function isEmptySignature(sig: Uint32Array): boolean {
  return sig.length === 0 || sig[0] === EMPTY;
}

/** Fills empty bins from the next non-empty bin to the right (circular), offset by distance. */
function densify(sig: Uint32Array): void {
  const k = sig.length;
  let any = false;
  for (let i = 0; i < k; i++) if (sig[i] !== EMPTY) any = true;
  if (!any) return;
  const out = sig.slice();
  for (let i = 0; i < k; i++) {
    if (sig[i] !== EMPTY) continue;
    let j = 1;
    while (sig[(i + j) % k] === EMPTY) j++;
    // The offset keeps a borrowed value from matching the bin it came from by accident.
    out[i] = ((sig[(i + j) % k] as number) + j * 0x9e3779b1) >>> 0;
  }
  sig.set(out);
}

/** Estimated Jaccard similarity of the shingle sets behind two signatures. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  const k = Math.min(a.length, b.length);
  if (k === 0 || isEmptySignature(a) || isEmptySignature(b)) return 0;
  for (let i = 0; i < k; i++) if (a[i] === b[i]) same++;
  return same / k;
}
