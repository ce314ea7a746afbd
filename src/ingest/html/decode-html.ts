/**
 * @module ingest/html/decode-html
 * HTML bytes to text, the way a browser would pick the charset: BOM, then a `<meta charset>` /
 * `http-equiv` declaration in the first KiB, then valid UTF-8, else windows-1252. Saved pages and
 * HTML attachments share it.
 */
import { decodeText } from '../text/decode-text.js';
import { fixC1Controls } from '../text/fix-c1-controls.js';

/** Decodes an HTML document; never throws (an unknown declared charset falls back to the generic rule). */
export function decodeHtml(bytes: Uint8Array): string {
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (!hasBom) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString(
      'latin1',
    );
    const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
    const label = m?.[1]?.toLowerCase();
    if (label && label !== 'utf-8' && label !== 'utf8') {
      try {
        return fixC1Controls(new TextDecoder(label).decode(bytes));
      } catch {
        // unknown label: fall through to the generic rule
      }
    }
  }
  return decodeText(bytes).text;
}
