import { describe, expect, it } from 'vitest';
import { collect, errors, fixture, values } from '../../../test/fixtures/ingest/helpers.js';
import { memorySourceFile } from '../memory-source-file.js';
import { telegramHandler } from './telegram-handler.js';

describe('Telegram Desktop export', () => {
  it('reads a single-chat result.json, text as string or entity array', async () => {
    const items = values(await collect(telegramHandler, fixture('chat/telegram-single.json')));
    expect(items).toHaveLength(4);
    expect(items[0]?.meta).toMatchObject({ system: true, action: 'phone_call' });
    expect(items[1]).toMatchObject({
      kind: 'chat-message',
      from: { name: 'Binance Support Team', address: 'user5550001' },
      date: '2023-12-30T10:01:00.000Z',
      text: 'Your account is frozen. Verify within 24h.',
    });
    expect(items[2]?.text).toBe('Open the official portal and enter your seed phrase.');
    expect(items[2]?.meta?.links).toEqual(['https://binance-verify.example/login']);
    expect(items[3]?.meta).toMatchObject({
      localTime: '2023-12-30T10:05:00',
      attachments: ['photos/photo_1@30-12-2023_10-05-00.jpg'],
    });
  });

  it('reads a full account export including left chats', async () => {
    const items = values(await collect(telegramHandler, fixture('chat/telegram-full.json')));
    expect(items.map((i) => i.meta?.chat)).toEqual(['Airdrop Claims', 'Dana Example', 'Old Group']);
    expect(items[0]?.text).toBe('FREE 500 USDT claim at https://usdt-airdrop.example');
  });

  it('also reads Facebook/Instagram message JSON (sender_name, timestamp_ms, escaped UTF-8)', async () => {
    const json = JSON.stringify({
      participants: [{ name: 'Seller' }],
      title: 'Marketplace \u00c3\u00a9change',
      messages: [
        {
          sender_name: 'Seller',
          timestamp_ms: 1704067200000,
          content: 'Pay by gift card \u00e2\u0082\u00ac50',
          photos: [{ uri: 'photos/1.jpg' }],
        },
      ],
    });
    const [item] = values(
      await collect(telegramHandler, memorySourceFile('message_1.json', Buffer.from(json))),
    );
    expect(item).toMatchObject({
      from: { name: 'Seller' },
      date: '2024-01-01T00:00:00.000Z',
      text: 'Pay by gift card €50',
      meta: { chat: 'Marketplace échange', exportFormat: 'meta', attachments: ['photos/1.jpg'] },
    });
  });

  it('reports malformed JSON with the parser position', async () => {
    const r = await collect(
      telegramHandler,
      memorySourceFile('result.json', Buffer.from('{"name": "x", "messages": [ {"id": 1,')),
    );
    expect(errors(r)).toHaveLength(1);
    expect(errors(r)[0]).toMatch(/^malformed Telegram JSON: .*JSON.* \(line 1, column \d+\)$/);
  });

  it('reports JSON that is not a Telegram export', async () => {
    const r = await collect(telegramHandler, memorySourceFile('result.json', Buffer.from('{"hello": []}')));
    expect(errors(r)).toEqual(['not a Telegram Desktop export: no "messages" array and no "chats.list"']);
  });
});
