import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEmailShape } from './check-email-shape.js';

/** The header-block rule as first written, on latin1 strings and a regex: the oracle. */
function referenceShape(bytes: Uint8Array): ReturnType<typeof checkEmailShape> | 'binary' {
  if (bytes.length === 0 || bytes.subarray(0, 8192).some((b) => b === 0)) return 'binary';
  const CORE = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'date', 'message-id', 'received']);
  for (const f of ['return-path', 'mime-version', 'content-type', 'sender', 'reply-to', 'delivered-to'])
    CORE.add(f);
  for (const f of ['in-reply-to', 'references', 'x-mailer']) CORE.add(f);
  const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;
  const readLine = (pos: number) => {
    let end = bytes.indexOf(10, pos);
    const next = end < 0 ? bytes.length : end + 1;
    if (end < 0) end = bytes.length;
    let text = Buffer.from(bytes.subarray(pos, Math.min(end, pos + 4096))).toString('latin1');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    return { text, next };
  };
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let line = readLine(pos);
  if (line.text.startsWith('From ')) {
    pos = line.next;
    line = readLine(pos);
  }
  const start = pos;
  const endsWithNewline = bytes[bytes.length - 1] === 10;
  if (!FIELD.test(line.text)) {
    const message = `no RFC 822 header block: first line ${JSON.stringify(line.text.slice(0, 40))} is not a header field`;
    return { ok: false, problem: { message, severity: 'error', offset: pos } };
  }
  let core = 0;
  let closed = false;
  while (pos < bytes.length) {
    line = readLine(pos);
    if (line.text === '') {
      closed = true;
      break;
    }
    const m = FIELD.exec(line.text);
    if (m) {
      if (CORE.has(m[1]!.toLowerCase())) core++;
    } else if (line.text[0] !== ' ' && line.text[0] !== '\t') {
      closed = true;
      break;
    }
    pos = line.next;
  }
  if (core === 0) {
    const message = 'no RFC 822 header block: none of From, To, Subject, Date, Message-ID, Received… found';
    return { ok: false, problem: { message, severity: 'error' } };
  }
  if (!closed && !endsWithNewline) {
    const message = `truncated: the file ends inside the header block (${bytes.length} bytes)`;
    return { ok: false, problem: { message, severity: 'error', offset: bytes.length } };
  }
  return { ok: true, shape: { start, endsWithNewline } };
}

describe('checkEmailShape', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'From: a@example.org',
      'SUBJECT : hi',
      'Content-Type:\ttext/plain',
      'Delivered-To: x',
      'X-Spam-Status: No',
      'Received-SPF: pass',
      'Return-Path:',
      'x-mailer:v',
      ' folded',
      '\tfolded',
      '',
      '\r',
      '\r\r',
      ':no name',
      'No colon here',
      'Bad Name: x',
      'From someone Thu Jan  1 00:00:00 2026',
      'Ünïcode: x',
      'A'.repeat(4095) + ':',
      'B'.repeat(4096) + ':',
      `To:${' '.repeat(5000)}x`,
    ),
    fc.string({ maxLength: 20 }),
  );
  it('judges header blocks as the string-and-regex rule did', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '\ufeff', 'From me@example.org Thu Jan  1 00:00:00 2026\n'),
        fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n')), { maxLength: 12 }),
        fc.constantFrom('', 'body\n', 'cut'),
        (head, lines, tail) => {
          const bytes = Buffer.from(head + lines.map(([l, eol]) => l + eol).join('') + tail, 'utf8');
          const want = referenceShape(bytes);
          if (want === 'binary') return;
          expect(checkEmailShape(bytes)).toEqual(want);
        },
      ),
      { seed: 9, numRuns: 3000 },
    );
  });

  it('accepts a plain message and refuses prose', () => {
    expect(checkEmailShape(Buffer.from('Subject: x\r\n\r\nbody'))).toEqual({
      ok: true,
      shape: { start: 0, endsWithNewline: false },
    });
    expect(checkEmailShape(Buffer.from('Dear Bob: hi\nthere\n'))).toMatchObject({ ok: false });
  });
});
