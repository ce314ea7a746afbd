/**
 * @module ingest/text/fix-c1-controls
 * Node 20's `TextDecoder('windows-1252')` decodes as ISO-8859-1 (bytes 0x80–0x9F come out as
 * C1 control characters instead of €, „, ‘, ’, “, ”, –, —, ™…). WHATWG maps iso-8859-1 and
 * us-ascii labels to windows-1252 too, so this hits most Western legacy mail that postal-mime
 * decodes. C1 controls never carry meaning in mail or chat text, so we map them through the
 * windows-1252 table (iconv-lite's, which is right) wherever they appear.
 */

const C1 = /[\u0080-\u009f]/g;
/**
 * windows-1252 bytes 0x80–0x9F, as iconv-lite decodes them (U+FFFD for the five undefined ones);
 * written out so that every thread that parses mail does not load iconv-lite for 32 characters
 * (a test checks it against iconv-lite).
 */
export const CP1252_C1 =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

/** `s` with U+0080–U+009F replaced by their windows-1252 characters. */
export function fixC1Controls(s: string): string {
  C1.lastIndex = 0;
  if (!C1.test(s)) return s;
  return s.replace(C1, (ch) => {
    const mapped = CP1252_C1[ch.charCodeAt(0) - 0x80];
    // iconv-lite leaves the five undefined cp1252 positions as U+FFFD: keep the original then.
    return mapped && mapped !== '\ufffd' ? mapped : ch;
  });
}
