import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../core/result.js';
import { formatMboxEntry } from './format-mbox-entry.js';
import { type MboxMessage, splitMbox } from './split-mbox.js';

const FROM_LINE = 'From alice@example.org Mon Jan  1 10:00:00 2024';

/** Streams `data` in chunks of `size` bytes, to exercise every chunk-boundary position. */
function chunked(data: Buffer, size: number): Readable {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) chunks.push(data.subarray(i, i + size));
  return Readable.from(chunks);
}

async function split(
  data: Buffer | string,
  size = 65536,
): Promise<{ messages: MboxMessage[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const messages: MboxMessage[] = [];
  const buf = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  for await (const m of splitMbox(chunked(buf, size), { onProblem: (p) => problems.push(p) }))
    messages.push(m);
  return { messages, problems };
}

const texts = (ms: MboxMessage[]): string[] => ms.map((m) => m.bytes.toString('latin1'));

describe('splitMbox', () => {
  it('splits an mboxrd file and un-escapes >From lines', async () => {
    const mbox =
      `${FROM_LINE}\nSubject: one\n\nHello\n>From the start\n>>From quoted\n\n` +
      `${FROM_LINE}\nSubject: two\n\nBye\n\n`;
    const { messages, problems } = await split(mbox);
    expect(texts(messages)).toEqual([
      'Subject: one\n\nHello\nFrom the start\n>From quoted\n',
      'Subject: two\n\nBye\n',
    ]);
    expect(messages.map((m) => m.index)).toEqual([0, 1]);
    expect(messages[1]?.offset).toBe(mbox.indexOf(FROM_LINE, 1));
    expect(problems).toEqual([]);
  });

  it('handles CRLF mailboxes', async () => {
    const mbox = `${FROM_LINE}\r\nSubject: a\r\n\r\nx\r\n>From y\r\n\r\n${FROM_LINE}\r\nSubject: b\r\n\r\nz\r\n\r\n`;
    const { messages } = await split(mbox, 7);
    expect(texts(messages)).toEqual(['Subject: a\r\n\r\nx\r\nFrom y\r\n', 'Subject: b\r\n\r\nz\r\n']);
  });

  it('keeps an unescaped mboxo "From " body line that is not followed by headers', async () => {
    const mbox = `${FROM_LINE}\nSubject: a\n\nDear all,\n\nFrom the desk of the CEO: pay now\n\n`;
    const { messages } = await split(mbox);
    expect(messages).toHaveLength(1);
    expect(texts(messages)[0]).toContain('From the desk of the CEO');
  });

  it('reports a malformed From line that starts a message, and garbage before the first one', async () => {
    const mbox = `garbage line\n\n${FROM_LINE}\nSubject: a\n\nx\n\nFrom \nSubject: b\n\ny\n`;
    const { messages, problems } = await split(mbox);
    expect(texts(messages)).toEqual(['Subject: a\n\nx\n', 'Subject: b\n\ny\n']);
    expect(messages[0]?.problems?.[0]?.message).toMatch(/14 bytes before the first "From " line skipped/);
    expect(messages[1]?.problems?.[0]?.message).toMatch(/malformed "From " separator line "From "/);
    expect(problems).toHaveLength(2);
  });

  it('reports a file without any separator as not an mbox', async () => {
    const { messages, problems } = await split('Subject: hi\n\njust a mail\n');
    expect(messages).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual(['no "From " separator line found: not an mbox file']);
  });

  it('skips and reports a message over maxMessageBytes without buffering it', async () => {
    const big = 'x'.repeat(5000);
    const mbox = `${FROM_LINE}\nSubject: big\n\n${big}\n\n${FROM_LINE}\nSubject: small\n\nok\n`;
    const problems: Problem[] = [];
    const out: MboxMessage[] = [];
    for await (const m of splitMbox(chunked(Buffer.from(mbox), 100), {
      maxMessageBytes: 1000,
      onProblem: (p) => problems.push(p),
    })) {
      out.push(m);
    }
    expect(out[0]?.bytes.length).toBe(0);
    expect(out[0]?.problems?.[0]).toMatchObject({
      severity: 'error',
      message: 'message 0 is larger than 1000 bytes: skipped',
    });
    expect(texts(out.slice(1))).toEqual(['Subject: small\n\nok\n']);
  });

  it('round-trips: split(join(escape(messages))) == messages, at any chunk size (LF and CRLF)', async () => {
    const line = fc
      .array(
        fc.constantFrom('From ', '>From ', '>>From x', 'a', 'b: c', ' ', '>', 'F', 'Fro', '', '\u00e9\u00ff'),
        {
          maxLength: 5,
        },
      )
      .map((parts) => parts.join(''));
    const message = fc
      .tuple(fc.constantFrom('Subject: s', 'From: a@b.c', 'X: y'), fc.array(line, { maxLength: 8 }))
      .map(([head, lines]) => [head, ...lines]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(message, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        fc.boolean(),
        async (messages, size, crlf) => {
          const eol = crlf ? '\r\n' : '\n';
          const bodies = messages.map((lines) => lines.map((l) => l + eol).join(''));
          const mbox = bodies.map((b) => formatMboxEntry(b, FROM_LINE, eol)).join('');
          const { messages: got } = await split(mbox, size);
          expect(texts(got)).toEqual(bodies);
        },
      ),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it('never throws on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.integer({ min: 1, max: 50 }),
        async (bytes, size) => {
          const { messages } = await split(Buffer.from(bytes), size);
          for (const m of messages) expect(m.bytes.length).toBeLessThanOrEqual(bytes.length);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('gives the same messages from a source that reuses one buffer for every chunk', async () => {
    /** Like `chunked`, but each chunk overwrites the previous one in a single buffer. */
    async function* reused(data: Buffer, size: number): AsyncIterable<Buffer> {
      const buf = Buffer.alloc(size);
      for (let i = 0; i < data.length; i += size) {
        const n = data.copy(buf, 0, i, Math.min(i + size, data.length));
        yield buf.subarray(0, n);
        buf.fill(0x58);
      }
    }
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }).map((b) => Buffer.from(b).toString('latin1')),
        fc.integer({ min: 1, max: 50 }),
        async (noise, size) => {
          const mbox = Buffer.from(
            `${FROM_LINE}\nSubject: a\n\n${noise}\n\nFrom x\n>From y\n\n${FROM_LINE}\nSubject: b\n\nz\n`,
            'latin1',
          );
          const expected = await split(mbox, size);
          const problems: Problem[] = [];
          const messages: MboxMessage[] = [];
          for await (const m of splitMbox(reused(mbox, size), {
            reusedChunks: true,
            onProblem: (p) => problems.push(p),
          }))
            messages.push(m);
          expect(texts(messages)).toEqual(texts(expected.messages));
          expect(problems).toEqual(expected.problems);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });
});
