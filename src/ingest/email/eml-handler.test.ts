import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, errors, FIXTURES, values } from '../../../test/fixtures/ingest/helpers.js';
import { DEFAULT_LIMITS } from '../format-handler.js';
import { memorySourceFile } from '../memory-source-file.js';
import { openSourceFile } from '../source-file.js';
import { emlHandler } from './eml-handler.js';

describe('eml handler', () => {
  it('reads a file from disk', async () => {
    const limits = DEFAULT_LIMITS;
    const file = await openSourceFile(join(FIXTURES, 'email/multipart-nested.eml'), limits);
    expect(values(await collect(emlHandler, file, { limits }))[0]?.children).toHaveLength(2);
  });

  it('reads an Apple Mail .emlx (byte count, message, plist) and keeps the whole file as bytes', async () => {
    const msg = 'From: a@example.org\nSubject: from Apple Mail\n\nhello\n';
    const emlx = Buffer.from(
      `${Buffer.byteLength(msg)}\n${msg}<?xml version="1.0"?>\n<plist version="1.0"><dict/></plist>\n`,
    );
    const [item] = values(await collect(emlHandler, memorySourceFile('Messages/1.emlx', emlx)));
    expect(item?.subject).toBe('from Apple Mail');
    expect(item?.text).toBe('hello\n');
    expect(item?.bytes).toBe(emlx);
  });

  it('refuses a file over maxInMemoryBytes with a message naming the limit', async () => {
    const limits = { ...DEFAULT_LIMITS, maxInMemoryBytes: 200 };
    const file = await openSourceFile(join(FIXTURES, 'email/multipart-nested.eml'), limits);
    const r = await collect(emlHandler, file, { limits });
    expect(r).toHaveLength(1);
    expect(errors(r)[0]).toMatch(/^file is [\d.]+ KiB, over the 200 B limit for this format/);
  });
});
