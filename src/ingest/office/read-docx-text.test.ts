import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHandler } from '../file/file-handler.js';
import { DEFAULT_LIMITS } from '../format-handler.js';
import { memorySourceFile } from '../memory-source-file.js';
import { looksLikeDocx, readDocxText } from './read-docx-text.js';

const FIX = join(import.meta.dirname, '../../../test/fixtures/ingest/documents');
const read = (name: string): Buffer => readFileSync(join(FIX, name));
const LINK = 'https://sharepoint-docs-view.pages.dev/q1';

describe('readDocxText (a pandoc-made document)', () => {
  it('reads the paragraphs and the hyperlink target only the relationships part names', async () => {
    const r = await readDocxText(read('shared-doc.docx'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.text.split('\n')).toEqual([
      'Shared document',
      'Nordwind Logistik has shared Q1 payment schedule.xlsx with you.',
      'The file is protected. Open the document and sign in with your Microsoft 365 password to view it.',
    ]);
    expect(r.value.links).toEqual([LINK]);
  });

  it('answers a damaged document or another zip with a problem, never an exception', async () => {
    const cut = await readDocxText(read('shared-doc.docx').subarray(0, 3000));
    expect(!cut.ok && cut.problems[0]?.message).toMatch(/^Word document not read: /);
    const notZip = await readDocxText(read('lure.pdf'));
    expect(notZip.ok).toBe(false);
  });

  it('calls a zip a Word document only when its type or name says so', () => {
    const bytes = read('shared-doc.docx');
    expect(looksLikeDocx(bytes, undefined, 'Q1.docx')).toBe(true);
    expect(
      looksLikeDocx(bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    ).toBe(true);
    expect(looksLikeDocx(bytes, 'application/zip', 'archive.zip')).toBe(false);
    expect(looksLikeDocx(read('lure.pdf'), undefined, 'fake.docx')).toBe(false);
  });

  it('gives a Word file ingested on its own its text and link', async () => {
    const out = [];
    for await (const r of fileHandler.parse(memorySourceFile('Q1.docx', read('shared-doc.docx')), {
      limits: DEFAULT_LIMITS,
    }))
      out.push(r);
    const [r] = out;
    expect(r?.ok && r.value.text).toMatch(
      /sign in with your Microsoft 365 password to view it\.\n\nhttps:\/\/sharepoint-docs-view\.pages\.dev\/q1$/,
    );
  });
});
