/**
 * @module analyse/observables/plain-words
 * Fast skip over plain prose. Most of any evidence text is words that can hold no indicator; the
 * scanner's token loop costs a few hundred nanoseconds per word (class bits, trailing punctuation,
 * the joiner pre-test), while `skipPlainWords` passes a run of such words with one table look-up
 * per character. It is deliberately conservative: it consumes a word only when the token loop
 * would certainly drop it unseen, so the output never changes:
 *  - letters only (ASCII, Latin-1/Latin Extended, Greek, Cyrillic), fewer than 25, and either at
 *    most one ASCII capital, at the start (BIC, ASN, ATT&CK and IBAN candidates all need a second
 *    capital or a digit, so the token loop would classify such a word and emit nothing), or any
 *    capitals with a length other than 8 or 11 (BIC lengths) and not `AS…` up to 7 letters (ASN);
 *  - optionally after one `(` (`(Windows`), unless a `)` closes the word (`(dot)`, `(at)` are
 *    defang joiners the token loop must see);
 *  - then one trailing `.,:;!?)` before a delimiter (a token ending so can never be joined), a
 *    delimiter other than space/tab, or a space/tab not followed by a joiner (`@`, a bracket, `at`,
 *    `dot`, `punkt`… as a prefix) and not after a scheme-like ending (`http`, `hxxps`, `ftp`).
 * Delimiters listed are a subset of the non-token class (never `\s`: it includes U+FEFF, a fang).
 *
 * `PLAIN_WORDS` states these rules as a sticky expression. A call costs as much as scanning a few
 * words, and most calls in logs and indicator-dense text would consume one word or none, so
 * `skipPlainWords` is the same rules written out (its test checks it against the expression on
 * random text), and `skipPlain` uses it for the first words of a run and the expression only for
 * the rest of a long one.
 */

const LW = 'a-z\\u00c0-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff';
const DELIM = '\\t\\n\\v\\f\\r \\u00a0"\'`\\u201c\\u201d\\u2018\\u2019\\u00ab\\u00bb';
const DELIM_NOT_SPACE = '\\n\\v\\f\\r\\u00a0"\'`\\u201c\\u201d\\u2018\\u2019\\u00ab\\u00bb';
/** The rules as an expression (the specification of `skipPlainWords`; at most 256 words a match). */
export const PLAIN_WORDS = new RegExp(
  `(?:[${DELIM}]*(?:\\((?=[A-Za-z${LW}][A-Za-z${LW}]*(?![A-Za-z${LW}])[^)]))?` +
    `(?:[${LW}]{1,24}|[A-Z][${LW}]{0,23}|(?!AS)[A-Za-z${LW}]{1,7}|[A-Za-z${LW}]{9,10}|[A-Za-z${LW}]{12,24})` +
    `(?:(?=[ \\t])(?<!(?:[hH][tTxX]{2}|[fF][tTxX])[pP][sS]?)(?![ \\t]{1,2}(?:[@[({]|at|AT|dot|DOT|Dot|punto|punkt|arroba))` +
    `|[.,:;!?)](?=[${DELIM}]|$)|(?=[${DELIM_NOT_SPACE}]|$))){1,256}`,
  'y',
);

const LETTER = 1;
const UPPER = 2;
/** Delimiters skipped between words. */
const DELIM_BIT = 4;
/** Delimiters that end a word without the joiner look-ahead (all but space and tab). */
const END_BIT = 8;
/** Trailing punctuation allowed before a delimiter. */
const PUNCT_BIT = 16;

const K = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff)) K[c] = LETTER;
  else if (c >= 65 && c <= 90) K[c] = LETTER | UPPER;
}
const mark = (chars: string, bit: number): void => {
  for (let k = 0; k < chars.length; k++) {
    const c = chars.charCodeAt(k);
    K[c] = (K[c] as number) | bit;
  }
};
mark('\t\n\v\f\r \u00a0"\'`\u201c\u201d\u2018\u2019\u00ab\u00bb', DELIM_BIT);
mark('\n\v\f\r\u00a0"\'`\u201c\u201d\u2018\u2019\u00ab\u00bb', END_BIT);
mark('.,:;!?)', PUNCT_BIT);

/** Letters that may start a plain word (ASCII and the non-ASCII ranges above). */
export const isPlainLetter = (c: number): boolean => ((K[c] as number) & LETTER) !== 0;

/** True when `w` occurs at `q` exactly as written (case-sensitive). */
function startsWithAt(t: string, q: number, w: string): boolean {
  if (q + w.length > t.length) return false;
  for (let k = 0; k < w.length; k++) if (t.charCodeAt(q + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** `@`, a bracket, or a joiner word (as a prefix, case as listed) at `q`. */
function joinerAt(t: string, q: number): boolean {
  if (q >= t.length) return false;
  const c = t.charCodeAt(q);
  if (c === 64 || c === 91 || c === 40 || c === 123) return true;
  switch (c) {
    case 97: // a
      return startsWithAt(t, q, 'at') || startsWithAt(t, q, 'arroba');
    case 65: // A
      return startsWithAt(t, q, 'AT');
    case 100: // d
      return startsWithAt(t, q, 'dot');
    case 68: // D
      return startsWithAt(t, q, 'DOT') || startsWithAt(t, q, 'Dot');
    case 112: // p
      return startsWithAt(t, q, 'punto') || startsWithAt(t, q, 'punkt');
    default:
      return false;
  }
}

/** A scheme-like ending before `r`: h[tx][tx]p, f[tx]p, optionally followed by s (any case). */
function schemeBefore(t: string, r: number): boolean {
  let q = r;
  if (q > 0 && (t.charCodeAt(q - 1) | 32) === 115) q--;
  if (q === 0 || (t.charCodeAt(q - 1) | 32) !== 112) return false;
  q--;
  if (q < 2) return false;
  const a = t.charCodeAt(q - 1) | 32;
  if (a !== 116 && a !== 120) return false;
  const b = t.charCodeAt(q - 2) | 32;
  if (b === 102) return true;
  return q >= 3 && (b === 116 || b === 120) && (t.charCodeAt(q - 3) | 32) === 104;
}

/** Set by `skipPlainWords`: true when it stopped at its word limit (more plain words may follow). */
let stoppedAtLimit = false;

/**
 * Skips the plain words starting at `i` (at most `limit`; the expression takes 256); returns where
 * the skip ends, or -1 when the first word is not plain.
 */
export function skipPlainWords(t: string, i: number, limit = 256): number {
  const n = t.length;
  let end = -1;
  let p = i;
  stoppedAtLimit = false;
  for (let words = 0; ; words++) {
    if (words === limit) {
      stoppedAtLimit = true;
      break;
    }
    let q = p;
    while (q < n && ((K[t.charCodeAt(q)] as number) & DELIM_BIT) !== 0) q++;
    let w = q;
    if (q < n && t.charCodeAt(q) === 40) {
      // `(` is taken only before a letter run followed by something other than `)`.
      let r = q + 1;
      while (r < n && ((K[t.charCodeAt(r)] as number) & LETTER) !== 0) r++;
      if (r > q + 1 && r < n && t.charCodeAt(r) !== 41) w = q + 1;
    }
    let r = w;
    let uppers = 0;
    while (r < n) {
      const k = K[t.charCodeAt(r)] as number;
      if ((k & LETTER) === 0) break;
      if ((k & UPPER) !== 0) uppers += r === w ? 1 : 2;
      r++;
    }
    const len = r - w;
    if (len === 0 || len > 24) break;
    // uppers: 0 none, 1 only the first letter, ≥ 2 a capital after the first.
    const shapeOk =
      uppers <= 1 ||
      (len <= 7 && !(t.charCodeAt(w) === 65 && t.charCodeAt(w + 1) === 83)) ||
      len === 9 ||
      len === 10 ||
      len >= 12;
    if (!shapeOk) break;
    if (r >= n) {
      end = r;
      break;
    }
    const c = t.charCodeAt(r);
    const k = K[c] as number;
    if (c === 32 || c === 9) {
      if (schemeBefore(t, r) || joinerAt(t, r + 1)) break;
      if ((t.charCodeAt(r + 1) === 32 || t.charCodeAt(r + 1) === 9) && joinerAt(t, r + 2)) break;
      end = p = r;
    } else if ((k & PUNCT_BIT) !== 0) {
      if (r + 1 < n && ((K[t.charCodeAt(r + 1)] as number) & DELIM_BIT) === 0) break;
      end = p = r + 1;
    } else if ((k & END_BIT) !== 0) {
      end = p = r;
    } else break;
  }
  return end;
}

/**
 * Words `skipPlain` reads itself before it hands a long run to the compiled expression: entering
 * the expression costs about as much as reading several words here, and mail and chat lines are
 * often 5-8 words between indicators (bench corpus: 8 is 1-3 % faster overall than 4; 16 no better).
 */
const SHORT_RUN = 8;

/**
 * The scanner's skip: short runs (logs, indicator lists, the words between indicators) are read
 * here without a call into the expression engine; a run longer than SHORT_RUN words (prose) goes
 * on with PLAIN_WORDS, whose compiled code reads long runs faster than this loop does. Both apply
 * the same rules, so where one hands over to the other does not change what is skipped.
 */
export function skipPlain(t: string, i: number): number {
  const end = skipPlainWords(t, i, SHORT_RUN);
  if (!stoppedAtLimit) return end;
  PLAIN_WORDS.lastIndex = end;
  return PLAIN_WORDS.test(t) ? PLAIN_WORDS.lastIndex : end;
}
