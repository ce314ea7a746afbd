/**
 * @module analyse/observables/card-at
 * Payment card numbers (PANs): 13–19 digits, contiguous or in groups separated by one space or
 * hyphen, with a card-network prefix and a valid Luhn check digit. A PAN is never stored in full:
 * `value` keeps the first 6 and last 4 digits (the PCI DSS display rule), and `raw` is masked the
 * same way, so the case store never holds a full card number.
 */
import type { SpanMatch } from './iban-at.js';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const IBAN_HEAD = /[A-Z]{2}\d{2} $/;

/** Luhn (mod 10) check over a digit string. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

/** Network from the issuer prefix; null when no card network uses it. */
export function cardBrand(d: string): string | null {
  const n2 = Number(d.slice(0, 2));
  const n4 = Number(d.slice(0, 4));
  const n3 = Number(d.slice(0, 3));
  const len = d.length;
  if (d[0] === '4' && (len === 13 || len === 16 || len === 19)) return 'visa';
  if (((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) && len === 16) return 'mastercard';
  if ((n2 === 34 || n2 === 37) && len === 15) return 'amex';
  if ((d.startsWith('6011') || d.startsWith('65') || (n3 >= 644 && n3 <= 649)) && len >= 16)
    return 'discover';
  if (n4 >= 3528 && n4 <= 3589 && len >= 16) return 'jcb';
  if ((n2 === 36 || n2 === 38 || (n3 >= 300 && n3 <= 305)) && len >= 14) return 'diners';
  if (n2 === 62 && len >= 16) return 'unionpay';
  if ((n2 === 50 || (n2 >= 56 && n2 <= 58) || n2 === 67 || n4 === 6304 || n4 === 6390) && len >= 13)
    return 'maestro';
  return null;
}

/** Masks all digits but the first 6 and last 4, keeping separators. */
export function maskPan(written: string, digitCount: number): string {
  let seen = 0;
  let out = '';
  for (const ch of written) {
    if (ch >= '0' && ch <= '9') {
      out += seen >= 6 && seen < digitCount - 4 ? '*' : ch;
      seen++;
    } else out += ch;
  }
  return out;
}

/**
 * How many digits the reading loop of `cardAt` would collect from `p` (same separator rule, same
 * bound), without building strings: most digit runs (years, times, amounts) are far shorter than
 * a PAN's 13, and every candidate below has at most this many digits.
 */
function digitRun(text: string, p: number): number {
  let n = 0;
  let sep = -1;
  let q = p;
  while (q < text.length && n <= 19) {
    const c = text.charCodeAt(q);
    if (isDigit(c)) {
      n++;
      q++;
    } else if ((c === 32 || c === 45) && (sep === -1 || sep === c) && isDigit(text.charCodeAt(q + 1))) {
      sep = c;
      q++;
    } else break;
  }
  return n;
}

/** Reads a card number starting at `p`; `end`, masked `value` and `raw` (in `extra.raw`). */
export function cardAt(text: string, p: number): (SpanMatch & { raw: string }) | null {
  if (p > 0) {
    const prev = text.charCodeAt(p - 1);
    if (isDigit(prev) || prev === 46 || prev === 45 || prev === 44 || prev === 47 || prev === 43) return null;
  }
  const first = text.charCodeAt(p);
  if (first < 50 || first > 54) return null; // networks start with 2..6
  // Digits right after an IBAN's country code and check digits belong to the IBAN.
  if (p >= 5 && text.charCodeAt(p - 1) === 32 && IBAN_HEAD.test(text.slice(p - 5, p))) return null;
  if (digitRun(text, p) < 13) return null;
  let digits = '';
  const bounds: Array<[number, number]> = []; // [digit count, text end] at each group end
  let sep = -1;
  let q = p;
  while (q < text.length && digits.length <= 19) {
    const c = text.charCodeAt(q);
    if (isDigit(c)) {
      digits += text[q];
      q++;
      continue;
    }
    bounds.push([digits.length, q]);
    if ((c === 32 || c === 45) && (sep === -1 || sep === c) && isDigit(text.charCodeAt(q + 1))) {
      sep = c;
      q++;
      continue;
    }
    break;
  }
  if (q >= text.length || !isDigit(text.charCodeAt(q))) bounds.push([digits.length, q]);
  for (let i = bounds.length - 1; i >= 0; i--) {
    const [n, end] = bounds[i] ?? [0, 0];
    if (n < 13 || n > 19) continue;
    const next = text.charCodeAt(end);
    if (isDigit(next) || (next === 46 && isDigit(text.charCodeAt(end + 1)))) continue;
    const pan = digits.slice(0, n);
    if (/^(\d)\1+$/.test(pan) || !luhnValid(pan)) continue;
    const brand = cardBrand(pan);
    if (!brand) continue;
    const value = `${pan.slice(0, 6)}${'*'.repeat(n - 10)}${pan.slice(-4)}`;
    return { end, value, raw: maskPan(text.slice(p, end), n), extra: { brand, length: n } };
  }
  return null;
}
