import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as ReadPdf from './read-pdf-text.js';

// The TypeScript sources have no compiled worker (PDFs are read in-process there): these tests
// load the built module (`npm test` builds first) and are skipped when there is none.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const built = path.join(root, 'dist/ingest/pdf/read-pdf-text.js');
const haveBuild = existsSync(path.join(root, 'dist/ingest/pdf/pdf-worker.js'));
const fx = (name: string): Buffer => readFileSync(path.join(root, 'test/fixtures/ingest/documents', name));

describe.skipIf(!haveBuild)('reading PDFs in their own thread (built worker)', () => {
  const load = (): Promise<typeof ReadPdf> => import(pathToFileURL(built).href);

  it('reads text and link targets there as on the calling thread', async () => {
    const { readPdfText } = await load();
    const r = await readPdfText(fx('lure.pdf'));
    expect(r.ok && r.value.links).toEqual(['https://docs-secure-viewer.web.app/o365/login?doc=2026-0417']);
    expect(r.ok && r.value.text).toContain('Bitte melden Sie sich mit Ihrem');
  });

  it('gives up on a PDF that takes too long, says so, and reads the next one', async () => {
    const { readPdfText, DEFAULT_PDF_LIMITS } = await load();
    const slow = await readPdfText(fx('lure.pdf'), { ...DEFAULT_PDF_LIMITS, timeoutMs: 1 });
    expect(slow.ok).toBe(false);
    if (!slow.ok) expect(slow.problems[0]?.message).toMatch(/^PDF not read: gave up after 0\.001 s/);
    const next = await readPdfText(fx('notes.pdf'));
    expect(next.ok && next.value.text).toContain('quarterly review to Thursday');
  });

  it('answers the password-protected PDF from the thread with the same problem', async () => {
    const { readPdfText } = await load();
    const r = await readPdfText(fx('encrypted.pdf'));
    expect(!r.ok && r.problems[0]?.message).toMatch(/password-protected/);
  });
});
