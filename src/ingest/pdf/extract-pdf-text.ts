/**
 * @module ingest/pdf/extract-pdf-text
 * The text and link targets of a PDF, with Mozilla's PDF.js (`pdfjs-dist`, the parser Firefox
 * uses on hostile files every day). Phishing moves its lure into attachments: a short covering
 * mail ("please find the invoice attached") and a PDF that says "your document is protected, sign
 * in with your Microsoft 365 account" next to the link. Without the PDF's words and link the
 * message looks harmless to every analyser.
 *
 * Safety: nothing in the PDF runs. Font programs are never compiled to JavaScript
 * (`isEvalSupported: false`, the fix for CVE-2024-4367), no fonts are installed, no network is
 * touched (standard fonts and CMaps are read from the package's own folder), and PDF.js works on
 * a copy of the bytes so the evidence is never detached or altered. Cost is bounded: large files
 * are skipped, only the first pages are read, and the text is capped; time and memory are bounded
 * by the thread `read-pdf-text` runs this in.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fail, ok, type Result } from '../../core/result.js';

/** PDFs larger than this are kept as evidence but not read (a warning says so). */
export const MAX_PDF_BYTES = 32 * 1024 * 1024;
/** Pages read per PDF: lures sit on the first page or two. */
export const MAX_PDF_PAGES = 20;
/** Characters of text kept per PDF. */
export const MAX_PDF_CHARS = 50_000;

export interface PdfText {
  /** The text of the pages read, one line per text line, pages separated by a blank line. */
  text: string;
  /** Targets of the link annotations (clickable areas), in page order, without repeats. */
  links: string[];
  pages: number;
  pagesRead: number;
  /** True when pages or characters were left out (`MAX_PDF_PAGES`, `MAX_PDF_CHARS`). */
  truncated: boolean;
}

/** `%PDF-` in the first KiB (readers accept junk before it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-', 0, 'latin1');
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
/** Loaded on the first PDF (~120 ms): most runs never meet one. */
const loadPdfJs = (): Promise<PdfJs> => {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
};

/** The package's data folders (PDF.js reads them with `fs` in Node; paths need a trailing slash). */
function packageFolder(name: string): string {
  const pkg = createRequire(import.meta.url).resolve('pdfjs-dist/package.json');
  return `${path.join(path.dirname(pkg), name)}${path.sep}`;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/**
 * Reads a PDF's text and link targets on this thread. Never throws: an encrypted, damaged or
 * oversized PDF gives `{ok:false}` with one problem saying which.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<Result<PdfText>> {
  if (bytes.byteLength > MAX_PDF_BYTES) {
    return fail(`PDF not read: ${bytes.byteLength} bytes (limit ${MAX_PDF_BYTES})`);
  }
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // a copy: PDF.js may transfer (detach) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
    standardFontDataUrl: packageFolder('standard_fonts'),
    cMapUrl: packageFolder('cmaps'),
    cMapPacked: true,
  });
  try {
    const doc = await task.promise;
    const pageTexts: string[] = [];
    const links: string[] = [];
    let chars = 0;
    let truncated = doc.numPages > MAX_PDF_PAGES;
    const pagesToRead = Math.min(doc.numPages, MAX_PDF_PAGES);
    let pagesRead = 0;
    for (let n = 1; n <= pagesToRead && chars < MAX_PDF_CHARS; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as TextItemLike[]) {
        if (item.str) text += item.str;
        text += item.hasEOL ? '\n' : item.str ? ' ' : '';
      }
      text = text.replace(/[ \t]+\n/g, '\n').trim();
      if (chars + text.length > MAX_PDF_CHARS) {
        text = text.slice(0, MAX_PDF_CHARS - chars);
        truncated = true;
      }
      chars += text.length;
      if (text) pageTexts.push(text);
      for (const a of (await page.getAnnotations({ intent: 'display' })) as {
        url?: string;
        unsafeUrl?: string;
      }[]) {
        const target = a.url ?? a.unsafeUrl;
        if (target && !links.includes(target)) links.push(target);
      }
      page.cleanup();
      pagesRead = n;
    }
    if (pagesRead < doc.numPages) truncated = true;
    return ok({ text: pageTexts.join('\n\n'), links, pages: doc.numPages, pagesRead, truncated });
  } catch (err) {
    return fail(`PDF not read: ${describePdfError(err)}`);
  } finally {
    await task.destroy();
  }
}

/** PDF.js names its exceptions; the analyst needs the reason, not the class. */
function describePdfError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return 'it is password-protected (a common way to slip past scanners)';
  if (name === 'InvalidPDFException') return `it is not a valid PDF (${message})`;
  return message;
}
