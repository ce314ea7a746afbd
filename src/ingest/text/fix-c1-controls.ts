/**
 * @module ingest/text/fix-c1-controls
 * Node 20's `TextDecoder('windows-1252')` decodes as ISO-8859-1 (bytes 0x80–0x9F come out as
 * C1 control characters instead of €, „, ‘, ’, “, ”, –, —, ™…). WHATWG maps iso-8859-1 and
 * us-ascii labels to windows-1252 too, so this hits most Western legacy mail that postal-mime
 * decodes. C1 controls never carry meaning in mail or chat text, so we map them through the
 * windows-1252 table (iconv-lite's, which is right) wherever they appear.
 */
import iconv from 'iconv-lite';

const C1 = /[\u0080-\u009f]/g;
const TABLE = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');

/** `s` with U+0080–U+009F replaced by their windows-1252 characters. */
export function fixC1Controls(s: string): string {
  C1.lastIndex = 0;
  if (!C1.test(s)) return s;
  return s.replace(C1, (ch) => {
    const mapped = TABLE[ch.charCodeAt(0) - 0x80];
    // iconv-lite leaves the five undefined cp1252 positions as U+FFFD: keep the original then.
    return mapped && mapped !== '\ufffd' ? mapped : ch;
  });
}
