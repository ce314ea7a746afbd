import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { liftBase64Attachments } from './lift-base64-attachments.js';
import { parseEmail } from './parse-email.js';

function message(eol: string): { raw: Buffer; data: Buffer; text: string } {
  const data = Buffer.alloc(50_000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
  const text = 'Grüße aus Köln '.repeat(400);
  const b64 = (b: Buffer): string => b.toString('base64').replace(/.{76}/g, `$&${eol}`);
  const raw = [
    'From: a@example.org',
    'Subject: lifted',
    'Content-Type: multipart/mixed; boundary="XYZ"',
    '',
    '--XYZ',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(Buffer.from(text)),
    '--XYZ',
    'Content-Type: application/octet-stream; name="blob.bin"',
    'Content-Transfer-Encoding: BASE64',
    '',
    b64(data),
    '--XYZ--',
    '',
  ].join(eol);
  return { raw: Buffer.from(raw, 'latin1'), data, text };
}

describe('liftBase64Attachments', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('gives the same attachment bytes and text as postal-mime alone (%s)', async (_n, eol) => {
    const { raw, data, text } = message(eol);
    const lifted = liftBase64Attachments(raw, raw.toString('latin1'));
    expect(lifted.bodies.size).toBe(1); // the text part is never lifted
    expect(lifted.bytes.length).toBeLessThan(raw.length / 2);
    const r = await parseEmail(raw, 'm.eml');
    if (!r.ok) throw new Error(r.problems[0]?.message);
    const plain = await PostalMime.parse(raw, {
      forceRfc822Attachments: true,
      attachmentEncoding: 'arraybuffer',
    });
    const reference = Buffer.from(plain.attachments[0]!.content as ArrayBuffer);
    expect(reference.equals(data)).toBe(true);
    expect(Buffer.from(r.value.children![0]!.bytes).equals(data)).toBe(true);
    expect(r.value.text).toBe(text);
    expect(r.value.bytes).toBe(raw);
  });
});
