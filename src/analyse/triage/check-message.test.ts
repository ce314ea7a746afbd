import { describe, expect, it } from 'vitest';
import { checkMessage, MAX_MESSAGE_CHARS } from './check-message.js';

describe('checkMessage', () => {
  it('rejects empty, binary and oversized messages with a reason', () => {
    expect(checkMessage({ text: ' \n\t ' })).toMatch(/empty/);
    expect(
      checkMessage({
        text: '\u0000\u0001\u0002\u0003garbage\ufffd\ufffd\ufffd\ufffd\ufffd\u0004\u0005\u0006',
      }),
    ).toMatch(/binary/);
    expect(checkMessage({ text: 'a'.repeat(MAX_MESSAGE_CHARS + 1) })).toMatch(/too large/);
  });
  it('accepts a subject-only or HTML-only message and text in any script', () => {
    expect(checkMessage({ text: '', subject: 'Invoice' })).toBeUndefined();
    expect(checkMessage({ text: '', html: '<p>hi</p>' })).toBeUndefined();
    expect(checkMessage({ text: '𐀀𐀁𐀂 ꯀꯁꯂ' })).toBeUndefined();
  });
});
