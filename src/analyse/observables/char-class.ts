/**
 * @module analyse/observables/char-class
 * One lookup table classifying every UTF-16 code unit, so that the scanner's inner loop is a
 * single array read per character (no regex over the whole text). Bits are OR-ed over a token to
 * decide cheaply whether it can hold an indicator at all.
 */

/** Bit flags; a code unit may carry several. */
export const C = {
  /** Part of a token (not whitespace, not a hard delimiter). */
  TOKEN: 1,
  DIGIT: 2,
  UPPER: 4,
  LOWER: 8,
  DOT: 16,
  AT: 32,
  COLON: 64,
  SLASH: 128,
  /** `[`, `(`, `{`, `\`, `^`, `<` — possible defang brackets. */
  BRACKET: 256,
  /** Any non-ASCII code unit that is not whitespace. */
  NONASCII: 512,
  /** Zero-width characters and full-width dots/at/colon: always refanged. */
  FANG: 1024,
  PLUS: 2048,
  HYPHEN: 4096,
  /** `#`, `%`, `=`, `?`, `&`, `~`, `_` and other URL-ish punctuation. */
  PUNCT: 8192,
} as const;

function build(): Uint16Array {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    let f = 0;
    if (c >= 0x30 && c <= 0x39) f = C.TOKEN | C.DIGIT;
    else if (c >= 0x41 && c <= 0x5a) f = C.TOKEN | C.UPPER;
    else if (c >= 0x61 && c <= 0x7a) f = C.TOKEN | C.LOWER;
    else if (c < 0x80) {
      const ch = String.fromCharCode(c);
      if (ch === '.') f = C.TOKEN | C.DOT;
      else if (ch === '@') f = C.TOKEN | C.AT;
      else if (ch === ':') f = C.TOKEN | C.COLON;
      else if (ch === '/') f = C.TOKEN | C.SLASH;
      else if ('[({\\^<]})>'.includes(ch)) f = C.TOKEN | C.BRACKET;
      else if (ch === '+') f = C.TOKEN | C.PLUS;
      else if (ch === '-') f = C.TOKEN | C.HYPHEN;
      else if ('#%=?&~_!$*,;|'.includes(ch)) f = C.TOKEN | C.PUNCT;
      // Hard delimiters (never inside an indicator as written): whitespace, quotes, backtick.
      else f = 0;
    } else if (isUnicodeSpace(c)) f = 0;
    else if (isFangChar(c)) f = C.TOKEN | C.NONASCII | C.FANG;
    else if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb) f = 0;
    else if (c === 0x3001 || c === 0xff0c || c === 0x300c || c === 0x300d)
      f = 0; // CJK comma, quotes
    else f = C.TOKEN | C.NONASCII;
    t[c] = f;
  }
  return t;
}

function isUnicodeSpace(c: number): boolean {
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Zero-width and full-width look-alikes of `.`, `@`, `:`, `/` that defangers insert. */
export function isFangChar(c: number): boolean {
  return (
    c === 0x200b ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0xad ||
    c === 0x3002 ||
    c === 0xff0e ||
    c === 0xff61 ||
    c === 0xff20 ||
    c === 0xff1a ||
    c === 0xff0f
  );
}

/** The table, indexed by UTF-16 code unit. */
export const CHAR_CLASS: Uint16Array = build();
