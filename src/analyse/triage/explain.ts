/**
 * @module analyse/triage/explain
 * Reasons from the model's real contributions: for a linear model, feature j adds exactly
 * `a · w_j · x_j` to the calibrated log-odds (a = Platt slope), so each reason's weight is that
 * number. Engineered signals carry the text that fired them; hashed n-grams are traced back to the
 * words or character fragments of this message that fall in the same bucket. After the reasons for
 * the verdict come the strongest signals against it, so that a ham verdict at 0.4 still shows what
 * pulled it up (their weight's sign is the other way).
 */
import type { Reason } from '../../core/finding.js';
import { bigramBucket, type FeatureVector, forEachCharNgram, HASH_SIZE, wordBucket } from './features.js';
import type { SignalName } from './signals/signal-names.js';

const MAX_REASONS = 6;
/**
 * Counter-reasons: engineered signals only, because a hashed n-gram against the verdict is a word
 * fragment an analyst cannot weigh, and only those that move the odds by a factor of 1.65 or more
 * (0.5 log-odds), so a confident verdict does not list every small pull the other way.
 */
const MAX_COUNTER_REASONS = 2;
const MIN_COUNTER_WEIGHT = 0.5;
/**
 * Signals of a message's form, not its content: nearly every SMS fills a segment and nearly every
 * e-mail has headers, and the intercept offsets what they add, so listed against a verdict they
 * would top most ham SMS's list (10,658 of 11,334 development SMS rows) and say nothing.
 */
const FORM_SIGNALS: ReadonlySet<SignalName> = new Set<SignalName>([
  'fills-sms-segment',
  'has-email-headers',
  'html-only',
  'link',
  'many-links',
]);

/** Placeholders of the normalised text, shown as what they stand for. */
const readable = (s: string): string =>
  s
    .replace(/zzurl/g, '<link>')
    .replace(/zzemail/g, '<e-mail address>')
    .replace(/(?<![\p{L}\p{N}])0(?![\p{L}\p{N}])/gu, '<number>');

/** Human label of each engineered signal, used when the evidence alone would be cryptic. */
function signalEvidence(fv: FeatureVector, name: SignalName): string {
  return fv.signals.find((s) => s.name === name)?.evidence ?? '';
}

/**
 * Top reasons in the direction of the verdict (positive weights for unwanted, negative for ham),
 * then up to two engineered signals that pull the other way.
 * @param contributions feature index -> calibrated log-odds contribution
 */
export function explain(
  fv: FeatureVector,
  contributions: Float64Array,
  signalNames: ReadonlyArray<string>,
  unwanted: boolean,
): Reason[] {
  const order = topK(contributions, unwanted, MAX_REASONS * 2, fv.indices);
  const weights = order.map((k) => Math.round((contributions[k] as number) * 100) / 100);
  const text = new Map<number, { kind: string; text: string }>();
  const traced = new Set<number>();
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < order.length; i++) {
    const j = fv.indices[order[i] as number] as number;
    const weight = weights[i] as number;
    if (weight === 0) continue;
    if (j < HASH_SIZE && !traced.has(j))
      traceNext(fv, order, weights, i, MAX_REASONS - reasons.length, traced, text);
    let reason: Reason | undefined;
    if (j >= HASH_SIZE) {
      const name = signalNames[j - HASH_SIZE] as SignalName;
      reason = { signal: name, weight, evidence: signalEvidence(fv, name) };
    } else {
      const t = text.get(j);
      if (t) reason = { signal: t.kind, weight, evidence: readable(t.text) };
    }
    if (!reason) continue;
    const key = `${reason.signal}\u0000${reason.evidence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reasons.push(reason);
    if (reasons.length >= MAX_REASONS) break;
  }
  return reasons.concat(counterReasons(fv, contributions, signalNames, unwanted));
}

/** The strongest engineered signals against the verdict, largest first (ties by feature index). */
function counterReasons(
  fv: FeatureVector,
  contributions: Float64Array,
  signalNames: ReadonlyArray<string>,
  unwanted: boolean,
): Reason[] {
  const against: Array<{ k: number; name: SignalName }> = [];
  // Signals sit after the hash buckets, and `indices` is sorted: walk back from the end.
  for (let k = fv.indices.length - 1; k >= 0 && (fv.indices[k] as number) >= HASH_SIZE; k--) {
    const c = contributions[k] as number;
    const name = signalNames[(fv.indices[k] as number) - HASH_SIZE] as SignalName;
    if ((unwanted ? -c : c) >= MIN_COUNTER_WEIGHT && !FORM_SIGNALS.has(name)) against.push({ k, name });
  }
  against.sort(
    (a, b) =>
      Math.abs(contributions[b.k] as number) - Math.abs(contributions[a.k] as number) ||
      (fv.indices[a.k] as number) - (fv.indices[b.k] as number),
  );
  return against.slice(0, MAX_COUNTER_REASONS).map(({ k, name }) => ({
    signal: name,
    weight: Math.round((contributions[k] as number) * 100) / 100,
    evidence: signalEvidence(fv, name),
  }));
}

/**
 * Traces the hash buckets among the next `room` reason candidates from position `from` of `order`
 * (those with a non-zero weight), not the whole top list: a bucket's text does not depend on which
 * other buckets are traced with it, and tracing stops as soon as all of them are found, so tracing
 * only the buckets that can still be shown skips most of the walk over the text's character
 * n-grams. Should a duplicate reason leave room, the next candidates are traced when reached.
 */
function traceNext(
  fv: FeatureVector,
  order: ReadonlyArray<number>,
  weights: ReadonlyArray<number>,
  from: number,
  room: number,
  traced: Set<number>,
  text: Map<number, { kind: string; text: string }>,
): void {
  const wanted = new Set<number>();
  for (let i = from, candidates = 0; i < order.length && candidates < room; i++) {
    if (weights[i] === 0) continue;
    candidates++;
    const j = fv.indices[order[i] as number] as number;
    if (j < HASH_SIZE && !traced.has(j)) wanted.add(j);
  }
  for (const [j, t] of traceBuckets(fv, wanted)) text.set(j, t);
  for (const j of wanted) traced.add(j);
}

/**
 * Positions of the `k` largest contributions in the verdict's direction, largest first (ties by
 * feature index, for determinism). One pass with a small sorted list: no full sort.
 */
function topK(contributions: Float64Array, positive: boolean, k: number, indices: Int32Array): number[] {
  const top: number[] = [];
  const better = (a: number, b: number): boolean => {
    const da = Math.abs(contributions[a] as number);
    const db = Math.abs(contributions[b] as number);
    return da > db || (da === db && (indices[a] as number) < (indices[b] as number));
  };
  // Contributions signed so that the verdict's direction is positive: a feature below `bar` (the
  // k-th entry's size once the list is full) can be skipped on one comparison. The signs of the
  // contributions are as good as random, so testing the direction first mispredicted a branch on
  // about every other feature.
  const sign = positive ? 1 : -1;
  let bar = 0;
  for (let i = 0; i < contributions.length; i++) {
    const c = contributions[i] as number;
    if (sign * c < bar) continue;
    if (positive ? c <= 0 : c >= 0) continue;
    if (top.length === k && !better(i, top[k - 1] as number)) continue;
    let pos = top.length === k ? k - 1 : top.length;
    while (pos > 0 && better(i, top[pos - 1] as number)) pos--;
    top.splice(pos, 0, i);
    if (top.length > k) top.pop();
    if (top.length === k) bar = Math.abs(contributions[top[k - 1] as number] as number);
  }
  return top;
}

/** Finds, for each wanted hash bucket, the phrase or text fragment of this message behind it. */
function traceBuckets(
  fv: FeatureVector,
  wanted: ReadonlySet<number>,
): Map<number, { kind: string; text: string }> {
  const found = new Map<number, { kind: string; text: string }>();
  if (wanted.size === 0) return found;
  const t = fv.tokens;
  for (let i = 0; i < t.length && found.size < wanted.size; i++) {
    const w = t[i] as string;
    const wb = wordBucket(w);
    if (wanted.has(wb) && !found.has(wb)) found.set(wb, { kind: 'word', text: w });
    if (i + 1 < t.length) {
      const bb = bigramBucket(w, t[i + 1] as string);
      if (wanted.has(bb) && !found.has(bb)) found.set(bb, { kind: 'phrase', text: `${w} ${t[i + 1]}` });
    }
  }
  if (found.size < wanted.size) {
    const s = ` ${fv.normalised} `;
    forEachCharNgram(s, (b, start, n) => {
      if (wanted.has(b) && !found.has(b)) {
        // Show the fragment inside its surrounding word(s), so "erif" reads as "…verify…".
        const frag = s.slice(start, start + n);
        const from = Math.max(0, s.lastIndexOf(' ', start) + 1);
        const endSpace = s.indexOf(' ', start + n);
        const ctx = s.slice(from, endSpace < 0 ? s.length : endSpace).slice(0, 40);
        found.set(b, {
          kind: 'text-fragment',
          text: ctx.trim() === frag.trim() ? frag.trim() : `"${frag}" in ${ctx}`,
        });
        return found.size === wanted.size;
      }
      return false;
    });
  }
  return found;
}
