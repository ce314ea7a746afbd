import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailToTriageMessage } from '../../analyse/triage/email-message.js';
import { createTriageEngine } from '../../analyse/triage/engine.js';
import { extractFeatures } from '../../analyse/triage/features.js';
import { messageFromEvidence } from '../../analyse/triage/message.js';
import { parseEmail, parseEmailForTriage } from './parse-email.js';

const fixture = (name: string): Buffer =>
  readFileSync(join(import.meta.dirname, '../../../test/fixtures/ingest/documents', name));

/** One mail through the three parsers that read attachments: ingest, `dragnet score`, training. */
async function parseThreeWays(eml: Buffer) {
  const full = await parseEmail(eml, 'm.eml');
  const light = await parseEmailForTriage(eml, 'm.eml');
  const training = await emailToTriageMessage(eml);
  if (!full.ok || !light.ok) throw new Error('fixture should parse');
  return { full: full.value, light: light.value, training };
}

const engine = createTriageEngine();
const signalsOf = (e: Parameters<typeof messageFromEvidence>[0]) =>
  extractFeatures(messageFromEvidence(e), engine.cues).signals;

const EML = fixture('invoice-with-pdfs.eml');
const LURE_URL = 'https://docs-secure-viewer.web.app/o365/login?doc=2026-0417';

describe('PDF attachments of an e-mail', () => {
  it('give each PDF child its text, typed by bytes not name, and warn about the locked one', async () => {
    const r = await parseEmail(EML, 'm.eml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [lure, notes, locked] = r.value.children ?? [];
    expect(lure?.text).toContain('Bitte melden Sie sich mit Ihrem');
    expect(lure?.text).toContain(LURE_URL);
    expect(lure?.meta).toMatchObject({ pdfPages: 1, pdfPagesRead: 1 });
    expect([notes?.fileName, notes?.mediaType]).toEqual(['notes.bin', 'application/octet-stream']);
    expect(notes?.text).toContain('quarterly review to Thursday');
    expect(locked?.text).toBeUndefined();
    expect(r.warnings?.map((w) => w.message)).toEqual([
      expect.stringMatching(/^m\.eml!attachment\/3: PDF not read: it is password-protected/),
    ]);
  });

  it('give the message all of it, the same through every parser', async () => {
    const { full, light, training } = await parseThreeWays(EML);
    const text = full.attachmentText ?? '';
    expect(text).toContain('Microsoft-365-Konto');
    expect(text).toContain(LURE_URL);
    expect(text).toContain('quarterly review');
    expect(full.text).not.toContain('Konto');
    expect(light.attachmentText).toBe(text);
    expect(training.attachmentText).toBe(text);
  });

  it('reach the triage model: the covering note alone has no link, the message with its PDF does', async () => {
    const { full } = await parseThreeWays(EML);
    const links = (attachmentText: string | undefined) =>
      signalsOf({ ...full, attachmentText })
        .filter((s) => s.name === 'link')
        .map((s) => s.evidence);
    expect(links(undefined)).toEqual([]);
    expect(links(full.attachmentText)).toEqual([LURE_URL]);
  });
});

describe('HTML attachments of an e-mail', () => {
  const HTML_EML = fixture('remittance-html-form.eml');
  const FORM = 'https://remit-view.pages.dev/collect.php';

  it('give the child its visible text and where its form posts, never its script', async () => {
    const r = await parseEmail(HTML_EML, 'r.eml');
    if (!r.ok) throw new Error('fixture should parse');
    const [page] = r.value.children ?? [];
    expect([page?.kind, page?.fileName, page?.mediaType]).toEqual([
      'file',
      'Remittance_0417.html',
      'text/html',
    ]);
    expect(page?.text).toContain('Sign in with your email password to view it.');
    expect(page?.text).toContain(FORM);
    expect(page?.text).toContain('https://remit-view.pages.dev/help');
    expect(page?.text).not.toContain('atob');
    expect(page?.meta).toMatchObject({ htmlLinkTargets: 2 });
    expect(r.value.attachmentText).toBe(page?.text);
  });

  it('reach the triage model through every parser alike', async () => {
    const { full, light, training } = await parseThreeWays(HTML_EML);
    expect(light.attachmentText).toBe(full.attachmentText);
    expect(training.attachmentText).toBe(full.attachmentText);
    const signals = signalsOf(full);
    expect(signals.find((s) => s.name === 'link-free-hosting')?.evidence).toBe(FORM);
    expect(signals.some((s) => s.name === 'credential-request')).toBe(true);
  });
});

describe('QR codes in the pictures of an e-mail', () => {
  const QR_EML = fixture('mfa-qr-inline.eml');
  const QR_URL = 'https://mfa-revalidate.pages.dev/m365?u=finance';

  it('give the inline picture its code and the message the link, through every parser alike', async () => {
    const { full, light, training } = await parseThreeWays(QR_EML);
    const [picture] = full.children ?? [];
    expect([picture?.mediaType, picture?.text, picture?.meta?.qrCode]).toEqual([
      'image/jpeg',
      QR_URL,
      QR_URL,
    ]);
    expect(full.attachmentText).toBe(QR_URL);
    expect(light.attachmentText).toBe(QR_URL);
    expect(training.attachmentText).toBe(QR_URL);
    expect(signalsOf(full).find((s) => s.name === 'link-free-hosting')?.evidence).toBe(QR_URL);
  });
});

describe('Word attachments of an e-mail', () => {
  const DOCX_EML = fixture('shared-docx.eml');

  it('give the child and the message the text and the hyperlink, through every parser alike', async () => {
    const { full, light, training } = await parseThreeWays(DOCX_EML);
    const [doc] = full.children ?? [];
    expect(doc?.text).toContain('sign in with your Microsoft 365 password');
    expect(doc?.text).toContain('https://sharepoint-docs-view.pages.dev/q1');
    expect(doc?.meta).toMatchObject({ docxLinks: 1 });
    expect(full.attachmentText).toBe(doc?.text);
    expect(light.attachmentText).toBe(doc?.text);
    expect(training.attachmentText).toBe(doc?.text);
  });
});
