import { describe, expect, it } from 'vitest';
import { ConversationStories } from './conversation-story.js';

const fold = (lines: Array<[string, string, string?, string?]>) => {
  const c = new ConversationStories();
  for (const [i, [sender, text, iban, crypto]] of lines.entries()) {
    c.add({
      id: `m${i}`,
      ref: `#${i}`,
      sender,
      text,
      ...(iban ? { iban } : {}),
      ...(crypto ? { crypto } : {}),
    });
  }
  return c.findings();
};
const WALLET = 'bc1q8r9q4tkxgxqclj2l7s7wjuk7ratv7ek934ne5e';

describe('ConversationStories', () => {
  it("joins the parts of one sender's messages into the story none of them tells alone", () => {
    const f = fold([
      ['+447700900811', 'Hi Mum, this is my new number x'],
      ['+447700900811', 'I dropped the old phone in the bath'],
      ['mum', 'Why not call me?'],
      ['+447700900811', 'Can you pay two bills for me today? I will pay you back tomorrow'],
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]?.reasons?.[0]?.evidence).toBe(
      '+447700900811: "new number" (#0) + "dropped the old phone" (#1) + "Can you pay" (#3)',
    );
    expect(f[0]?.data).toEqual({
      sender: '+447700900811',
      messages: ['m0', 'm1', 'm3'],
      parts: 4,
      story: 'family-impersonation',
    });
  });
  it('takes an IBAN in a message as the request', () => {
    const f = fold([
      ['lena', 'Das ist meine neue Nummer'],
      ['lena', 'Empfänger M. Schneider', 'DE78100110012626718349'],
    ]);
    expect(f[0]?.reasons?.[0]?.evidence).toBe('lena: "neue Nummer" (#0) + IBAN DE78100110012626718349 (#1)');
  });
  it('leaves a story told in one message to that message, and never joins two senders', () => {
    expect(fold([['a', 'This is my new number, my phone broke. Can you transfer 300 for me?']])).toEqual([]);
    expect(
      fold([
        ['a', 'This is my new number'],
        ['b', 'Can you transfer 300 for me?'],
      ]),
    ).toEqual([]);
  });
  it('needs two parts: a lost phone alone is no story', () => {
    expect(
      fold([
        ['a', 'I lost my phone'],
        ['a', 'See you at 8'],
      ]),
    ).toEqual([]);
  });

  it("joins family parts only when they are close: within 20 of the sender's messages and 48 hours", () => {
    const chat = (gap: number, hours: number) => {
      const c = new ConversationStories();
      const t0 = Date.UTC(2026, 2, 1);
      c.add({ id: 'a', sender: 'son', text: 'I lost my phone at the station', time: t0 });
      for (let i = 0; i < gap; i++) c.add({ id: `x${i}`, sender: 'son', text: 'ok', time: t0 + i * 60_000 });
      c.add({ id: 'b', sender: 'son', text: 'Can you transfer 50 for me?', time: t0 + hours * 3600_000 });
      return c.findings().map((f) => f.data?.messages);
    };
    expect(chat(5, 3)).toEqual([['a', 'b']]);
    // The same two parts months apart in a family chat, or 30 messages apart: everyday life.
    expect(chat(5, 24 * 90)).toEqual([]);
    expect(chat(30, 3)).toEqual([]);
  });
  it('joins courtship, a trading pitch and a wallet into the romance-investment story', () => {
    const f = fold([
      ['David', 'Good morning my dear Karin ☀️ Did you sleep well?'],
      ['Karin', 'Good morning! Yes thank you'],
      ['David', 'My aunt trades Bitcoin on a crypto platform, I made 38% last month alone.'],
      ['Karin', 'Is that not risky?'],
      [
        'David',
        `Just pay the 430 USD to the same wallet ${WALLET} and it will be released in 24h.`,
        undefined,
        WALLET,
      ],
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]?.reasons?.[0]).toEqual({
      signal: 'romance-investment',
      weight: 0,
      evidence: `David: "my dear" (#0) + "bitcoin, crypto, 38%" (#2) + wallet ${WALLET} (#4)`,
    });
    expect(f[0]?.data).toMatchObject({
      sender: 'David',
      messages: ['m0', 'm2', 'm4'],
      story: 'romance-investment',
    });
  });
  it('reads the story in other languages, the deposit asked for in the pitch as the money', () => {
    const f = fold([
      ['Marco', 'Buongiorno amore mio, penso sempre a te ❤️'],
      [
        'Marco',
        'Mein Onkel macht mit Krypto 45% Rendite im Monat. Nach einer Einzahlung von 5000 Euro bist du VIP.',
      ],
    ]);
    expect(f.map((x) => x.reasons?.[0]?.signal)).toEqual(['romance-investment']);
  });
  it('needs all three parts, and a pitch that promises returns', () => {
    // A couple: affection, the shop's stock, a payment.
    expect(
      fold([
        ['a', 'I love you, see you tonight ❤️'],
        ['a', 'The shop is out of stock again, I had to pay extra for delivery'],
      ]),
    ).toEqual([]);
    // Courtship and a pitch, but no money asked for yet.
    expect(
      fold([
        ['a', 'I miss you so much darling'],
        ['a', 'I trade crypto with my uncle, 30% profit every month'],
      ]),
    ).toEqual([]);
    // All three in one message is not a story told over a chat.
    expect(
      fold([['a', `My love, invest in crypto with me, 40% profit: send it to ${WALLET}`, undefined, WALLET]]),
    ).toEqual([]);
  });
});
