/**
 * @module ingest/text/decode-text
 * Bytes of a plain-text document → string. Rule (predictable for an analyst): a BOM wins
 * (UTF-8, UTF-16 LE/BE); else valid UTF-8; else windows-1252 via iconv-lite (the usual legacy Western charset,
 * and it maps every byte, so nothing is lost silently).
 */
import iconv from 'iconv-lite';

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The charset `decodeText` settled on. */
export type TextCharset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decodes a text document by the rule above. */
export function decodeText(bytes: Uint8Array): { text: string; charset: TextCharset } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), charset: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), charset: 'utf-16be' };
  try {
    return { text: utf8Fatal.decode(bytes), charset: 'utf-8' };
  } catch {
    // iconv-lite, not TextDecoder: Node 20's windows-1252 decoder is really ISO-8859-1 (no €).
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'),
      charset: 'windows-1252',
    };
  }
}
