import { describe, expect, it } from 'vitest';
import { collect, errors, fixture, values } from '../../../test/fixtures/ingest/helpers.js';
import { memorySourceFile } from '../memory-source-file.js';
import { whatsappHandler } from './whatsapp-handler.js';

describe('WhatsApp export', () => {
  it('reads the Android US layout: system message, phone senders, multi-line text, attachments', async () => {
    const items = values(await collect(whatsappHandler, fixture('chat/whatsapp-android-us.txt')));
    expect(items).toHaveLength(8);
    expect(items[0]).toMatchObject({ kind: 'chat-message', meta: { system: true } });
    expect(items[0]?.from).toBeUndefined();
    expect(items[1]).toMatchObject({
      from: { name: '+1 415 555 0100', address: '+14155550100' },
      date: '2023-12-30T20:16:00.000Z',
      meta: { localTime: '2023-12-30T20:16:00', dateOrder: 'mdy', layout: 'android' },
    });
    expect(items[3]?.text).toBe(
      'Yes but I need to pay a bill today\nand my banking app does not work on the new phone.\nCan you send 1,450 USD to this account?',
    );
    expect(items[4]?.meta?.attachments).toEqual(['IMG-20231230-WA0003.jpg']);
    expect(items[5]?.meta?.mediaOmitted).toBe(true);
    // Two identical "ok" messages stay two distinct items (index in the canonical bytes).
    expect(items[6]?.text).toBe('ok');
    expect(items[7]?.text).toBe('ok');
    expect(Buffer.from(items[6]!.bytes).equals(Buffer.from(items[7]!.bytes))).toBe(false);
    expect(JSON.parse(Buffer.from(items[6]!.bytes).toString())).toEqual({
      attachments: [],
      index: 6,
      sender: 'Mom',
      source: 'whatsapp-android-us.txt',
      text: 'ok',
      time: '2023-12-31T21:42:00.000Z',
    });
  });

  it('reads the dotted day-first Android layout and national phone numbers', async () => {
    const items = values(await collect(whatsappHandler, fixture('chat/whatsapp-android-de.txt')));
    expect(items.map((i) => i.date)).toEqual([
      '2023-12-31T21:41:00.000Z',
      '2023-12-31T21:42:00.000Z',
      '2024-01-01T09:05:00.000Z',
    ]);
    expect(items[1]?.from).toEqual({ name: '+49 151 23456789', address: '+4915123456789' });
  });

  it('reads the iOS layout with seconds, LRM marks and <attached:> lines', async () => {
    const items = values(await collect(whatsappHandler, fixture('chat/whatsapp-ios.txt')));
    expect(items).toHaveLength(4);
    expect(items[0]).toMatchObject({
      from: { name: 'Crypto Mentor' },
      date: '2023-12-31T21:41:05.000Z',
      meta: { layout: 'ios', dateOrder: 'dmy' },
    });
    expect(items[1]?.text).toContain('\nand you will receive 0.5 BTC back');
    expect(items[2]?.meta?.attachments).toEqual(['00000012-PHOTO-2023-12-31-21-43-00.jpg']);
  });

  it('refuses a text file with no stamped line', async () => {
    const r = await collect(whatsappHandler, memorySourceFile('chat.txt', Buffer.from('just\nsome notes\n')));
    expect(errors(r)).toEqual(['not a WhatsApp chat export: no line starts with a date and time stamp']);
  });

  it('warns about an impossible date instead of inventing one', async () => {
    const r = await collect(
      whatsappHandler,
      memorySourceFile('chat.txt', Buffer.from('31/02/2024, 10:00 - A: hi\n')),
    );
    expect(r[0]).toMatchObject({
      ok: true,
      warnings: [{ message: 'line 1: impossible date/time in stamp' }],
    });
    expect(values(r)[0]?.date).toBeUndefined();
  });
});
