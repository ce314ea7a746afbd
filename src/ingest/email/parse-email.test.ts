import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedEvidence } from '../../core/evidence.js';
import type { Result } from '../../core/result.js';
import { parseEmail, parseEmailForTriage } from './parse-email.js';

const FIX = join(import.meta.dirname, '../../../test/fixtures/ingest/email');
const read = (name: string): Buffer => readFileSync(join(FIX, name));

/** Arbitrary bytes, or a real message with a slice cut out and random bytes put in its place. */
function arbitraryOrMutated(base: Buffer): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2000 }),
    fc
      .tuple(fc.nat(base.length), fc.nat(base.length), fc.uint8Array({ maxLength: 40 }))
      .map(([a, b, ins]) =>
        Buffer.concat([base.subarray(0, Math.min(a, b)), ins, base.subarray(Math.max(a, b))]),
      ),
  );
}

describe('parseEmail on legacy charsets (fixtures built with iconv-lite)', () => {
  const cases: [string, string, string][] = [
    ['koi8-r.eml', 'Срочно: ваш счёт заблокирован', 'Здравствуйте! Подтвердите данные карты по ссылке.'],
    ['iso-2022-jp.eml', 'お支払い情報の確認', 'アカウントが停止されました。こちらから確認してください。'],
    ['shift_jis.eml', '配送のお知らせ', 'お荷物をお届けできませんでした。再配達のご依頼はこちら。'],
    ['gb2312.eml', '中奖通知', '恭喜您获得一等奖，请尽快联系客服领取。'],
    ['big5.eml', '帳戶安全警告', '您的帳戶存在異常登入，請立即驗證身分。'],
    ['windows-1251.eml', 'Выигрыш в лотерею', 'Поздравляем! Для получения приза оплатите комиссию.'],
  ];
  it.each(cases)('%s: RFC 2047 subject and body decode', async (file, subject, body) => {
    const r = await parseEmail(read(file), file);
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.subject).toBe(subject);
    expect(r.value.text?.trim()).toBe(body);
    expect(r.value.from).toEqual({ name: 'Sécurité', address: 'security@example-bank.test' });
    expect(r.value.date).toBe('2023-11-14T08:15:00.000Z');
    expect(r.warnings).toBeUndefined();
  });
});

describe('parseEmail on a From display name with an unquoted comma', () => {
  it('keeps the mailbox and the whole display name, as mail clients show them', async () => {
    const r = await parseEmail(read('unquoted-comma-from.eml'), 'unquoted-comma-from.eml');
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.from).toEqual({ name: 'Daniel Brooks, CEO', address: 'd.brooks.office@gmail.com' });
  });
});

describe('parseEmail on a multipart message with a nested message/rfc822 and a PDF', () => {
  it('fills parties, dates, headers, meta, text from HTML and children', async () => {
    const bytes = read('multipart-nested.eml');
    const r = await parseEmail(bytes, 'in/multipart-nested.eml');
    if (!r.ok) throw new Error(r.problems[0]?.message);
    const e = r.value;
    expect(e.kind).toBe('email');
    expect(e.bytes).toBe(bytes);
    expect(e.from).toEqual({ name: 'Example Shop Billing', address: 'billing@example-shop.test' });
    expect(e.to).toEqual([
      { name: 'Jane Doe', address: 'jane.doe@example.org' },
      { address: 'accounts@example.org' },
    ]);
    expect(e.cc).toEqual([{ name: 'René Müller', address: 'rene@example.org' }]);
    expect(e.replyTo).toEqual([{ address: 'payments@lookalike-shop.test' }]);
    expect(e.subject).toBe('Re: Invoice № 4417 – payment overdue');
    expect(e.date).toBe('2023-11-15T08:00:00.000Z');
    expect(e.text).toBe('Dear customer,\n\nInvoice 4417 is overdue. Pay at our portal.');
    expect(e.html).toContain('href="http://lookalike-shop.test/pay"');
    expect(e.headers?.map((h) => h.name)).toEqual([
      'Return-Path',
      'Received',
      'From',
      'To',
      'Cc',
      'Reply-To',
      'Subject',
      'Date',
      'Message-ID',
      'In-Reply-To',
      'MIME-Version',
      'Content-Type',
    ]);
    expect(e.headers?.find((h) => h.name === 'Cc')?.value).toBe('René Müller <rene@example.org>');
    expect(e.meta).toMatchObject({
      messageId: '<outer-4417@example-shop.test>',
      inReplyTo: '<q-77@example.org>',
      returnPath: 'bounce@mailer.example-shop.test',
      textFromHtml: true,
    });
    const [inner, pdf] = e.children ?? [];
    expect(inner).toMatchObject({
      kind: 'email',
      path: 'in/multipart-nested.eml!attachment/1',
      fileName: 'original.eml',
      subject: 'Question about invoice',
      from: { name: 'Jane Doe', address: 'jane.doe@example.org' },
      text: expect.stringMatching(/^Hello, which invoice is this about\?\n+$/),
    });
    expect(pdf).toMatchObject({ kind: 'file', fileName: 'invoice-4417.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from(pdf?.bytes ?? []).toString('latin1')).toMatch(/^%PDF-1\.4\n[\s\S]*%%EOF\n$/);
  });
});

describe('parseEmail on bad input', () => {
  it('refuses a message truncated inside its multipart body', async () => {
    const whole = read('multipart-nested.eml');
    const r = await parseEmail(whole.subarray(0, whole.length - 60), 'cut.eml');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]?.message).toMatch(
        /^truncated: the multipart body ends mid-line without its closing boundary "--==outer==--"/,
      );
  });

  it('refuses a message truncated inside its header block', async () => {
    const r = await parseEmail(read('koi8-r.eml').subarray(0, 100), 'cut.eml');
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: 'truncated: the file ends inside the header block (100 bytes)' }],
    });
  });

  it('refuses binary garbage named .eml', async () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const r = await parseEmail(garbage, 'garbage.eml');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]?.message).toMatch(
        /^binary data \(NUL byte at offset \d+\): not an RFC 822 message$/,
      );
  });

  it('refuses text that has no header block', async () => {
    const r = await parseEmail(Buffer.from('Hello Bob,\nthis is just a letter.\n'), 'letter.eml');
    expect(r).toMatchObject({
      ok: false,
      problems: [{ message: 'no RFC 822 header block: first line "Hello Bob," is not a header field' }],
    });
  });

  it('keeps a message with an invalid charset label, with a warning naming the label', async () => {
    const raw =
      'From: a@example.org\nSubject: hi\nContent-Type: text/plain; charset="x-no-such-charset"\n\ncaf\xe9\n';
    const r = await parseEmail(Buffer.from(raw, 'latin1'), 'odd.eml');
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.text).toBe('café\n');
    expect(r.warnings?.map((w) => w.message)).toEqual([
      'unknown charset label "x-no-such-charset": text decoded as windows-1252',
    ]);
  });

  it('decodes encoded words in a charset only iconv-lite knows (UTF-7)', async () => {
    const raw = 'From: a@example.org\nSubject: =?utf-7?Q?Hi_+AKM-5?=\n\nbody\n';
    const r = await parseEmail(Buffer.from(raw), 'u7.eml');
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.subject).toBe('Hi £5');
  });

  it('parses a message saved with its mbox From_ line (public corpora), keeping the line in meta', async () => {
    const raw =
      'From alice@example.org  Thu Aug 22 12:36:23 2002\nReturn-Path: <alice@example.org>\nFrom: Alice <alice@example.org>\nSubject: hi\n\nbody\n';
    const r = await parseEmail(Buffer.from(raw), 'corpus/00001');
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.headers?.map((h) => h.name)).toEqual(['Return-Path', 'From', 'Subject']);
    expect(r.value.meta?.mboxFromLine).toBe('From alice@example.org  Thu Aug 22 12:36:23 2002');
    expect(Buffer.from(r.value.bytes).toString()).toBe(raw);
  });

  it('does not mistake an HTML body meta charset (QP) for a MIME charset label', async () => {
    const raw =
      'From: a@example.org\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n<meta charset=3Dwindows-12=\n52><p>x</p>\n';
    const r = await parseEmail(Buffer.from(raw), 'm.eml');
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.warnings).toBeFalsy();
  });

  it('records an unparseable date as meta.rawDate with a warning', async () => {
    const r = await parseEmail(Buffer.from('From: a@example.org\nDate: yesterday-ish\n\nx\n'), 'd.eml');
    if (!r.ok) throw new Error(r.problems[0]?.message);
    expect(r.value.date).toBeUndefined();
    expect(r.value.meta?.rawDate).toBe('yesterday-ish');
  });

  it('never throws on arbitrary bytes, nor on mutated real messages', async () => {
    const base = read('multipart-nested.eml');
    await fc.assert(
      fc.asyncProperty(arbitraryOrMutated(base), async (bytes) => {
        const r = await parseEmail(bytes, 'fuzz.eml');
        if (!r.ok) expect(r.problems[0]?.message.length).toBeGreaterThan(0);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('parseEmailForTriage', () => {
  /** What the triage model reads of an item (analyse/triage/message), or the refusal. */
  const triageView = (r: Result<ParsedEvidence>) =>
    r.ok
      ? (({ kind, path, bytes, from, replyTo, subject, html, text, headers, attachmentText }) => ({
          attachmentText,
          kind,
          path,
          bytes,
          from,
          replyTo,
          subject,
          html,
          text,
          headers,
        }))(r.value)
      : r.problems;

  it('fills the triage fields as parseEmail does, and nothing ingest-only', async () => {
    for (const name of readdirSync(FIX).filter((f) => f.endsWith('.eml'))) {
      const bytes = read(name);
      const full = await parseEmail(bytes, name);
      const light = await parseEmailForTriage(bytes, name);
      expect(triageView(light), name).toEqual(triageView(full));
      if (light.ok)
        expect([light.value.to, light.value.children, light.value.meta]).toEqual([
          undefined,
          undefined,
          undefined,
        ]);
    }
    const r = await parseEmailForTriage(read('multipart-nested.eml'), 'n.eml');
    expect(r.ok && r.value.text).toBe('Dear customer,\n\nInvoice 4417 is overdue. Pay at our portal.');
  });

  it('refuses what parseEmail refuses, with the same problem, on arbitrary and mutated messages', async () => {
    const base = read('multipart-nested.eml');
    await fc.assert(
      fc.asyncProperty(arbitraryOrMutated(base), async (bytes) => {
        const light = await parseEmailForTriage(bytes, 'fuzz.eml');
        expect(triageView(light)).toEqual(triageView(await parseEmail(bytes, 'fuzz.eml')));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
