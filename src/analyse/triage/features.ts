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
import { FREEMAIL_DOMAINS } from './signals/brands.js';
import { contentSignals } from './signals/content-signals.js';
import { familyImpersonation } from './signals/family-impersonation.js';
import { headerSignals, senderDomain } from './signals/header-signals.js';
import { htmlSignals, htmlToPlain } from './signals/html-signals.js';
import { linkSignals, sameOwner, senderDomainRisk } from './signals/link-signals.js';
import { dampOneTimeCodeNotice } from './signals/one-time-code.js';
import {
  CONTACT_CHANNEL_SIGNALS,
  SIGNAL_INDEX,
  SIGNAL_NAMES,
  type SignalHit,
  type SignalName,
} from './signals/signal-names.js';
import { dampTransactionNotice } from './signals/transaction-notice.js';
import { sortPackedKeys } from './sort-packed.js';

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
  extortion: 'extortion',
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
/** Same value as hashing `${a} ${b}`, without building that string (this runs for every word). */
export const bigramBucket = (a: string, b: string): number =>
  fnv1a(b, fnvStep(fnv1a(a, BIGRAM_SEED), 0x20)) & (HASH_SIZE - 1);

/**
 * Calls `emit(bucket, start, n)` for every character n-gram of `s` (UTF-16 units), in order, until
 * `emit` returns true (a caller looking for a few buckets stops when it has them).
 */
export function forEachCharNgram(
  s: string,
  emit: (bucket: number, start: number, n: number) => unknown,
): void {
  const len = Math.min(s.length, MAX_CHAR_NGRAM_CHARS);
  for (let i = 0; i < len; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < CHAR_N_MAX && i + k < len; k++) {
      h = fnvStep(h, s.charCodeAt(i + k));
      if (k + 1 >= CHAR_N_MIN && emit(fnvStep(h, 0x100 + k) & (HASH_SIZE - 1), i, k + 1) === true) return;
    }
  }
}

/**
 * Sparse accumulator, reused between calls (scoring is synchronous, so one per process is safe);
 * exported only so a test can hold `addCharNgrams` to `forEachCharNgram`.
 * A small open-addressing table (a few thousand slots, fits the CPU cache) instead of arrays over
 * the whole 2^18 feature space, whose random access cost more than the hashing itself.
 */
export class Accumulator {
  private bits = 14;
  private capacity = 1 << this.bits;
  /** Slot -> feature index + 1 (0 = empty). */
  private keys = new Int32Array(this.capacity);
  /** Occurrences in the current block (integers: 4 bytes a slot, not a float64's 8). */
  private count = new Int32Array(this.capacity);
  private value = new Float64Array(this.capacity);
  /**
   * Slots of the current block and of the whole vector, in first-seen order, as typed stacks
   * (`blockSize`, `size` entries used) reused from message to message: JS arrays grown from
   * empty for every block cost allocations and garbage on every message. The table is kept at
   * most half full, so half its capacity bounds both (and the scratch arrays below).
   */
  private block = new Int32Array(this.capacity >> 1);
  private blockSize = 0;
  private all = new Int32Array(this.capacity >> 1);
  private size = 0;
  /** Log-TF of the block's slots by position in `block`, between the two passes of `closeBlock`. */
  private tf = new Float64Array(this.capacity >> 1);
  /** Packed (index, position) keys sorted by `take`. */
  private packed = new Uint32Array(this.capacity >> 1);

  private slotOf(index: number): number {
    const mask = this.capacity - 1;
    let slot = Math.imul(index, 0x9e3779b1) >>> (32 - this.bits);
    for (;;) {
      const k = this.keys[slot] as number;
      if (k === index + 1) return slot;
      if (k === 0) {
        // Kept at most half full: grow before inserting.
        if (this.size * 2 >= this.capacity) {
          this.grow();
          return this.slotOf(index);
        }
        this.keys[slot] = index + 1;
        this.all[this.size++] = slot;
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldCount = this.count;
    const oldValue = this.value;
    const oldAll = this.all;
    const oldSize = this.size;
    const remap = new Map<number, number>();
    this.bits++;
    this.capacity = 1 << this.bits;
    this.keys = new Int32Array(this.capacity);
    this.count = new Int32Array(this.capacity);
    this.value = new Float64Array(this.capacity);
    this.all = new Int32Array(this.capacity >> 1);
    this.size = 0;
    this.tf = new Float64Array(this.capacity >> 1);
    this.packed = new Uint32Array(this.capacity >> 1);
    for (let i = 0; i < oldSize; i++) {
      const old = oldAll[i] as number;
      const slot = this.slotOf((oldKeys[old] as number) - 1);
      this.count[slot] = oldCount[old] as number;
      this.value[slot] = oldValue[old] as number;
      remap.set(old, slot);
    }
    const oldBlock = this.block;
    this.block = new Int32Array(this.capacity >> 1);
    for (let b = 0; b < this.blockSize; b++) this.block[b] = remap.get(oldBlock[b] as number) as number;
  }

  /**
   * Counts one occurrence of `bucket` in the current block. The probe is written out here rather
   * than calling `slotOf`: `dragnet score` caps V8's inlining budget, under which the call stayed
   * a call on every word.
   */
  add(bucket: number): void {
    const key = bucket + 1;
    const keys = this.keys;
    const mask = this.capacity - 1;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> (32 - this.bits);
    let k = keys[slot] as number;
    while (k !== key && k !== 0) {
      slot = (slot + 1) & mask;
      k = keys[slot] as number;
    }
    if (k === 0) {
      if (this.size * 2 >= this.capacity) {
        this.grow();
        this.add(bucket);
        return;
      }
      keys[slot] = key;
      this.all[this.size++] = slot;
    }
    const c = this.count[slot] as number;
    if (c === 0) this.block[this.blockSize++] = slot;
    this.count[slot] = c + 1;
  }

  /** Closes the current block: log-TF, L2-normalised, added to the vector. */
  closeBlock(): void {
    const { block, count, value, tf } = this;
    const n = this.blockSize;
    let norm = 0;
    for (let b = 0; b < n; b++) {
      const c = count[block[b] as number] as number;
      const v = c === 1 ? 1 : 1 + Math.log(c);
      tf[b] = v;
      norm += v * v;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let b = 0; b < n; b++) {
      const s = block[b] as number;
      value[s] = (value[s] as number) + (tf[b] as number) * inv;
      count[s] = 0;
    }
    this.blockSize = 0;
  }

  set(index: number, v: number): void {
    this.value[this.slotOf(index)] = v;
  }

  /** The vector so far, sorted by index; resets the accumulator. */
  take(): { indices: Int32Array; values: Float32Array } {
    const n = this.size;
    const { all, keys, value } = this;
    const indices = new Int32Array(n);
    const values = new Float32Array(n);
    if (n <= MAX_PACKED) {
      // (index, position) pairs packed in one uint32 (index < 2^19, position < 2^13) and sorted
      // natively, so each value is found by its position, not by a second hash probe.
      const packed = this.packed.subarray(0, n);
      for (let i = 0; i < n; i++) packed[i] = (((keys[all[i] as number] as number) - 1) << POS_BITS) | i;
      sortPackedKeys(packed);
      for (let i = 0; i < n; i++) {
        const p = packed[i] as number;
        indices[i] = p >>> POS_BITS;
        values[i] = value[all[p & (MAX_PACKED - 1)] as number] as number;
      }
    } else {
      for (let i = 0; i < n; i++) indices[i] = (keys[all[i] as number] as number) - 1;
      indices.sort();
      for (let i = 0; i < n; i++) values[i] = value[this.slotOf(indices[i] as number)] as number;
    }
    for (let i = 0; i < n; i++) {
      const slot = all[i] as number;
      keys[slot] = 0;
      value[slot] = 0;
    }
    this.size = 0;
    return { indices, values };
  }

  /**
   * Counts the `wordBucket` of every token and the `bigramBucket` of every pair of neighbours, in
   * the order word 0, bigram 0-1, word 1, bigram 1-2, … One pass over each token's characters
   * feeds its three hashes (as a word, as the first and as the second word of a bigram) instead
   * of three calls that each walk it again.
   */
  addWords(tokens: ReadonlyArray<string>): void {
    let first = 0;
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i] as string;
      let word = WORD_SEED;
      let asFirst = BIGRAM_SEED;
      let asSecond = fnvStep(first, 0x20);
      for (let c = 0; c < w.length; c++) {
        const code = w.charCodeAt(c);
        word = fnvStep(word, code);
        asFirst = fnvStep(asFirst, code);
        asSecond = fnvStep(asSecond, code);
      }
      if (i > 0) this.add(asSecond & (HASH_SIZE - 1));
      this.add(word & (HASH_SIZE - 1));
      first = asFirst;
    }
  }

  /**
   * Counts every character n-gram of `s`, as `forEachCharNgram` enumerates them: `add` written
   * out in the loop, with the table's arrays in locals (a long mail has ~8,000 n-grams).
   */
  addCharNgrams(s: string): void {
    const len = Math.min(s.length, MAX_CHAR_NGRAM_CHARS);
    let { keys, count, all, block, size, blockSize, capacity } = this;
    let shift = 32 - this.bits;
    for (let i = 0; i < len; i++) {
      let h = FNV_OFFSET;
      for (let n = 0; n < CHAR_N_MAX && i + n < len; n++) {
        h = fnvStep(h, s.charCodeAt(i + n));
        if (n + 1 < CHAR_N_MIN) continue;
        const bucket = fnvStep(h, 0x100 + n) & (HASH_SIZE - 1);
        const key = bucket + 1;
        let slot = Math.imul(bucket, 0x9e3779b1) >>> shift;
        let k = keys[slot] as number;
        while (k !== key && k !== 0) {
          slot = (slot + 1) & (capacity - 1);
          k = keys[slot] as number;
        }
        if (k === 0) {
          if (size * 2 >= capacity) {
            this.size = size;
            this.blockSize = blockSize;
            this.add(bucket); // grows the table, then counts
            ({ keys, count, all, block, size, blockSize, capacity } = this);
            shift = 32 - this.bits;
            continue;
          }
          keys[slot] = key;
          all[size++] = slot;
        }
        const c = count[slot] as number;
        if (c === 0) block[blockSize++] = slot;
        count[slot] = c + 1;
      }
    }
    this.size = size;
    this.blockSize = blockSize;
  }
}

const POS_BITS = 13;
const MAX_PACKED = 1 << POS_BITS;

const acc = new Accumulator();

/**
 * The message body as plain text, bounded in size (HTML-only mails use their HTML's text), then
 * the text of its document attachments: the reader meets the lure wherever it sits.
 */
export function bodyText(msg: TriageMessage): string {
  const own = msg.text.trim() !== '' ? msg.text : msg.html ? htmlToPlain(msg.html) : '';
  const text = msg.attachmentText ? `${own}\n\n${msg.attachmentText}` : own;
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}

/**
 * Share of its weight a cue keeps in mail from a consistent sender (team-set: the training data has
 * no Authentication-Results header to learn it from). A phone number is a lure when an unverifiable
 * sender asks you to call it; from a verified sender it is mostly a signature or a hotline. "Log in
 * to your account", "confirm", "payment" are lures when the sender is not who it claims or the link
 * leads elsewhere; from a sender whose links all stay on its own domain they are an ordinary
 * receipt, password reset or sign-in alert, so these `aligned` cues also need the links and the
 * sender's domain itself to look clean.
 *
 * `unverified` is the share when no Authentication-Results vouches for the From domain and none
 * fails (the receiver wrote none, or the mail was exported without them). A phishing mail must send
 * its victim somewhere the attacker controls: a link elsewhere, a form, a Reply-To, a phone number,
 * a messenger or wallet. One that spoofs `From: paypal.com` and links only to paypal.com gains
 * nothing, which is what authentication mostly guards against; so with every such channel absent or
 * on the sender's own, clean domain, the aligned cues keep half their weight. An attacker's own
 * domain linking to itself is the residual risk (kit-like, look-alike, risky-TLD From domains are
 * excluded), hence the weaker factor; the phone number, a channel, is never damped unverified.
 *
 * "Delivery", "shipping", "parcel" are the order confirmation and shipping notice of every shop and
 * carrier, and a lure only from someone else: damped for an authenticated sender with aligned links,
 * never for an unverified one (parcel-fee fraud is the commonest lure of a sender nobody vouches for,
 * and a spoofed carrier From linking to a look-alike is already excluded by the link check).
 */
const CUE_DAMPING: ReadonlyMap<SignalName, { factor: number; unverified?: number; aligned: boolean }> =
  new Map([
    ['phone-number', { factor: 0.25, aligned: false }],
    ['credential-request', { factor: 0.25, unverified: 0.5, aligned: true }],
    ['account-lure', { factor: 0.25, unverified: 0.5, aligned: true }],
    ['payment-request', { factor: 0.25, unverified: 0.5, aligned: true }],
    ['urgency', { factor: 0.5, unverified: 0.75, aligned: true }],
    ['delivery', { factor: 0.25, aligned: true }],
  ]);
const IMPERSONATION_SIGNALS: ReadonlySet<SignalName> = new Set([
  'reply-to-mismatch',
  'display-name-brand-mismatch',
  'display-name-executive-freemail',
  'auth-results-fail',
  // anyone can open a free-mail account that passes DMARC: it proves no identity (CEO fraud)
  'freemail-sender',
]);
/**
 * Links or HTML that betray a kit whatever the sender: they keep the aligned cues at full weight.
 * Lure words in a link host are not among them: on a link that stays on the sender's own, clean
 * registrable domain they are its own choice (`account.live.com`, `secure.example-bank.com`).
 */
const LINK_RISK_SIGNALS: ReadonlySet<SignalName> = new Set([
  'link-ip-host',
  'link-shortener',
  'link-punycode-or-mixed-script',
  'link-risky-tld',
  'link-brand-in-foreign-host',
  'link-anchor-mismatch',
  'link-userinfo-or-odd-port',
  'html-form',
  'html-script',
  'mixed-script-word',
]);

/**
 * Why the links of a mail stay with its sender ("links on paypal.com", "no links"), or undefined
 * when one leads to another owner or looks like a kit's.
 */
function alignedLinks(signals: SignalHit[], own: string, linkDomains: Set<string>): string | undefined {
  if (signals.some((s) => LINK_RISK_SIGNALS.has(s.name))) return undefined;
  for (const d of linkDomains) if (!sameOwner(d, own)) return undefined;
  return linkDomains.size === 0 ? 'no links' : `links on ${[...linkDomains].join(', ')}`;
}

/**
 * How far the sender is trusted: `authenticated` (the `authenticated-sender` signal: DMARC/DKIM
 * pass for the From domain, which also vouches that it is not free mail nor kit-like), `unverified`
 * (an e-mail From domain that is neither, with no authentication result at all and no other
 * channel to the sender), or undefined (any Reply-To, display-name or authentication mismatch);
 * with the From domain (`own`) the link alignment is judged against.
 */
function senderTrust(
  signals: SignalHit[],
  msg: TriageMessage,
): { kind: 'authenticated' | 'unverified'; evidence: string; own: string } | undefined {
  if (signals.some((s) => IMPERSONATION_SIGNALS.has(s.name))) return undefined;
  if (!msg.headers || msg.headers.length === 0) return undefined;
  const own = senderDomain(msg.from, msg.headers);
  if (!own) return undefined;
  const auth = signals.find((s) => s.name === 'authenticated-sender');
  if (auth) return { kind: 'authenticated', evidence: auth.evidence, own };
  if (FREEMAIL_DOMAINS.has(own) || senderDomainRisk(own)) return undefined;
  if (signals.some((s) => CONTACT_CHANNEL_SIGNALS.has(s.name))) return undefined;
  return { kind: 'unverified', evidence: `${own} not authenticated, none failed`, own };
}

/**
 * Dampens the cues of `CUE_DAMPING` in mail from a trusted sender (`senderTrust`); the reason's
 * evidence says so. Header-less messages are untouched.
 */
function dampCuesForConsistentSender(
  signals: SignalHit[],
  msg: TriageMessage,
  linkDomains: Set<string>,
): void {
  const trust = senderTrust(signals, msg);
  if (!trust) return;
  let aligned: string | undefined | null = null;
  for (const s of signals) {
    const damping = CUE_DAMPING.get(s.name);
    if (!damping) continue;
    const factor = trust.kind === 'authenticated' ? damping.factor : damping.unverified;
    if (factor === undefined) continue;
    if (damping.aligned && aligned === null) aligned = alignedLinks(signals, trust.own, linkDomains);
    if (damping.aligned && !aligned) continue;
    s.value *= factor;
    const note = damping.aligned ? `${trust.evidence}; ${aligned}` : trust.evidence;
    s.evidence = `${s.evidence} (sender ${trust.kind}: ${note})`;
  }
}

/** Computes the feature vector of one message. */
export function extractFeatures(msg: TriageMessage, cues: CueIndex): FeatureVector {
  const body = bodyText(msg);
  const full = msg.subject ? `${msg.subject}\n${body}` : body;
  const normalised = normaliseText(full);
  const tokens = tokenise(normalised).slice(0, MAX_WORDS);

  acc.addCharNgrams(` ${normalised} `);
  acc.closeBlock();
  acc.addWords(tokens);
  acc.closeBlock();

  const linkDomains = new Set<string>();
  const smsLike = !msg.subject && !msg.html && !(msg.headers && msg.headers.length > 0);
  const signals: SignalHit[] = [
    ...linkSignals(full, msg.html, linkDomains),
    ...contentSignals(full, smsLike),
    ...headerSignals(msg.from, msg.replyTo, msg.headers),
    ...htmlSignals(msg.html, msg.text.trim() !== ''),
  ];
  if (smsLike) {
    const pretext = familyImpersonation(full, signals);
    if (pretext) signals.push(pretext);
  }
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
  dampCuesForConsistentSender(signals, msg, linkDomains);
  if (smsLike) {
    dampOneTimeCodeNotice(full, signals);
    dampTransactionNotice(full, signals);
  }
  for (const s of signals) acc.set(HASH_SIZE + SIGNAL_INDEX[s.name], s.value);
  const { indices, values } = acc.take();
  return { indices, values, signals, normalised, tokens };
}
