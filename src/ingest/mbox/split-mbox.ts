/**
 * @module ingest/mbox/split-mbox
 * Streaming mbox splitter (mboxo and mboxrd, LF or CRLF).
 *
 * Invariants:
 * - Memory is bounded by the largest message kept (capped by `maxMessageBytes`; bigger messages
 *   are skipped and reported) plus one read chunk: the file is never loaded whole.
 * - A separator is a line starting `From ` at the start of the file or right after a blank line,
 *   AND that either looks like a From_ line (`From sender … hh:mm … yyyy`) or is followed by a
 *   header field. Other `From ` lines after a blank line are body text (unescaped mboxo bodies).
 * - Message bytes exclude the From_ line and the blank line the writer adds before the next one;
 *   lines matching `>+From ` lose one `>` (mboxrd un-escaping).
 * - Never throws on content; problems go to `onProblem` and to the item they concern.
 *
 * Speed: lines are not visited one by one; native `indexOf` jumps between the only line starts
 * that matter (`\nFrom ` and `\n>`), so base64 attachments cost a memcpy.
 */
import type { Readable } from 'node:stream';
import type { Problem } from '../../core/result.js';

/** One message cut from the mailbox. */
export interface MboxMessage {
  /** 0-based position of the message in the mailbox. */
  index: number;
  /** Byte offset of its From_ line in the file. */
  offset: number;
  /** The RFC 822 message, un-escaped. Empty when an `error` problem says it was skipped. */
  bytes: Buffer;
  /** Problems about this message (a malformed From_ line, garbage before it, oversize…). */
  problems?: Problem[];
}

/** Limits and problem reporting for `splitMbox`. */
export interface SplitMboxOptions {
  /** Messages bigger than this are skipped (bytes empty, an error problem). Default 256 MiB. */
  maxMessageBytes?: number;
  /** Called for every problem, including those not tied to a message (no separator at all). */
  onProblem?: (problem: Problem) => void;
  /**
   * The source reuses its buffer for the next chunk (`SourceFile.chunks`): what is kept of a
   * chunk (the start of a message not finished yet) is copied before the next is read.
   */
  reusedChunks?: boolean;
}

const NL = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM = Buffer.from('From ', 'latin1');
const NL_FROM = Buffer.from('\nFrom ', 'latin1');
const NL_GT = Buffer.from('\n>', 'latin1');
/** `From sender … hh:mm … yyyy` — what every mbox writer puts on the separator line. */
const FROM_LINE = /^From \S+ .*\b\d{1,2}:\d{2}\b.*\b\d{4}\b/;
const HEADER_FIELD = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

/**
 * Splits an mbox stream into messages, in order.
 * @param stream the mbox bytes (a file read stream); read once, sequentially
 */
export async function* splitMbox(
  stream: Readable | AsyncIterable<Buffer>,
  options: SplitMboxOptions = {},
): AsyncIterable<MboxMessage> {
  const maxBytes = options.maxMessageBytes ?? 256 * 1024 * 1024;
  const report = (p: Problem): Problem => {
    options.onProblem?.(p);
    return p;
  };

  let carry: Buffer = Buffer.alloc(0); // incomplete tail: the last partial line, or a deferred From line
  let base = 0; // file offset of carry[0]
  let prevBlank = true; // the line before the current buffer start was blank (file start counts)
  let midLine = false; // the current buffer starts mid-line (after an over-long line was flushed)
  let current:
    | { offset: number; parts: Buffer[]; size: number; problems: Problem[]; oversize: boolean }
    | undefined;
  let index = 0;
  let leading = 0; // bytes before the first separator

  const append = (chunk: Buffer): void => {
    if (!current) {
      leading += chunk.length;
      return;
    }
    if (current.oversize) return;
    if (current.size + chunk.length > maxBytes) {
      current.oversize = true;
      current.parts = [];
      return;
    }
    current.parts.push(chunk);
    current.size += chunk.length;
  };
  const finish = (): MboxMessage | undefined => {
    if (!current) return undefined;
    const msg = current;
    current = undefined;
    const problems = msg.problems;
    let bytes: Buffer;
    if (msg.oversize) {
      bytes = Buffer.alloc(0);
      problems.push(
        report({
          message: `message ${index} is larger than ${maxBytes} bytes: skipped`,
          offset: msg.offset,
          severity: 'error',
        }),
      );
    } else {
      // Always a copy: a sub-array would pin the whole 64 KiB read chunk while the caller holds it.
      bytes = Buffer.concat(msg.parts, msg.size);
      bytes = stripSeparatorBlank(bytes);
    }
    const out: MboxMessage = { index: index++, offset: msg.offset, bytes };
    if (problems.length > 0) out.problems = problems;
    return out;
  };

  /**
   * Processes complete lines in buf[0, end). Returns how many bytes were consumed (a From line
   * whose next line is not complete yet is left for the next round).
   */
  function* scan(buf: Buffer, end: number, eof: boolean): Generator<MboxMessage, number> {
    let pos = 0; // start of not-yet-appended bytes
    const lineStart = !midLine;
    midLine = false;
    let from = lineStart && end >= 5 && buf.compare(FROM, 0, 5, 0, 5) === 0 ? 0 : findFrom(buf, 0, end);
    let gt = lineStart && buf[0] === GT ? 0 : find(buf, NL_GT, 0, end);
    while (from >= 0 || gt >= 0) {
      if (gt >= 0 && (from < 0 || gt < from)) {
        // mboxrd: `>From `, `>>From `… lose one `>`.
        let p = gt;
        while (p < end && buf[p] === GT) p++;
        if (end - p >= 5 && buf.compare(FROM, 0, 5, p, p + 5) === 0) {
          append(buf.subarray(pos, gt));
          pos = gt + 1;
        }
        gt = find(buf, NL_GT, gt + 1, end);
        continue;
      }
      const at = from;
      from = findFrom(buf, at + 1, end);
      if (!(at === 0 ? prevBlank : blankBefore(buf, at))) continue;
      let lineEnd = buf.indexOf(NL, at);
      if (lineEnd < 0 || lineEnd >= end) lineEnd = end; // last line of the file, no line break
      let nextEnd = lineEnd >= end ? -1 : buf.indexOf(NL, lineEnd + 1);
      if ((nextEnd < 0 || nextEnd >= end) && !eof) {
        // Need the following line to decide: defer this From line to the next chunk.
        append(buf.subarray(pos, at));
        return at;
      }
      const line = buf.toString('latin1', at, Math.min(lineEnd, at + 1024)).replace(/\r$/, '');
      if (nextEnd < 0 || nextEnd > end) nextEnd = end;
      const next =
        lineEnd >= end ? '' : buf.toString('latin1', lineEnd + 1, Math.min(nextEnd, lineEnd + 1025));
      const wellFormed = FROM_LINE.test(line);
      if (!wellFormed && !HEADER_FIELD.test(next)) continue; // body text that happens to start `From `
      append(buf.subarray(pos, at));
      const done = finish();
      if (done) yield done;
      const problems: Problem[] = [];
      if (index === 0 && leading > 0) {
        problems.push(
          report({
            message: `${leading} bytes before the first "From " line skipped`,
            offset: 0,
            severity: 'warning',
          }),
        );
      }
      if (!wellFormed) {
        problems.push(
          report({
            message: `malformed "From " separator line ${JSON.stringify(line.slice(0, 60))}`,
            offset: base + at,
            severity: 'warning',
          }),
        );
      }
      current = { offset: base + at, parts: [], size: 0, problems, oversize: false };
      pos = Math.min(lineEnd + 1, end);
      if (gt >= 0 && gt < pos) gt = find(buf, NL_GT, pos - 1, end);
    }
    append(buf.subarray(pos, end));
    return end;
  }

  function* feed(data: Buffer): Generator<MboxMessage, void> {
    const buf = carry.length === 0 ? data : Buffer.concat([carry, data]);
    const lastNl = buf.lastIndexOf(NL);
    if (lastNl < 0) {
      carry = buf;
      // A single line longer than a whole message limit: stream it into the current message anyway.
      if (carry.length > 1024 * 1024) {
        append(carry);
        base += carry.length;
        prevBlank = false;
        midLine = true;
        carry = Buffer.alloc(0);
      }
      return;
    }
    const consumed = yield* scan(buf, lastNl + 1, false);
    if (consumed > 0) prevBlank = blankBefore(buf, consumed);
    carry = buf.subarray(consumed);
    // Detach the tail from the big chunk so the chunk can be collected.
    if (carry.length > 0) carry = Buffer.from(carry);
    base += consumed;
  }

  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    // The tail carried over from the last chunk (usually part of a line) is completed with this
    // chunk's first two lines, fed on their own, so that the rest of the chunk is scanned where
    // it lies: joining the tail to the whole chunk copied every byte of the mailbox once more,
    // and that garbage (1 MiB per chunk) drove most of the store thread's major collections.
    const cut = carry.length > 0 ? afterTwoLines(data) : -1;
    if (cut > 0 && cut < data.length) {
      yield* feed(data.subarray(0, cut));
      yield* feed(data.subarray(cut));
    } else yield* feed(data);
    if (options.reusedChunks) {
      if (current && current.parts.length > 0) current.parts = [Buffer.concat(current.parts, current.size)];
      if (carry === data || carry.buffer === data.buffer) carry = Buffer.from(carry);
    }
  }
  if (carry.length > 0) yield* scan(carry, carry.length, true);
  const last = finish();
  if (last) yield last;
  if (index === 0) {
    report({ message: 'no "From " separator line found: not an mbox file', offset: 0, severity: 'error' });
  }
}

/** The offset just past the second line break of `data`, or -1. */
function afterTwoLines(data: Buffer): number {
  const first = data.indexOf(NL);
  if (first < 0) return -1;
  const second = data.indexOf(NL, first + 1);
  return second < 0 ? -1 : second + 1;
}

/** True when the line ending just before line start `at` (> 0) is empty (`\n` or `\r\n`). */
function blankBefore(buf: Buffer, at: number): boolean {
  if (at === 1) return true;
  if (buf[at - 2] === NL) return true;
  return buf[at - 2] === CR && (at === 2 || buf[at - 3] === NL);
}

function find(buf: Buffer, needle: Buffer, from: number, end: number): number {
  const i = buf.indexOf(needle, from);
  return i < 0 || i + 1 >= end ? -1 : i + 1;
}

/** Next line start ≥ from+… holding `From ` (returns the line start, not the `\n`). */
function findFrom(buf: Buffer, from: number, end: number): number {
  return find(buf, NL_FROM, Math.max(0, from - 1), end);
}

/** Drops the one blank line an mbox writer puts between a message and the next From_ line. */
function stripSeparatorBlank(bytes: Buffer): Buffer {
  const n = bytes.length;
  if (n >= 2 && bytes[n - 1] === NL && bytes[n - 2] === NL) return bytes.subarray(0, n - 1);
  if (n >= 4 && bytes[n - 1] === NL && bytes[n - 2] === CR && bytes[n - 3] === NL && bytes[n - 4] === CR) {
    return bytes.subarray(0, n - 2);
  }
  if (n === 1 && bytes[0] === NL) return bytes.subarray(0, 0);
  return bytes;
}
