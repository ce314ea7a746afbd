/**
 * @module analyse/observables/iban-at
 * IBAN at a position, written compact (`DE89370400440532013000`) or in groups of four separated by
 * single spaces. Checked by ISO 13616: the country's registered length, its BBAN format and the
 * mod-97 check digits (`ibantools`).
 */
import { countrySpecs, isValidIBAN } from 'ibantools';
import { memoize } from './memoize.js';

export interface SpanMatch {
  end: number;
  value: string;
  extra?: Record<string, unknown>;
}

/** The same accounts recur across a mailbox; the BBAN and mod-97 checks are remembered. */
const validIban = memoize(isValidIBAN);

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlnum = (c: number): boolean => isUpper(c) || isDigit(c) || (c >= 97 && c <= 122);

const isLower = (c: number): boolean => c >= 97 && c <= 122;

/**
 * Reads an IBAN starting at `p` (two letters, two digits); null when there is none. Letters are
 * all capitals as printed, or all lower case as typed in chats and forms (`de89 3704 …`); mixed
 * case is not an IBAN. `value` is always the compact upper-case form.
 */
export function ibanAt(text: string, p: number): SpanMatch | null {
  const lower = isLower(text.charCodeAt(p));
  const isLetter = lower ? isLower : isUpper;
  if (!isLetter(text.charCodeAt(p)) || !isLetter(text.charCodeAt(p + 1))) return null;
  if (!isDigit(text.charCodeAt(p + 2)) || !isDigit(text.charCodeAt(p + 3))) return null;
  if (p > 0 && isAlnum(text.charCodeAt(p - 1))) return null;
  const cc = lower ? text.slice(p, p + 2).toUpperCase() : text.slice(p, p + 2);
  const len = countrySpecs[cc]?.chars;
  if (!len) return null;
  let compact = '';
  let q = p;
  while (q < text.length && compact.length < len) {
    const c = text.charCodeAt(q);
    if (isLetter(c) || isDigit(c)) {
      compact += text[q];
      q++;
    } else if (
      c === 32 &&
      compact.length % 4 === 0 &&
      compact.length > 0 &&
      isAlnum(text.charCodeAt(q + 1))
    ) {
      q++; // a single space between groups of four, as IBANs are printed
    } else break;
  }
  if (compact.length !== len || (q < text.length && isAlnum(text.charCodeAt(q)))) return null;
  if (lower) compact = compact.toUpperCase();
  if (!validIban(compact)) return null;
  return { end: q, value: compact, extra: { country: cc } };
}
