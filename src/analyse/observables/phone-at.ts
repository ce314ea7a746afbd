/**
 * @module analyse/observables/phone-at
 * Phone numbers at a position, validated with `libphonenumber-js` (full metadata): international
 * formats (`+49 30 901820`, `0049 …`) always; national formats (`030 901820`, `(030) 901820`) only
 * when a region is given, since without one a national number cannot be told from any digit run.
 */

import type { CountryCode } from 'libphonenumber-js/max';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { SpanMatch } from './iban-at.js';
import { memoize } from './memoize.js';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Characters that may sit between the digits of a written phone number. */
const isPhoneSep = (c: number): boolean =>
  c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 47;

/** `REGION|written` → the valid number, memoised (metadata look-ups are the costly part). */
const parsePhone = memoize((key: string): { number: string; country?: string } | null => {
  const bar = key.indexOf('|');
  const region = key.slice(0, bar);
  const p = parsePhoneNumberFromString(
    key.slice(bar + 1),
    region ? { defaultCountry: region as CountryCode } : undefined,
  );
  return p?.isValid() ? { number: p.number, ...(p.country ? { country: p.country } : {}) } : null;
});

/**
 * Reads a phone number starting at `p` (`+`, `00`, or with a region `0`/`(`). Tries the longest
 * digit run first, then drops trailing groups (a number followed by an extension or a date).
 */
export function phoneAt(text: string, p: number, region: string | undefined): SpanMatch | null {
  const c0 = text.charCodeAt(p);
  const intl = c0 === 43 || (text.startsWith('00', p) && !region);
  if (!intl && !region) return null;
  if (p > 0) {
    const prev = text.charCodeAt(p - 1);
    if (
      isDigit(prev) ||
      (prev >= 65 && prev <= 90) ||
      (prev >= 97 && prev <= 122) ||
      prev === 46 ||
      prev === 43
    )
      return null;
  }
  if (!intl && c0 !== 48 && c0 !== 40) return null;
  let q = c0 === 43 ? p + 1 : p;
  let digits = 0;
  let lastSep = -1;
  const ends: number[] = [];
  while (q < text.length && digits < 17) {
    const c = text.charCodeAt(q);
    if (isDigit(c)) {
      digits++;
      q++;
      lastSep = -1;
      continue;
    }
    if (isPhoneSep(c) && lastSep === -1) {
      if (digits > 0 && c !== 40) ends.push(c === 41 ? q + 1 : q);
      lastSep = c;
      q++;
      continue;
    }
    if (c === 40 && lastSep === 32 && text.charCodeAt(q + 2) === 41) {
      // `+49 (0)30 …`: the trunk prefix in brackets after the country code.
      q++;
      lastSep = 40;
      continue;
    }
    if (c === 32 && lastSep === 41) {
      q++;
      lastSep = 32;
      continue;
    }
    break;
  }
  if (lastSep === -1) ends.push(q);
  // Every candidate below has at most `digits` digits and needs 7: most `+0100`-like runs stop here.
  if (digits < 7) return null;
  for (let i = ends.length - 1, tries = 0; i >= 0 && tries < 4; i--, tries++) {
    const end = ends[i] ?? p;
    const next = text.charCodeAt(end);
    if (isDigit(next) || (next >= 65 && next <= 90) || (next >= 97 && next <= 122)) continue;
    let written = text.slice(p, end);
    if (written.startsWith('00') && !region) written = `+${written.slice(2)}`;
    const n = written.replace(/[^\d+]/g, '');
    if (n.replace('+', '').length < 7) break;
    const parsed = parsePhone(`${region ?? ''}|${written}`);
    if (parsed)
      return { end, value: parsed.number, extra: parsed.country ? { country: parsed.country } : undefined };
  }
  return null;
}
