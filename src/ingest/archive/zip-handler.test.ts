import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildZip,
  collect,
  errors,
  FIXTURES,
  OPTIONS,
  values,
} from '../../../test/fixtures/ingest/helpers.js';
import { detectFormat } from '../detect-format.js';
import { DEFAULT_LIMITS } from '../format-handler.js';
import { memorySourceFile } from '../memory-source-file.js';

const eml = readFileSync(join(FIXTURES, 'email/koi8-r.eml'));
const chat = readFileSync(join(FIXTURES, 'chat/whatsapp-ios.txt'));

async function run(zip: Buffer, limits = DEFAULT_LIMITS) {
  const file = memorySourceFile('/cases/seized.zip', zip);
  const handler = detectFormat(file, { ...OPTIONS, limits });
  expect(handler.format).toBe('zip');
  expect(handler.container).toBe('archive');
  return collect(handler, file, { ...OPTIONS, limits });
}

describe('zip handler', () => {
  it('dispatches members through detectFormat, nested containers as children', async () => {
    const inner = buildZip([{ name: 'chat/WhatsApp Chat.txt', data: chat }]);
    const results = await run(
      buildZip([
        { name: 'mail/koi8.eml', data: eml },
        { name: 'inner.zip', data: inner, store: true },
      ]),
    );
    expect(errors(results)).toEqual([]);
    const [mail, nested] = values(results);
    expect(mail).toMatchObject({
      kind: 'email',
      path: '/cases/seized.zip!mail/koi8.eml',
      fileName: 'mail/koi8.eml',
      subject: 'Срочно: ваш счёт заблокирован',
    });
    expect(nested).toMatchObject({ kind: 'archive', path: '/cases/seized.zip!inner.zip' });
    const exportItem = nested?.children?.[0];
    expect(exportItem).toMatchObject({
      kind: 'chat-export',
      path: '/cases/seized.zip!inner.zip!chat/WhatsApp Chat.txt',
    });
    expect(exportItem?.children).toHaveLength(4);
    expect(exportItem?.children?.[0]?.kind).toBe('chat-message');
  });

  it('refuses a zip bomb entry by its compression ratio, and keeps the rest', async () => {
    const bomb = Buffer.alloc(20 * 1024 * 1024); // 20 MiB of zeros deflates ~1000:1
    const results = await run(
      buildZip([
        { name: 'zeros.bin', data: bomb },
        { name: 'ok.eml', data: eml },
      ]),
    );
    expect(errors(results)).toEqual([
      expect.stringMatching(
        /^entry "zeros\.bin" refused: compression ratio \d+:1 is over the 200:1 limit \(zip bomb\?\)$/,
      ),
    ]);
    expect(values(results).map((v) => v.fileName)).toEqual(['ok.eml']);
  });

  it('refuses entries with ../ or absolute paths without extracting them', async () => {
    const results = await run(
      buildZip([
        { name: '../evil.txt', data: Buffer.from('pwned') },
        { name: '/etc/cron.d/x', data: Buffer.from('pwned') },
        { name: 'fine.txt', data: Buffer.from('fine') },
      ]),
    );
    expect(errors(results)).toEqual([
      'entry "../evil.txt" refused: path traversal ("..") escapes the archive',
      'entry "/etc/cron.d/x" refused: absolute path',
    ]);
    expect(values(results).map((v) => v.text)).toEqual(['fine']);
  });

  it('stops at the entry-count and total-size limits', async () => {
    const members = Array.from({ length: 5 }, (_, i) => ({
      name: `n${i}.txt`,
      data: Buffer.from(`note ${i} `.repeat(50)),
    }));
    const byCount = await run(buildZip(members), { ...DEFAULT_LIMITS, maxArchiveEntries: 3 });
    expect(values(byCount)).toHaveLength(3);
    expect(errors(byCount)).toEqual(['more than 3 entries: the rest of the archive is not read']);
    const bySize = await run(buildZip(members), { ...DEFAULT_LIMITS, maxArchiveBytes: 1000 });
    expect(values(bySize)).toHaveLength(2);
    expect(errors(bySize)[0]).toMatch(/^entry "n2\.txt" refused: the archive expands beyond 1000 bytes/);
  });

  it('catches an entry that inflates beyond its declared size', async () => {
    const results = await run(
      buildZip([{ name: 'liar.txt', data: Buffer.from('x'.repeat(5000)), declaredSize: 100 }]),
      {
        ...DEFAULT_LIMITS,
        maxCompressionRatio: 1e9,
      },
    );
    expect(errors(results)[0]).toMatch(/^entry "liar\.txt" unreadable: /);
  });

  it('keeps nested archives past maxArchiveDepth unopened, with a warning', async () => {
    let zip = buildZip([{ name: 'deep.txt', data: Buffer.from('bottom') }]);
    for (let i = 0; i < 3; i++) zip = buildZip([{ name: `level${i}.zip`, data: zip, store: true }]);
    const results = await run(zip, { ...DEFAULT_LIMITS, maxArchiveDepth: 1 });
    // seized.zip (depth 0) > level2.zip (depth 1, opened) > level1.zip (depth 2: kept whole).
    const top = results[0];
    expect(top?.ok && top.value).toMatchObject({ kind: 'archive', fileName: 'level2.zip' });
    const kept = top?.ok ? top.value.children?.[0] : undefined;
    expect(kept).toMatchObject({ kind: 'file', fileName: 'level1.zip' });
  });

  it('never lets a broken member fail the whole archive (no fatal problem escapes)', async () => {
    const xml = '<smses><sms address="+447700900123" date="1" type="1" body="kept" />\n<sms body="unclosed\n';
    const results = await run(
      buildZip([
        { name: 'result.json', data: Buffer.from('{"messages": [ {"id": 1,') },
        { name: 'sms.xml', data: Buffer.from(xml) },
      ]),
    );
    for (const r of results) if (!r.ok) expect(r.problems.some((p) => p.fatal)).toBe(false);
    const [json, sms] = values(results);
    expect(json).toMatchObject({ kind: 'file', fileName: 'result.json' });
    expect(sms).toMatchObject({
      kind: 'chat-export',
      fileName: 'sms.xml',
      children: [{ kind: 'sms', text: 'kept' }],
    });
    expect(errors(results)).toEqual([expect.stringMatching(/sms\.xml: malformed SMS backup XML: /)]);
  });

  it('reports a file that is not a zip', async () => {
    const results = await run(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100, 1)]));
    expect(errors(results)[0]).toMatch(/^not a readable zip archive: /);
  });
});
