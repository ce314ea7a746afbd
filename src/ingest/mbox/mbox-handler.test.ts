import { describe, expect, it } from 'vitest';
import { collect, errors, fixture, OPTIONS, values } from '../../../test/fixtures/ingest/helpers.js';
import { memorySourceFile } from '../memory-source-file.js';
import { mboxHandler } from './mbox-handler.js';

describe('mbox handler', () => {
  it('parses every message as path#index, un-escapes >From, reports a broken From line', async () => {
    const r = await collect(mboxHandler, fixture('email/small.mbox'));
    const mails = values(r);
    expect(mails.map((m) => m.subject)).toEqual([
      'Verify your account',
      'Lunch?',
      'After a broken From line',
    ]);
    expect(mails[0]?.path).toMatch(/small\.mbox#0$/);
    expect(mails[0]?.text).toContain('\nFrom the security team.');
    expect(r[2]).toMatchObject({
      ok: true,
      warnings: [
        {
          message: expect.stringMatching(
            /^message #2 at byte \d+: malformed "From " separator line "From "$/,
          ),
        },
      ],
    });
  });

  it('refuses a file with no separator at all', async () => {
    const r = await collect(
      mboxHandler,
      memorySourceFile('x.mbox', Buffer.from('\x00\x01binary\xff garbage')),
    );
    expect(errors(r)).toEqual(['no "From " separator line found: not an mbox file']);
  });

  it('reports a message over maxInMemoryBytes and keeps the others', async () => {
    const big = `From a@b.c Mon Jan  1 10:00:00 2024\nFrom: a@b.c\n\n${'x'.repeat(5000)}\n\nFrom a@b.c Mon Jan  1 10:00:00 2024\nFrom: a@b.c\nSubject: small\n\nok\n`;
    const r = await collect(mboxHandler, memorySourceFile('x.mbox', Buffer.from(big)), {
      ...OPTIONS,
      limits: { ...OPTIONS.limits, maxInMemoryBytes: 1000 },
    });
    expect(errors(r)).toEqual(['message #0: message 0 is larger than 1000 bytes: skipped']);
    expect(values(r).map((m) => m.subject)).toEqual(['small']);
  });
});
