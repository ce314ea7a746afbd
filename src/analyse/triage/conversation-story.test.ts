import { describe, expect, it } from 'vitest';
import { ConversationStories } from './conversation-story.js';

const fold = (lines: Array<[string, string, string?]>) => {
  const c = new ConversationStories();
  for (const [i, [sender, text, iban]] of lines.entries()) {
    c.add({ id: `m${i}`, ref: `#${i}`, sender, text, ...(iban ? { iban } : {}) });
  }
  return c.findings();
};

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
    expect(f[0]?.data).toEqual({ sender: '+447700900811', messages: ['m0', 'm1', 'm3'], parts: 4 });
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
});
