import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildZip, collect, fixture, OPTIONS } from '../../test/fixtures/ingest/helpers.js';
import { createZipHandler } from './archive/zip-handler.js';
import { csvHandler } from './chat/csv-handler.js';
import { jsonlHandler } from './chat/jsonl-handler.js';
import { smsBackupHandler } from './chat/sms-backup-handler.js';
import { telegramHandler } from './chat/telegram-handler.js';
import { whatsappHandler } from './chat/whatsapp-handler.js';
import { detectFormat } from './detect-format.js';
import { emlHandler } from './email/eml-handler.js';
import { msgHandler } from './email/msg-handler.js';
import { fileHandler } from './file/file-handler.js';
import type { FormatHandler } from './format-handler.js';
import { htmlHandler } from './html/html-handler.js';
import { mboxHandler } from './mbox/mbox-handler.js';
import { memorySourceFile } from './memory-source-file.js';
import { textHandler } from './text/text-handler.js';

const format = (path: string, bytes: string | Buffer): string =>
  detectFormat(
    memorySourceFile(path, typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes),
    OPTIONS,
  ).format;

describe('detectFormat', () => {
  it.each([
    ['email/koi8-r.eml', 'eml'],
    ['email/small.mbox', 'mbox'],
    ['email/ceo-fraud.msg', 'msg'],
    ['chat/whatsapp-android-us.txt', 'whatsapp'],
    ['chat/whatsapp-android-de.txt', 'whatsapp'],
    ['chat/whatsapp-ios.txt', 'whatsapp'],
    ['chat/telegram-single.json', 'telegram'],
    ['chat/telegram-full.json', 'telegram'],
    ['chat/sms-backup.xml', 'sms-backup'],
    ['chat/messages.csv', 'csv'],
    ['chat/messages.jsonl', 'jsonl'],
    ['misc/page.html', 'html'],
    ['misc/note-cp1252.txt', 'text'],
  ])('%s → %s', (rel, expected) => {
    expect(detectFormat(fixture(rel), OPTIONS).format).toBe(expected);
  });

  it('sniffs content behind wrong or missing extensions', () => {
    expect(format('evidence/0001', 'Received: from x\nFrom: a@b.c\nSubject: s\n\nbody\n')).toBe('eml');
    const entry = 'From a@b.c Mon Jan  1 10:00:00 2024\nFrom: a@b.c\n\nx\n\n';
    expect(format('export', entry + entry)).toBe('mbox');
    expect(format('corpus/00001.txt', entry)).toBe('eml'); // one message with its From_ line
    expect(format('download.bin', buildZip([{ name: 'a.txt', data: Buffer.from('a') }]))).toBe('zip');
    expect(format('report.docx', buildZip([{ name: 'word/document.xml', data: Buffer.from('<w/>') }]))).toBe(
      'file',
    );
    expect(format('backup.dat', '<?xml version=\'1.0\'?>\n<smses count="0"></smses>')).toBe('sms-backup');
    expect(format('saved', '<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(format('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('file');
    expect(format('notes.txt', 'Shopping list\n- milk\n')).toBe('text');
  });
});

const HANDLERS: FormatHandler[] = [
  emlHandler,
  msgHandler,
  mboxHandler,
  whatsappHandler,
  telegramHandler,
  smsBackupHandler,
  csvHandler,
  jsonlHandler,
  htmlHandler,
  textHandler,
  createZipHandler((file, options, depth) => (depth > 2 ? fileHandler : detectFormat(file, options))),
  fileHandler,
];

describe('no handler throws on arbitrary bytes', () => {
  it.each(HANDLERS.map((h) => [h.format, h] as const))('%s', async (_name, handler) => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 1500 }),
          fc.string({ maxLength: 500 }).map((s) => new Uint8Array(Buffer.from(s))),
          // Valid-looking prefixes with garbage after them reach deeper into each parser.
          fc
            .tuple(
              fc.constantFrom(
                'From a@b.c Mon Jan  1 10:00:00 2024\nFrom: x\n\n',
                '{"messages": [',
                '<smses><sms ',
                'text,from\n',
                '[1/2/23, 10:00:00] A: ',
                'PK\x03\x04',
                '\xd0\xcf\x11\xe0',
              ),
              fc.uint8Array({ maxLength: 400 }),
            )
            .map(([p, b]) => new Uint8Array(Buffer.concat([Buffer.from(p, 'latin1'), b]))),
        ),
        async (bytes) => {
          const results = await collect(handler, memorySourceFile('fuzz.bin', Buffer.from(bytes)));
          for (const r of results) if (!r.ok) expect(r.problems[0]?.message).toBeTruthy();
        },
      ),
      { seed: 1125, numRuns: 100 },
    );
  });
});
