/**
 * @module analyse/triage/features
 * Turns a message into the model's sparse feature vector:
 * - hashed character 2–5-grams of the normalised text (script-agnostic: works for Thai or Chinese
 *   without a word segmenter), log-TF, L2-normalised;
 * - hashed word unigrams and bigrams, log-TF, L2-normalised;
 * - the engineered signals (links, phones, money, lexicon cues, headers, HTML), after the hash block.
 *
 * Invariant: the same function runs in training and at run time; nothing reads letter case.
 */
import { type CueIndex, matchCues } from './cue-matcher.js';
import { FNV_OFFSET, fnv1a, fnvStep } from './hash.js';
import type { CueCategory } from './lexicons/index.js';
import type { TriageMessage } from './message.js';
import { normaliseText, tokenise } from './normalise.js';
import { contentSignals } from './signals/content-signals.js';
import { headerSignals } from './signals/header-signals.js';
import { htmlSignals, htmlToPlain } from './signals/html-signals.js';
import { linkSignals } from './signals/link-signals.js';
import { SIGNAL_INDEX, SIGNAL_NAMES, type SignalHit, type SignalName } from './signals/signal-names.js';

/** Hash space of the n-gram block: 2^18 buckets. */
export const HASH_BITS = 18;
export const HASH_SIZE = 1 << HASH_BITS;
/** Total feature count: hash block + signals. */
export const FEATURE_COUNT = HASH_SIZE + SIGNAL_NAMES.length;

/** Limits that bound the cost of one message whatever its size (a 50 MB mail costs as a 100 kB one). */
export const MAX_BODY_CHARS = 100_000;
const MAX_CHAR_NGRAM_CHARS = 2_000;
const MAX_WORDS = 3_000;
const CHAR_N_MIN = 2;
const CHAR_N_MAX = 5;
const WORD_SEED = fnv1a('word:');
const BIGRAM_SEED = fnv1a('bigram:');

const CUE_SIGNAL: Readonly<Record<CueCategory, SignalName>> = {
  credential: 'credential-request',
  account: 'account-lure',
  urgency: 'urgency',
  threat: 'threat',
  payment: 'payment-request',
  prize: 'prize-or-gift',
  marketing: 'marketing',
  delivery: 'delivery',
  investment: 'investment',
  contact: 'contact-request',
};

export interface FeatureVector {
  /** Sorted, distinct feature indices. */
  indices: Int32Array;
  values: Float32Array;
  /** The engineered signals that fired, with their evidence (for reasons). */
  signals: SignalHit[];
  /** Normalised text the n-grams were taken from (for explaining n-gram features). */
  normalised: string;
  tokens: string[];
}

/** Hash bucket of a word unigram or bigram (exported so explanations can find it again). */
export const wordBucket = (word: string): number => fnv1a(word, WORD_SEED) & (HASH_SIZE - 1);
export const bigramBucket = (a: string, b: string): number =>
  fnv1a(`${a} ${b}`, BIGRAM_SEED) & (HASH_SIZE - 1);

/** Calls `emit(bucket, start, n)` for every character n-gram of `s` (UTF-16 units). */
export function forEachCharNgram(s: string, emit: (bucket: number, start: number, n: number) => void): void {
  const len = Math.min(s.length, MAX_CHAR_NGRAM_CHARS);
  for (let i = 0; i < len; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < CHAR_N_MAX && i + k < len; k++) {
      h = fnvStep(h, s.charCodeAt(i + k));
      if (k + 1 >= CHAR_N_MIN) emit(fnvStep(h, 0x100 + k) & (HASH_SIZE - 1), i, k + 1);
    }
  }
}

/**
 * Sparse accumulator over the whole feature space, reused between calls (scoring is synchronous,
 * so one per process is safe). Typed arrays instead of Maps: this is the hot loop of scoring.
 */
class Accumulator {
  private readonly count = new Float64Array(FEATURE_COUNT);
  private readonly value = new Float64Array(FEATURE_COUNT);
  private readonly inAll = new Uint8Array(FEATURE_COUNT);
  private block: number[] = [];
  private all: number[] = [];

  /** Counts one occurrence of `bucket` in the current block. */
  add(bucket: number): void {
    if (this.count[bucket] === 0) this.block.push(bucket);
    this.count[bucket] = (this.count[bucket] as number) + 1;
  }

  /** Closes the current block: log-TF, L2-normalised, added to the vector. */
  closeBlock(): void {
    let norm = 0;
    for (const b of this.block) {
      const c = this.count[b] as number;
      const v = c === 1 ? 1 : 1 + Math.log(c);
      this.count[b] = v;
      norm += v * v;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (const b of this.block) {
      this.set(b, (this.value[b] as number) + (this.count[b] as number) * inv);
      this.count[b] = 0;
    }
    this.block = [];
  }

  set(index: number, v: number): void {
    if (this.inAll[index] === 0) {
      this.inAll[index] = 1;
      this.all.push(index);
    }
    this.value[index] = v;
  }

  /** The vector so far, sorted by index; resets the accumulator. */
  take(): { indices: Int32Array; values: Float32Array } {
    const indices = Int32Array.from(this.all).sort();
    const values = new Float32Array(indices.length);
    for (let i = 0; i < indices.length; i++) {
      const j = indices[i] as number;
      values[i] = this.value[j] as number;
      this.value[j] = 0;
      this.inAll[j] = 0;
    }
    this.all = [];
    return { indices, values };
  }
}

const acc = new Accumulator();

/** The message body as plain text, bounded in size (HTML-only mails use their HTML's text). */
export function bodyText(msg: TriageMessage): string {
  const text = msg.text.trim() !== '' ? msg.text : msg.html ? htmlToPlain(msg.html) : '';
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}

/** Computes the feature vector of one message. */
export function extractFeatures(msg: TriageMessage, cues: CueIndex): FeatureVector {
  const body = bodyText(msg);
  const full = msg.subject ? `${msg.subject}\n${body}` : body;
  const normalised = normaliseText(full);
  const tokens = tokenise(normalised).slice(0, MAX_WORDS);

  forEachCharNgram(` ${normalised} `, (b) => acc.add(b));
  acc.closeBlock();
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] as string;
    acc.add(wordBucket(w));
    if (i + 1 < tokens.length) acc.add(bigramBucket(w, tokens[i + 1] as string));
  }
  acc.closeBlock();

  const signals: SignalHit[] = [
    ...linkSignals(full, msg.html),
    ...contentSignals(full),
    ...headerSignals(msg.from, msg.replyTo, msg.headers),
    ...htmlSignals(msg.html, msg.text.trim() !== ''),
  ];
  const byCategory = new Map<CueCategory, string[]>();
  for (const hit of matchCues(cues, normalised, tokens)) {
    const list = byCategory.get(hit.category) ?? [];
    if (!list.includes(hit.term)) list.push(hit.term);
    byCategory.set(hit.category, list);
  }
  for (const [cat, terms] of byCategory) {
    signals.push({
      name: CUE_SIGNAL[cat],
      value: Math.log2(1 + terms.length),
      evidence: terms.slice(0, 4).join(', '),
    });
  }
  for (const s of signals) acc.set(HASH_SIZE + SIGNAL_INDEX[s.name], s.value);
  const { indices, values } = acc.take();
  return { indices, values, signals, normalised, tokens };
}
