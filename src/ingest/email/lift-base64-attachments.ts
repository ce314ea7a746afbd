/**
 * @module ingest/email/lift-base64-attachments
 * Speed: postal-mime decodes base64 in JavaScript, line by line (~10 MB/s on a loaded 2-core
 * box), so one 200 KB attachment costs as much as a hundred short mails. Before parsing, we lift
 * big base64 bodies of non-text parts out of the message, leave a tiny unique placeholder in
 * their place, and decode them afterwards with Node's native base64 decoder, swapping the real
 * bytes back into the matching attachment. Text parts are never lifted (postal-mime must decode
 * their charset), nor are message/rfc822 or multipart parts.
 *
 * Invariant: the attachment bytes are identical to what postal-mime would produce (the test
 * compares both paths). A base64 body ends at the next line starting with `--`: base64 has no `-`.
 */

/** Bodies smaller than this are left to postal-mime: lifting them would not pay. */
export const LIFT_MIN_BYTES = 4096;

const PART_HEADERS = /\n--[^\r\n]*\r?\n((?:[^\r\n]+\r?\n)+?)\r?\n/g;
const CTE_BASE64 = /^content-transfer-encoding:[ \t]*base64[ \t]*\r?$/im;
const TEXTLIKE = /^content-type:[ \t]*(?:text|message|multipart)\//im;

/** Result of lifting: the lighter message and the bodies to decode natively. */
export interface Lifted {
  /** The message with big base64 bodies replaced by placeholders (or the input, unchanged). */
  bytes: Uint8Array;
  /** Placeholder (decoded bytes, latin1) → base64 text to decode natively. */
  bodies: Map<string, string>;
}

/** Replaces big base64 attachment bodies by placeholders; `raw` is `bytes` as latin1. */
export function liftBase64Attachments(bytes: Uint8Array, raw: string): Lifted {
  const bodies = new Map<string, string>();
  if (raw.length < LIFT_MIN_BYTES * 2) return { bytes, bodies };
  const pieces: string[] = [];
  let last = 0;
  PART_HEADERS.lastIndex = 0;
  for (let m = PART_HEADERS.exec(raw); m; m = PART_HEADERS.exec(raw)) {
    const headers = m[1] ?? '';
    const bodyStart = m.index + m[0].length;
    if (!CTE_BASE64.test(headers) || TEXTLIKE.test(headers)) continue;
    let bodyEnd = raw.indexOf('\n--', bodyStart);
    if (bodyEnd < 0) bodyEnd = raw.length;
    if (bodyEnd - bodyStart < LIFT_MIN_BYTES) continue;
    // 12 bytes of marker base64-encode to exactly 16 characters, no padding to confuse anything.
    const marker = `\u0000DNB64${String(bodies.size).padStart(6, '0')}`;
    const placeholder = Buffer.from(marker, 'latin1').toString('base64');
    bodies.set(marker, raw.slice(bodyStart, bodyEnd));
    pieces.push(raw.slice(last, bodyStart), placeholder, '\n');
    last = bodyEnd;
    PART_HEADERS.lastIndex = bodyEnd;
  }
  if (bodies.size === 0) return { bytes, bodies };
  pieces.push(raw.slice(last));
  return { bytes: Buffer.from(pieces.join(''), 'latin1'), bodies };
}

/** The real bytes for an attachment whose content is a placeholder, else undefined. */
export function restoreLifted(content: Uint8Array, bodies: Map<string, string>): Buffer | undefined {
  if (bodies.size === 0 || content.length !== 12 || content[0] !== 0) return undefined;
  const body = bodies.get(
    Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString('latin1'),
  );
  return body === undefined ? undefined : Buffer.from(body, 'base64');
}
