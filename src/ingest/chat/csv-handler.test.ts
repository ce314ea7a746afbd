import { describe, expect, it } from 'vitest';
import { collect, errors, fixture, OPTIONS, values } from '../../../test/fixtures/ingest/helpers.js';
import { memorySourceFile } from '../memory-source-file.js';
import { csvHandler } from './csv-handler.js';
import { jsonlHandler } from './jsonl-handler.js';

describe('generic CSV export', () => {
  it('sniffs the delimiter, picks text/from/date columns, reads quoted multi-line fields', async () => {
    const r = await collect(csvHandler, fixture('chat/messages.csv'));
    const items = values(r);
    expect(items.map((i) => i.text)).toEqual([
      'Votre colis est bloqué; payez 2,99 € ici: https://colis-fr.example',
      'Line one\nline two with "quotes"',
      'plain',
    ]);
    expect(items[0]).toMatchObject({
      from: { address: '+33612345678' },
      date: '2024-01-05T10:00:00.000Z',
      path: expect.stringMatching(/messages\.csv#0$/),
    });
    expect(items[1]?.date).toBe('2024-01-05T10:20:00.000Z');
    expect(items[2]?.meta).toMatchObject({ line: 5, rawDate: 'not a date' });
    expect(r[2]).toMatchObject({
      ok: true,
      warnings: [{ message: 'line 5: unparseable date "not a date"' }],
    });
  });

  it('honours --text-column and names the columns when it is missing', async () => {
    const csv = 'id,note,who\n1,hello,bob\n';
    const picked = values(
      await collect(csvHandler, memorySourceFile('x.csv', Buffer.from(csv)), {
        ...OPTIONS,
        textColumn: 'note',
      }),
    );
    expect(picked[0]?.text).toBe('hello');
    const missing = await collect(csvHandler, memorySourceFile('x.csv', Buffer.from(csv)), {
      ...OPTIONS,
      textColumn: 'body',
    });
    expect(errors(missing)).toEqual(['text column "body" not found; columns are "id", "note", "who"']);
    const none = await collect(csvHandler, memorySourceFile('x.csv', Buffer.from(csv)));
    expect(errors(none)[0]).toMatch(
      /^no text column \(text, body, message…\) among "id", "note", "who"; name it with --text-column$/,
    );
  });

  it('reports an unclosed quote with its line', async () => {
    const r = await collect(
      csvHandler,
      memorySourceFile('x.csv', Buffer.from('text\nok\n"never closed\nmore\n')),
    );
    expect(values(r).map((i) => i.text)).toEqual(['ok']);
    expect(errors(r)).toEqual(['line 3: unclosed quote in the record starting at line 3']);
  });
});

describe('generic JSONL export', () => {
  it('reads objects, epoch-ms and ISO dates with offsets', async () => {
    const items = values(await collect(jsonlHandler, fixture('chat/messages.jsonl')));
    expect(items.map((i) => [i.from?.address, i.date, i.text])).toEqual([
      ['@scammer_handle', '2024-01-05T10:20:00.000Z', 'DM me for the 10x crypto signal'],
      ['@victim', '2024-01-05T10:00:00.000Z', 'How much?'],
    ]);
  });

  it('reports bad lines by number and goes on', async () => {
    const r = await collect(
      jsonlHandler,
      memorySourceFile('x.jsonl', Buffer.from('{"text":"a"}\n{broken\n[1]\n{"text":"b"}\n')),
    );
    expect(values(r).map((i) => i.text)).toEqual(['a', 'b']);
    expect(errors(r)[0]).toMatch(/^line 2: invalid JSON \(/);
    expect(errors(r)[1]).toBe('line 3: not a JSON object');
  });
});
