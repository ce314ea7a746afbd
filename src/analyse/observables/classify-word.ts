/**
 * @module analyse/observables/classify-word
 * Indicators that are a single word without dots: hashes, wallet addresses, CVE and ATT&CK ids,
 * AS numbers, MAC addresses written with hyphens, BIC codes (in context), and the numeric anchors
 * (IBAN, card, phone) whose written form may continue across spaces.
 */
import { isValidBIC } from 'ibantools';
import type { ObservableType } from '../../core/observable.js';
import { type AddressValidation, looksLikeAddress, validateAddress } from '../crypto/index.js';
import { cardAt } from './card-at.js';
import { rawRange } from './emit-host.js';
import { ibanAt } from './iban-at.js';
import { memoize } from './memoize.js';
import { type NormalizedSpan, origStart } from './normalize-span.js';
import { phoneAt } from './phone-at.js';
import type { ScanContext } from './scan-context.js';

const HASH_TYPES: Readonly<Record<number, ObservableType>> = {
  32: 'md5',
  40: 'sha1',
  64: 'sha256',
  128: 'sha512',
};
const TXID_CONTEXT = /(?:\btx(?:id|hash)?|transaction(?: id| hash)?|\bhash of the transaction)\W{0,4}$/i;
const BIC_CONTEXT = /\b(?:BIC|SWIFT)\b|\bIBAN\b/i;
const ATTACK_CONTEXT = /ATT&CK|MITRE|\btechnique|\btactic|\bgroup\b|\bsoftware\b/i;
const SOL_CONTEXT = /\bsol(?:ana)?\b|\bphantom\b|\bSPL\b/i;

const isDigitAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const isHex = (w: string): boolean => /^[0-9a-fA-F]+$/.test(w);

/** Classifies normalised range [a, b) (no dots; may hold `-` and `_`). */
export function classifyWord(
  ctx: ScanContext,
  ns: NormalizedSpan,
  a: number,
  b: number,
  inUrl: boolean,
): void {
  const N = ns.norm;
  let hyphen = false;
  for (let k = a; k < b; k++) {
    if (N.charCodeAt(k) === 45) {
      hyphen = true;
      break;
    }
  }
  if (hyphen) {
    const w = N.slice(a, b);
    if (!inUrl && /^CVE-\d{4}-\d{4,7}$/i.test(w)) {
      const [s, e, d] = rawRange(ctx, ns, a, b);
      ctx.emit('cve', w.toUpperCase(), s, e, d);
      return;
    }
    if (!inUrl && /^[0-9a-fA-F]{2}(?:-[0-9a-fA-F]{2}){5}$/.test(w)) {
      const [s, e, d] = rawRange(ctx, ns, a, b);
      ctx.emit('mac', w.toLowerCase().replaceAll('-', ':'), s, e, d);
      return;
    }
  }
  // Sub-words between `-` and `_`.
  let i = a;
  while (i < b) {
    while (i < b && (N.charCodeAt(i) === 45 || N.charCodeAt(i) === 95)) i++;
    let j = i;
    while (j < b && N.charCodeAt(j) !== 45 && N.charCodeAt(j) !== 95) j++;
    if (j > i) subWord(ctx, ns, i, j, inUrl);
    i = j;
  }
}

function subWord(ctx: ScanContext, ns: NormalizedSpan, a: number, b: number, inUrl: boolean): void {
  const N = ns.norm;
  const len = b - a;
  const c0 = N.charCodeAt(a);
  if (len < 25) {
    // Cheap exits before any allocation: most words in evidence are none of the short forms.
    if (inUrl) return;
    if (c0 >= 48 && c0 <= 57) {
      numericAnchor(ctx, ns, a);
      return;
    }
    // A lower-case IBAN (`de89370400440532013000`, or its first group `de89`): only `iban` can
    // start with two lower-case letters and two digits among the short forms.
    if (c0 >= 97 && c0 <= 122 && len >= 4 && isDigitAt(N, a + 2)) {
      ibanWord(ctx, ns, a);
      return;
    }
    const upper = c0 >= 65 && c0 <= 90;
    if (
      !upper ||
      (len !== 5 && len !== 6 && len !== 8 && len !== 11 && !(len <= 12 && c0 === 65) && !isDigitAt(N, a + 2))
    )
      return;
  }
  const w = N.slice(a, b);
  if (len >= 25) {
    if (cryptoWord(ctx, ns, a, b)) return;
    // Compact IBANs run to 34 characters (FR, IT 27; PL, HU 28; MT 31; RU 33).
    if (
      !inUrl &&
      ((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122)) &&
      len <= 34 &&
      isDigitAt(N, a + 2) &&
      ibanWord(ctx, ns, a)
    )
      return;
    const ht = HASH_TYPES[len];
    if (ht && isHex(w) && /\d/.test(w) && /[a-fA-F]/.test(w)) {
      const [s, e, d] = rawRange(ctx, ns, a, b);
      if (inUrl && !ctx.includeHashesInUrls) return;
      if (ht === 'sha256' && ctx.near(TXID_CONTEXT, s, e, 30)) return;
      ctx.emit(ht, w.toLowerCase(), s, e, d, inUrl ? { inUrl: true } : undefined);
    }
    return;
  }
  if (inUrl) return;
  if (c0 >= 48 && c0 <= 57) {
    numericAnchor(ctx, ns, a);
    return;
  }
  if (c0 === 84 && (len === 5 || len === 6) && /^TA?\d{4}$/.test(w)) {
    const [s, e, d] = rawRange(ctx, ns, a, b);
    ctx.emit('attack', w, s, e, d);
    return;
  }
  if ((len === 5 || len === 6) && /^(?:G|S|M|C|DS)\d{4}$/.test(w)) {
    const [s, e, d] = rawRange(ctx, ns, a, b);
    if (ctx.near(ATTACK_CONTEXT, s, e, 300, 80)) ctx.emit('attack', w, s, e, d);
    return;
  }
  if (c0 === 65 && N.charCodeAt(a + 1) === 83) {
    const m = /^AS(\d{1,10})$/.exec(w);
    if (m && Number(m[1]) > 0 && Number(m[1]) < 4294967296) {
      const [s, e, d] = rawRange(ctx, ns, a, b);
      ctx.emit('asn', `AS${Number(m[1])}`, s, e, d);
      return;
    }
    if (/^ASN?$/.test(w)) {
      // `ASN 13335`, `AS: 13335`: the number follows in the original text.
      const s = origStart(ns, a);
      const m2 = /^ASN?[ \t]?[:#]?[ \t]?(\d{1,10})\b/.exec(ctx.text.slice(s, s + 20));
      if (m2 && Number(m2[1]) > 0 && Number(m2[1]) < 4294967296) {
        ctx.emit('asn', `AS${Number(m2[1])}`, s, s + m2[0].length, false);
        ctx.skipTo = Math.max(ctx.skipTo, s + m2[0].length);
      }
      return;
    }
  }
  if (c0 >= 65 && c0 <= 90) {
    if (isDigitAt(N, a + 2) && ibanWord(ctx, ns, a)) return;
    if ((len === 8 || len === 11) && /^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(w) && isValidBIC(w)) {
      const [s, e, d] = rawRange(ctx, ns, a, b);
      if (ctx.near(BIC_CONTEXT, s, e, 60, 0)) ctx.emit('bic', w, s, e, d, { country: w.slice(4, 6) });
    }
  }
}

/** An IBAN (compact or in groups of four) starting at normalised index `a`; true when emitted. */
function ibanWord(ctx: ScanContext, ns: NormalizedSpan, a: number): boolean {
  const s = origStart(ns, a);
  const m = ibanAt(ctx.text, s);
  if (!m) return false;
  ctx.emit('iban', m.value, s, m.end, false, m.extra);
  ctx.skipTo = Math.max(ctx.skipTo, m.end);
  return true;
}

/** Card and phone numbers (whose written form may continue across spaces) at normalised index `a`. */
export function numericAnchor(ctx: ScanContext, ns: NormalizedSpan, a: number): void {
  const s = origStart(ns, a);
  if (s < ctx.skipTo) return;
  const text = ctx.text;
  const prev = text.charCodeAt(s - 1);
  const from = prev === 43 || prev === 40 ? s - 1 : s; // `+49…`, `(030)…`
  const ph = ctx.wants('phone') ? phoneAt(text, from, ctx.region) : null;
  if (ph) {
    ctx.emit('phone', ph.value, from, ph.end, false, ph.extra);
    ctx.skipTo = Math.max(ctx.skipTo, ph.end);
    return;
  }
  const card = ctx.wants('card') ? cardAt(text, s) : null;
  if (card) {
    ctx.emit('card', card.value, s, card.end, false, card.extra, card.raw);
    ctx.skipTo = Math.max(ctx.skipTo, card.end);
  }
}

/** Shape test, then checksum; memoised (the same wallets recur across messages). */
const checkAddress = memoize((w: string): AddressValidation | null =>
  looksLikeAddress(w).length === 0 ? null : validateAddress(w),
);

/** Wallet addresses: a cheap shape test, then the crypto module's checksum validation. */
function cryptoWord(ctx: ScanContext, ns: NormalizedSpan, a: number, b: number): boolean {
  const N = ns.norm;
  let from = a;
  // Cashaddr written with its prefix: `bitcoincash:qq…`.
  if (N.slice(Math.max(0, a - 12), a).toLowerCase() === 'bitcoincash:') from = a - 12;
  const w = N.slice(from, b);
  const v = checkAddress(w);
  if (v === null) return false;
  if (!v.valid || v.chain === null || v.normalized === null) return false;
  if (v.network !== undefined && v.network !== 'mainnet') return false;
  const [s, e, d] = rawRange(ctx, ns, from, b);
  if (v.chain === 'sol' && !ctx.near(SOL_CONTEXT, s, e, 200, 100)) return false;
  const extra: Record<string, unknown> = { chain: v.chain };
  if (v.type) extra.addressType = v.type;
  ctx.emit(v.chain, v.normalized, s, e, d, extra);
  return true;
}
