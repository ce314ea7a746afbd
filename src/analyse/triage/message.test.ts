import { describe, expect, it } from 'vitest';
import { messageFromEvidence } from './message.js';

describe('messageFromEvidence', () => {
  it('keeps what the model reads, formatting parties as written', () => {
    const m = messageFromEvidence({
      kind: 'email',
      path: 'a.eml',
      text: 'Pay now',
      subject: 'Invoice',
      from: { name: 'Billing', address: 'billing@example.org' },
      replyTo: [{ address: 'pay@example.net' }],
      html: '<p>Pay now</p>',
      headers: [{ name: 'From', value: 'Billing <billing@example.org>' }],
      attachmentText: 'Invoice 4417: pay at https://pay.example.net',
    });
    expect(m).toEqual({
      attachmentText: 'Invoice 4417: pay at https://pay.example.net',
      text: 'Pay now',
      subject: 'Invoice',
      from: 'Billing <billing@example.org>',
      replyTo: ['pay@example.net'],
      html: '<p>Pay now</p>',
      headers: [{ name: 'From', value: 'Billing <billing@example.org>' }],
    });
  });

  it('gives a bare SMS the same keys as a full e-mail, the absent ones undefined (one object shape)', () => {
    const sms = messageFromEvidence({ kind: 'sms', path: 's', text: 'hi', replyTo: [] });
    const mail = messageFromEvidence({ kind: 'email', path: 'e', subject: 's', html: '<b>x</b>' });
    expect(Object.keys(sms)).toEqual([
      'text',
      'subject',
      'from',
      'replyTo',
      'html',
      'headers',
      'attachmentText',
    ]);
    expect(Object.keys(mail)).toEqual(Object.keys(sms));
    expect(sms).toEqual({ text: 'hi' });
    expect(mail.text).toBe('');
    expect(sms.replyTo).toBeUndefined();
  });

  it("drops a chat export's attachment markers, which are the app's words and not the sender's", () => {
    const chat = (text: string, attachments: string[]) =>
      messageFromEvidence({ kind: 'chat-message', path: 'chat.txt#4', text, meta: { attachments } }).text;
    const ios = '00000006-PHOTO-2026-02-14-10-36-49.jpg';
    expect(chat(`<attached: ${ios}>`, [ios])).toBe('');
    expect(chat(`\u200e<attached: ${ios}>`, [ios])).toBe('');
    const android = 'Screenshot_20260224-193812.jpg';
    expect(chat(`${android} (file attached)\nLook at my account, +6.400 USD`, [android])).toBe(
      'Look at my account, +6.400 USD',
    );
    expect(chat(`${android} (Datei angehängt)`, [android])).toBe('');
    // Without the handler's list nothing is touched.
    expect(chat(`<attached: ${ios}>`, [])).toBe(`<attached: ${ios}>`);
  });
});
