import { describe, expect, it } from 'vitest';
import { buildMsg } from '../../../test/fixtures/ingest/build-msg.js';
import { collect, errors, values } from '../../../test/fixtures/ingest/helpers.js';
import { detectFormat } from '../detect-format.js';
import { DEFAULT_LIMITS } from '../format-handler.js';
import { memorySourceFile } from '../memory-source-file.js';
import { msgHandler } from './msg-handler.js';

describe('Outlook .msg', () => {
  it('reads sender, recipients, subject, body, transport headers and attachments', async () => {
    const file = memorySourceFile('mail/ceo-fraud.msg', Buffer.from(buildMsg()));
    expect(detectFormat(file, { limits: DEFAULT_LIMITS }).format).toBe('msg');
    const [mail] = values(await collect(msgHandler, file));
    expect(mail).toMatchObject({
      kind: 'email',
      from: { name: 'CEO Example', address: 'ceo@example-corp.test' },
      to: [{ name: 'Finance Team', address: 'finance@example.org' }],
      subject: 'Urgent wire transfer',
      text: expect.stringContaining('IBAN DE89 3704 0044 0532 0130 00'),
      headers: [
        { name: 'Received', value: 'from mx.example-corp.test' },
        { name: 'X-Mailer', value: 'Example' },
      ],
    });
    expect(mail?.children?.[0]).toMatchObject({
      kind: 'file',
      fileName: 'invoice.pdf',
      mediaType: 'application/pdf',
      path: 'mail/ceo-fraud.msg!attachment/1',
    });
    expect(Buffer.from(mail!.children![0]!.bytes).toString()).toBe('%PDF-1.4\n%%EOF\n');
  });

  it('refuses a file without the OLE2 signature', async () => {
    const r = await collect(msgHandler, memorySourceFile('x.msg', Buffer.from('From: a@b.c\n\nhello\n')));
    expect(errors(r)).toEqual(['not an Outlook .msg file: no OLE2 compound-file signature']);
  });

  it('reports a truncated compound file instead of throwing', async () => {
    const r = await collect(msgHandler, memorySourceFile('x.msg', Buffer.from(buildMsg()).subarray(0, 700)));
    expect(r).toHaveLength(1);
    expect(r[0]?.ok).toBe(false);
    expect(errors(r)[0]).toMatch(/^unreadable \.msg: /);
  });
});
