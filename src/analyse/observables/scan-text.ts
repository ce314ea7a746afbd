/**
 * @module analyse/observables/scan-text
 * The single pass over the text. One table lookup per character splits it into tokens and ORs
 * their character classes; only tokens whose classes can hold an indicator (a dot, digit, `@`,
 * `:`, `/`, bracket, full-width or zero-width character, or a long run) are looked at further.
 * Tokens written apart by defang words (`evil [.] com`, `bob AT evil dot com`, `hxxp:// evil.com`)
 * are joined first. Every step is linear: no regex ever runs over more than one token.
 */
import { parse } from 'tldts';
import { C, CHAR_CLASS } from './char-class.js';
import { identitySpan, normalizeSpan } from './normalize-span.js';
import { isPlainLetter, skipPlain } from './plain-words.js';
import type { ScanContext } from './scan-context.js';
import { scanSpan } from './scan-span.js';

const INTERESTING = C.DIGIT | C.DOT | C.AT | C.COLON | C.SLASH | C.BRACKET | C.FANG | C.PLUS;
const CANONICAL_SCHEME = /(?:^|[^A-Za-z])(?:https?|ftps?|sftp|wss?):$/i;

/**
 * True when a token with `:` or `/` may hold a defanged scheme (`hxxp://`, `http//`, `:///`):
 * only then is it worth normalising. Plain `https://…` tokens take the cheap identity path.
 */
function oddScheme(t: string, s: number, e: number, first: number): boolean {
  // `first` is the first `//` at or after `s` (the caller remembers it across tokens); past it a
  // manual loop: `t.indexOf('//', …)` would search past the token, to the end of the text.
  for (let q = first; q + 1 < e; q++) {
    if (t.charCodeAt(q) !== 47 || t.charCodeAt(q + 1) !== 47) continue;
    if (t.charCodeAt(q + 2) === 47 || !CANONICAL_SCHEME.test(t.slice(Math.max(s, q - 7), q))) return true;
    q++;
  }
  return false;
}

/**
 * Brackets are everywhere in prose and logs (`(Windows`, `[25/Nov/2026`); only a token with a
 * bracket next to a separator or a joiner word can be defanged and worth normalising.
 */
const DEFANG_HINT =
  /[[({<][ ]?[.,@:/-]|[\])}][.,][[({\])}]|[.,@:/][ ]?[\])}>]|[[({][ ]?(?:dot|at|et|punto|punkt|arroba|www|https?|hxxps?)[ ]?[\])}[({]|\\[./@]|\^\.|(?:dot|at|et|punto|punkt|arroba|https?)[\])}]/i;
/**
 * A necessary condition for DEFANG_HINT on [s, e), without slicing: every alternative has a bracket,
 * `\` or `^` with a separator, a space or a joiner letter on the right side of it (`[.`, `(d`, `\.`,
 * `].`) or a separator, space or the last letter of a joiner on its left (`.]`, `t)`, `p]`). Most
 * bracketed tokens in logs and prose (`[25/Nov/2026:10:00:00`, `x64)`) fail it, and the slice and
 * the expression are saved.
 */
function mayHintDefang(t: string, s: number, e: number): boolean {
  for (let q = s; q < e; q++) {
    const c = t.charCodeAt(q);
    if ((CHAR_CLASS[c] ?? 0) & C.BRACKET) {
      const next = q + 1 < e ? t.charCodeAt(q + 1) : -1;
      const prev = q > s ? t.charCodeAt(q - 1) : -1;
      if (c === 91 || c === 40 || c === 123 || c === 60) {
        if (next === 32 || SEPARATOR[next] === 1) return true;
        if (c !== 60 && JOINER_FIRST[next | 32] === 1) return true;
      } else if (c === 93 || c === 41 || c === 125 || c === 62) {
        if (prev === 32 || (SEPARATOR[prev] === 1 && prev !== 45)) return true;
        if (c !== 62 && (JOINER_LAST[prev | 32] === 1 || next === 46 || next === 44)) return true;
      } else if (c === 92) {
        if (next === 46 || next === 47 || next === 64) return true;
      } else if (c === 94 && next === 46) return true;
    }
  }
  return false;
}
/** `.,@:/-`, the separators DEFANG_HINT looks for after an opening bracket (without `-` before a closer). */
const SEPARATOR = new Uint8Array(128);
for (const ch of '.,@:/-') SEPARATOR[ch.charCodeAt(0)] = 1;
/** First letters (lower case) of dot, at, et, punto, punkt, arroba, www, http(s), hxxp(s). */
const JOINER_FIRST = new Uint8Array(128);
for (const ch of 'daepwh') JOINER_FIRST[ch.charCodeAt(0)] = 1;
/** Last letters (lower case) of dot, at, et, punkt, punto, arroba, http, https. */
const JOINER_LAST = new Uint8Array(128);
for (const ch of 'toaps') JOINER_LAST[ch.charCodeAt(0)] = 1;
/** Trailing characters that do not make a token interesting on their own (`end.`, `Note:`). */
const JOIN_START = new Uint8Array(128);
for (const ch of '@[({dDaApPeE:/') JOIN_START[ch.charCodeAt(0)] = 1;
const SCHEME_END = new Uint8Array(128);
for (const ch of 'ps/}') SCHEME_END[ch.charCodeAt(0)] = 1;
const TRAILING = new Uint8Array(128);
for (const c of [46, 44, 58, 59, 33, 63, 41]) TRAILING[c] = 1;
const STOPWORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'of',
  'in',
  'on',
  'and',
  'or',
  'to',
  'for',
  'is',
  'was',
  'big',
  'early',
  'old',
  'new',
  'first',
]);

/** Bare joiner words (bracketed forms are checked by BRACKET_DOT / BRACKET_AT). */
const JOINER_WORDS = new Set(['AT', 'at', 'DOT', 'dot', 'Dot', 'punto', 'punkt', 'arroba']);
const BRACKET_DOT = /^[[({](?:\.|dot|punkt|punto)[\])}]$/i;
const BRACKET_AT = /^[[({](?:@|at|et|arroba)[\])}]$/i;

const isSp = (c: number): boolean => c === 32 || c === 9;
const isLabelChar = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c > 127 && ((CHAR_CLASS[c] ?? 0) & C.TOKEN) > 0);

function tokenEnd(t: string, p: number): number {
  while (p < t.length && ((CHAR_CLASS[t.charCodeAt(p)] ?? 0) & C.TOKEN) !== 0) p++;
  return p;
}

function isTld(word: string): boolean {
  const m = /^[A-Za-z]{2,24}/.exec(word);
  return m !== null && parse(`x.${m[0].toLowerCase()}`, { extractHostname: false }).isIcann === true;
}

/**
 * True when `p`/`P` occurs in [a, e): a scheme (`http`, `hxxps`, `ftp`) ends in `p` or `ps`, and
 * its separator (` [:]//`, `:///`) adds at most 6 characters, so without one in the last 8 the
 * scheme test below cannot match and its slice is saved.
 */
function pNear(t: string, a: number, e: number): boolean {
  for (let q = a; q < e; q++) if ((t.charCodeAt(q) | 32) === 112) return true;
  return false;
}

/**
 * A scheme at the end of the joined text so far, with its separator if already joined; one space
 * may sit before a separator with a colon (`hxxp :// evil[.]com`, `hxxps [:]// evil[.]com`, spaced
 * on both sides), not before a bare `//` (`https // x` is more often prose or a comment).
 */
const SCHEME_LEFT =
  /(?:^|[^A-Za-z])(?:h[tx*_][tx*_]ps?|fxp|ftp)(?:\[?:\]?\/\/|:?\/\/\/?|[ \t](?:\[?:\]?\/\/|:\/\/\/?))?$/i;

/** How far a chain of lower-case `at` joins is followed to find a defanged right side. */
const MAX_AT_CHAIN = 3;

/**
 * If the token ending at `e` is followed by a defang joiner and another token, returns the end of
 * that token (the caller keeps joining from there); otherwise -1. `depth` bounds the look-ahead
 * through lower-case `at` chains (`a at b at c …`), which would otherwise recurse once per word:
 * quadratic time and a stack overflow on a long enough chain.
 */
export function joinAfter(t: string, s: number, e: number, depth = 0): number {
  if (e >= t.length || !isSp(t.charCodeAt(e))) return -1;
  let q = e + 1;
  if (q < t.length && isSp(t.charCodeAt(q))) q++;
  const c = t.charCodeAt(q);
  const last = t.charCodeAt(e - 1) | 32;
  // `http:// evil.com`, `http ://evil.com`: only tokens ending in p, s, / or ] can be schemes.
  const left =
    (last === 112 || last === 115 || last === 47 || last === 125) && pNear(t, Math.max(s, e - 8), e)
      ? t.slice(Math.max(s, e - 12), e)
      : '';
  if (left !== '' && SCHEME_LEFT.test(left)) {
    const qe = tokenEnd(t, q);
    const right = t.slice(q, qe);
    if ((/\/\/\/?$/.test(left) && isLabelChar(c)) || /^(?:\[?:\]?)?\/\/\/?/.test(right)) return qe;
    return -1;
  }
  if (!isLabelChar(t.charCodeAt(e - 1))) return -1;
  if (
    !(
      c === 64 ||
      c === 91 ||
      c === 40 ||
      c === 123 ||
      c === 100 ||
      c === 68 ||
      c === 97 ||
      c === 65 ||
      c === 112 ||
      c === 80
    )
  ) {
    return -1;
  }
  const je = tokenEnd(t, q);
  const jl = je - q;
  const bracket = c === 91 || c === 40 || c === 123;
  // A bracketed joiner (BRACKET_DOT, BRACKET_AT) ends in its closer; `(Windows` is refused here.
  if (bracket) {
    const z = t.charCodeAt(je - 1);
    if (z !== 93 && z !== 41 && z !== 125) return -1;
  }
  // Joiner words are 2, 3, 5 or 6 letters long: other lengths are refused before any slice.
  const joinerLength = jl === 2 || jl === 3 || jl === 5 || jl === 6;
  if (jl > 8 || (!bracket && (jl === 1 ? c !== 64 : !joinerLength || !JOINER_WORDS.has(t.slice(q, je)))))
    return -1;
  const j = t.slice(q, je);
  let r = je;
  if (r >= t.length || !isSp(t.charCodeAt(r))) return -1;
  r++;
  if (r < t.length && isSp(t.charCodeAt(r))) r++;
  if (!isLabelChar(t.charCodeAt(r))) return -1;
  const re = tokenEnd(t, r);
  const right = t.slice(r, Math.min(re, r + 64));
  if (j === '@' || BRACKET_DOT.test(j) || BRACKET_AT.test(j) || j === 'DOT' || j === 'AT') return re;
  if (/^(?:dot|Dot|punkt|punto)$/.test(j)) {
    const lw = /[A-Za-z0-9-]+$/.exec(t.slice(Math.max(s, e - 64), e))?.[0] ?? '';
    if (lw === '' || STOPWORDS.has(lw.toLowerCase()) || !isTld(right)) return -1;
    return re;
  }
  if (j === 'at' || j === 'arroba') {
    // Lower-case `at` is everyday English: only when the right side is itself defanged.
    if (/[[({]/.test(right) || (depth < MAX_AT_CHAIN && joinAfter(t, r, re, depth + 1) > 0)) return re;
  }
  return -1;
}

/**
 * True when [s, e) is digits and dots, starts and ends with a digit, and has a dot count other
 * than 3: `10.0`, `5.0`, `1.2.3` (versions in logs and user agents). The span scan would read it
 * as one host run, find no IPv4 (four parts needed) and, having a dot, no word to classify, so the
 * token holds nothing and its span is never built. A trailing `.,:;!?)` is outside [s, e) and
 * changes none of this (it is trimmed from, or ends, the host run).
 */
function dottedNumberOnly(t: string, s: number, e: number): boolean {
  if (!isAsciiDigit(t.charCodeAt(s)) || !isAsciiDigit(t.charCodeAt(e - 1))) return false;
  let dots = 0;
  for (let q = s; q < e; q++) if (t.charCodeAt(q) === 46) dots++;
  return dots !== 3;
}
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Runs the scan over the whole text of the context. */
export function scanText(ctx: ScanContext): void {
  const t = ctx.text;
  const n = t.length;
  const cc = CHAR_CLASS;
  // The next `//` at or after the last position asked (n when none): tokens come in increasing
  // order, so each part of the text is searched at most once.
  let doubleSlash = -1;
  const slashPair = (s: number): number => {
    if (doubleSlash < s) {
      doubleSlash = t.indexOf('//', s);
      if (doubleSlash < 0) doubleSlash = n;
    }
    return doubleSlash;
  };
  let i = 0;
  while (i < n) {
    const c0 = t.charCodeAt(i);
    if (((cc[c0] ?? 0) & C.TOKEN) === 0) {
      i++;
      continue;
    }
    if (isPlainLetter(c0)) {
      // Runs of plain words (most of any text) are passed without the token loop: plain-words.ts.
      const skipped = skipPlain(t, i);
      if (skipped >= 0) {
        i = skipped;
        continue;
      }
    }
    const s = i;
    let f = 0;
    let fPrev = 0;
    while (i < n) {
      const k = cc[t.charCodeAt(i)] ?? 0;
      if ((k & C.TOKEN) === 0) break;
      fPrev = f;
      f |= k;
      i++;
    }
    if (s < ctx.skipTo) continue;
    let len = i - s;
    const fAll = f; // classes of the whole token, trailing punctuation included
    if (len > 1 && TRAILING[t.charCodeAt(i - 1)] === 1) {
      f = fPrev;
      len--;
    }
    let e = i;
    let joined = false;
    // Cheap pre-test before the call: a joiner or a `://` must follow, or the token must end like a scheme.
    // Reads stay inside the text: an out-of-range read deoptimises this (large) function once per site.
    const n1 = i + 1 < n ? t.charCodeAt(i + 1) : 0;
    const n2 = i + 2 < n ? t.charCodeAt(i + 2) : 0;
    const c1 = i < n ? t.charCodeAt(i) : 0;
    const mayJoin =
      (c1 === 32 || c1 === 9) &&
      (JOIN_START[n1] === 1 || JOIN_START[n2] === 1 || SCHEME_END[t.charCodeAt(i - 1) | 32] === 1);
    for (let guard = 0; mayJoin && guard < 16; guard++) {
      const je = joinAfter(t, s, e);
      if (je < 0) break;
      e = je;
      joined = true;
    }
    const asn = len <= 3 && t.charCodeAt(s) === 65 && t.charCodeAt(s + 1) === 83; // `AS`/`ASN` + number
    if (!joined && !asn && (f & INTERESTING) === 0 && len < 25 && !((len === 8 || len === 11) && f & C.UPPER))
      continue;
    if (!joined && f === (C.TOKEN | C.DIGIT) && len !== 4 && len < 13 && ctx.region === undefined) continue;
    if (!joined && f === (C.TOKEN | C.DIGIT | C.DOT) && dottedNumberOnly(t, s, s + len)) continue;
    const norm =
      joined ||
      (f & C.FANG) !== 0 ||
      ((f & C.BRACKET) !== 0 && mayHintDefang(t, s, e) && DEFANG_HINT.test(t.slice(s, e))) ||
      ((fAll & C.SLASH) !== 0 && slashPair(s) + 1 < e && oddScheme(t, s, e, doubleSlash));
    // An identity span is exactly this token (no join), so its classes tell whether it holds `:` or `@`.
    if (norm) scanSpan(ctx, normalizeSpan(t, s, e));
    else scanSpan(ctx, identitySpan(t, s, e), (fAll & (C.COLON | C.AT)) !== 0);
    i = Math.max(i, e);
  }
}
