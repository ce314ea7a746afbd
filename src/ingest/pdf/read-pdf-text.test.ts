import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHandler } from '../file/file-handler.js';
import { DEFAULT_LIMITS } from '../format-handler.js';
import { memorySourceFile } from '../memory-source-file.js';
import { looksLikePdf, pdfReadableText, readPdfText } from './read-pdf-text.js';

const FIX = join(import.meta.dirname, '../../../test/fixtures/ingest/documents');
const read = (name: string): Buffer => readFileSync(join(FIX, name));
const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

describe('readPdfText (Chromium- and qpdf-made fixtures)', () => {
  it('reads the words and the link a button hides in its annotation', async () => {
    const r = await readPdfText(read('lure.pdf'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text).toContain('Bitte melden Sie sich mit Ihrem');
    expect(r.value.text).toContain('Datenschutzgründen geschützt');
    expect(r.value.text).not.toContain('docs-secure-viewer');
    expect(r.value.links).toEqual(['https://docs-secure-viewer.web.app/o365/login?doc=2026-0417']);
    expect([r.value.pages, r.value.pagesRead, r.value.truncated]).toEqual([1, 1, false]);
    expect(pdfReadableText(r.value)).toMatch(
      /Dokument anzeigen\n\nhttps:\/\/docs-secure-viewer\.web\.app\/o365\/login\?doc=2026-0417$/,
    );
  });

  it('leaves the evidence bytes as they were', async () => {
    const bytes = new Uint8Array(read('lure.pdf'));
    const before = sha(bytes);
    await readPdfText(bytes);
    expect(bytes.byteLength).toBe(18642);
    expect(sha(bytes)).toBe(before);
  });

  it('names a password-protected PDF instead of throwing', async () => {
    const r = await readPdfText(read('encrypted.pdf'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/^PDF not read: it is password-protected/);
  });

  it('answers a damaged PDF or bytes that only start like one with a problem, never an exception', async () => {
    for (const bytes of [
      read('truncated.pdf'),
      Buffer.from('%PDF-1.7\n garbage \x00\x01\x02'),
      Buffer.alloc(0),
    ]) {
      const r = await readPdfText(bytes);
      if (r.ok) expect(typeof r.value.text).toBe('string');
      else expect(r.problems[0]?.message).toMatch(/^PDF not read: /);
    }
  });

  it('tells PDFs by their bytes, not their name', () => {
    expect(looksLikePdf(read('notes.pdf'))).toBe(true);
    expect(looksLikePdf(Buffer.from('GIF89a junk %PDF-1.4'))).toBe(true);
    expect(looksLikePdf(Buffer.from('Hello, not a document'))).toBe(false);
    expect(looksLikePdf(Buffer.concat([Buffer.alloc(1100, 32), Buffer.from('%PDF-1.4')]))).toBe(false);
  });
});

describe('fileHandler on a PDF or a picture', () => {
  const options = { limits: DEFAULT_LIMITS };
  const items = async (name: string, bytes: Buffer) => {
    const out = [];
    for await (const r of fileHandler.parse(memorySourceFile(name, bytes), options)) out.push(r);
    return out;
  };

  it('keeps the file and gives it the text and link target', async () => {
    const [r] = await items('invoice.pdf', read('lure.pdf'));
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.value.mediaType).toBe('application/pdf');
    expect(r.value.text).toContain('Microsoft-365-Konto');
    expect(r.value.text).toContain('https://docs-secure-viewer.web.app/o365/login?doc=2026-0417');
    expect(r.value.meta).toEqual({ detectedExtension: 'pdf', pdfPages: 1, pdfPagesRead: 1 });
  });

  it('gives a picture the text of its QR code, and leaves one without a code as it is', async () => {
    const [qr] = await items('flyer.jpg', read('quish.jpg'));
    expect(qr?.ok && [qr.value.mediaType, qr.value.text, qr.value.meta?.qrCode]).toEqual([
      'image/jpeg',
      'https://mfa-revalidate.pages.dev/m365?u=finance',
      'https://mfa-revalidate.pages.dev/m365?u=finance',
    ]);
    const blank = Buffer.from(read('qr.png'));
    const [plain] = await items('broken.png', blank.subarray(0, 120));
    expect(plain?.ok && plain.value.text).toBeUndefined();
  });

  it('keeps a PDF it cannot read, with a warning naming why', async () => {
    const [r] = await items('locked.pdf', read('encrypted.pdf'));
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.value.text).toBeUndefined();
    expect(r.warnings?.map((w) => [w.severity, w.message])).toEqual([
      ['warning', expect.stringMatching(/password-protected/)],
    ]);
  });
});

describe('QR codes in a PDF', () => {
  it('reads the code a page shows and adds it to what analysers read', async () => {
    const r = await readPdfText(read('qr-document.pdf'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.qrCodes).toEqual(['https://mfa-revalidate.pages.dev/m365?u=finance']);
    expect(r.value.text).toContain('Scan the code with your phone camera');
    expect(pdfReadableText(r.value)).toMatch(/\n\nhttps:\/\/mfa-revalidate\.pages\.dev\/m365\?u=finance$/);
  });

  it('finds none in a PDF without pictures', async () => {
    const r = await readPdfText(read('lure.pdf'));
    expect(r.ok && r.value.qrCodes).toEqual([]);
  });
});
