/**
 * @module ingest/email/check-email-shape
 * Decides, before any MIME parsing, whether bytes can be an RFC 822 message at all.
 *
 * The rule (deliberately simple, so an analyst can predict it):
 * - empty input, or more than 5 % control bytes / any NUL in the first 8 KiB => binary, refused;
 * - the first line (after an optional mbox `From ` line and UTF-8 BOM) must be a header field
 *   (`Name: value`), and the header block must name at least one core RFC 5322 / MIME field;
 * - a header block that is not closed by a blank line and where the file does not end with a
 *   line break => truncated, refused (a cut at a random byte lands there or mid-line).
 */
import type { Problem } from '../../core/result.js';

/** Enough to tell text from binary; scanning more per message would cost ingest throughput. */
const SAMPLE = 8 * 1024;
const CORE_FIELDS = new Set([
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  'date',
  'message-id',
  'received',
  'return-path',
  'mime-version',
  'content-type',
  'sender',
  'reply-to',
  'delivered-to',
  'in-reply-to',
  'references',
  'x-mailer',
]);
/** 1 for control bytes that do not occur in mail text; TAB, LF, FF, CR and ESC (ISO-2022-JP) do. */
const CONTROL = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) CONTROL[b] = b === 9 || b === 10 || b === 12 || b === 13 || b === 0x1b ? 0 : 1;
CONTROL[0x7f] = 1;
/** Longest name in CORE_FIELDS: longer field names are not looked up. */
const MAX_CORE_NAME = Math.max(...[...CORE_FIELDS].map((f) => f.length));
/** Bytes of a line we look at (a 2 GB header-less blob must not become a 2 GB string). */
const MAX_LINE = 4096;

/** Where the message proper starts, and how the file ends. */
export interface EmailShape {
  /** Byte offset where the header block starts (after a leading `From ` line / BOM). */
  start: number;
  /** True when the bytes end with a line break (used to tell truncation from sloppy MIME). */
  endsWithNewline: boolean;
}

/** Returns the shape, or the error problem that disqualifies the bytes. */
export function checkEmailShape(
  bytes: Uint8Array,
): { ok: true; shape: EmailShape } | { ok: false; problem: Problem } {
  if (bytes.length === 0) return bad('empty file: not an e-mail message');
  const sampleEnd = Math.min(bytes.length, SAMPLE);
  const nul = bytes.indexOf(0);
  if (nul >= 0 && nul < sampleEnd)
    return bad(`binary data (NUL byte at offset ${nul}): not an RFC 822 message`, nul);
  let control = 0;
  for (let i = 0; i < sampleEnd; i++) control += CONTROL[bytes[i]!]!;
  if (control > sampleEnd * 0.05) {
    return bad(`binary data (${control} control bytes in the first ${sampleEnd}): not an RFC 822 message`);
  }

  let pos = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
  let line = readLine(bytes, pos);
  if (line.text.startsWith('From ')) {
    pos = line.next;
    line = readLine(bytes, pos);
  }
  const start = pos;
  const endsWithNewline = bytes[bytes.length - 1] === 10;
  if (fieldNameEnd(bytes, pos, lineStop(bytes, pos)) < 0) {
    return bad(
      `no RFC 822 header block: first line ${JSON.stringify(line.text.slice(0, 40))} is not a header field`,
      pos,
    );
  }
  // The header block is read as bytes: a string, a Buffer view and a match array per header line
  // were a sixth of all the garbage a parse made.
  let core = 0;
  let closed = false;
  while (pos < bytes.length) {
    let end = bytes.indexOf(10, pos);
    const next = end < 0 ? bytes.length : end + 1;
    if (end < 0) end = bytes.length;
    const nameEnd = fieldNameEnd(bytes, pos, Math.min(end, pos + MAX_LINE));
    if (nameEnd > 0) {
      if (isCoreField(bytes, pos, nameEnd)) core++;
    } else if (bytes[pos] !== 32 && bytes[pos] !== 9) {
      // The blank line (LF or CRLF) ends the header block; so does a stray line, as most
      // parsers treat it: judge what we have.
      closed = true;
      break;
    }
    pos = next;
  }
  if (core === 0)
    return bad('no RFC 822 header block: none of From, To, Subject, Date, Message-ID, Received… found');
  if (!closed && !endsWithNewline) {
    return bad(`truncated: the file ends inside the header block (${bytes.length} bytes)`, bytes.length);
  }
  return { ok: true, shape: { start, endsWithNewline } };
}

function bad(message: string, offset?: number): { ok: false; problem: Problem } {
  return { ok: false, problem: { message, severity: 'error', ...(offset === undefined ? {} : { offset }) } };
}

/** Where the line at `pos` stops being read: its line break, the end, or the cap. */
function lineStop(bytes: Uint8Array, pos: number): number {
  const end = bytes.indexOf(10, pos);
  return Math.min(end < 0 ? bytes.length : end, pos + MAX_LINE);
}

/**
 * End of the field name when bytes[pos, stop) starts a header field (`Name: value`: printable
 * ASCII except colon, RFC 5322 ftext, then optional WSP and a colon), else -1.
 */
function fieldNameEnd(bytes: Uint8Array, pos: number, stop: number): number {
  let i = pos;
  while (i < stop && isNameByte(bytes[i]!)) i++;
  if (i === pos) return -1;
  const nameEnd = i;
  while (i < stop && (bytes[i] === 32 || bytes[i] === 9)) i++;
  return i < stop && bytes[i] === 0x3a ? nameEnd : -1;
}

const isNameByte = (b: number): boolean => b >= 0x21 && b <= 0x7e && b !== 0x3a;

/** Whether the ASCII field name bytes[from, to) is a core field, case-insensitively. */
function isCoreField(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from > MAX_CORE_NAME) return false;
  let name = '';
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    name += String.fromCharCode(b >= 0x41 && b <= 0x5a ? b + 0x20 : b);
  }
  return CORE_FIELDS.has(name);
}

/** One line as latin1 text (header bytes are ASCII; we only test ASCII patterns), CR stripped. */
function readLine(bytes: Uint8Array, pos: number): { text: string; next: number } {
  let end = bytes.indexOf(10, pos);
  const next = end < 0 ? bytes.length : end + 1;
  if (end < 0) end = bytes.length;
  // Cap: a 2 GB header-less blob must not become a 2 GB string.
  const stop = Math.min(end, pos + MAX_LINE);
  let text = Buffer.from(bytes.buffer, bytes.byteOffset + pos, stop - pos).toString('latin1');
  if (text.endsWith('\r')) text = text.slice(0, -1);
  return { text, next };
}
