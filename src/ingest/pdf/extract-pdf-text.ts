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
import { findQrCode, MAX_QR_IMAGE_PIXELS } from '../image/read-qr-code.js';

/** PDFs larger than this are kept as evidence but not read (a warning says so). */
export const MAX_PDF_BYTES = 32 * 1024 * 1024;
/** Pages read per PDF: lures sit on the first page or two. */
export const MAX_PDF_PAGES = 20;
/** Characters of text kept per PDF. */
export const MAX_PDF_CHARS = 50_000;
/** Pages whose pictures are scanned for a QR code ("scan to view your document" sits up front). */
export const MAX_QR_PAGES = 3;
/** Pictures scanned per page. */
const MAX_QR_PICTURES_PER_PAGE = 4;

export interface PdfText {
  /** The text of the pages read, one line per text line, pages separated by a blank line. */
  text: string;
  /** Targets of the link annotations (clickable areas), in page order, without repeats. */
  links: string[];
  pages: number;
  pagesRead: number;
  /** True when pages or characters were left out (`MAX_PDF_PAGES`, `MAX_PDF_CHARS`). */
  truncated: boolean;
  /** Texts of the QR codes in the pictures of the first `MAX_QR_PAGES` pages, without repeats. */
  qrCodes: string[];
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
let packageRoot: string | undefined;
function packageFolder(name: string): string {
  packageRoot ??= path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return `${path.join(packageRoot, name)}${path.sep}`;
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
    const qrCodes: string[] = [];
    let chars = 0;
    let truncated = false;
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
      if (n <= MAX_QR_PAGES) {
        for (const code of await pageQrCodes(lib, page)) if (!qrCodes.includes(code)) qrCodes.push(code);
      }
      page.cleanup();
      pagesRead = n;
    }
    if (pagesRead < doc.numPages) truncated = true;
    return ok({ text: pageTexts.join('\n\n'), links, pages: doc.numPages, pagesRead, truncated, qrCodes });
  } catch (err) {
    return fail(`PDF not read: ${describePdfError(err)}`);
  } finally {
    await task.destroy();
  }
}

/** A picture as PDF.js decodes it (`ImageKind`: 1 = 1 bit grey, 2 = RGB, 3 = RGBA). */
interface DecodedPicture {
  width?: number;
  height?: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/**
 * The QR codes in the pictures one page draws ("quishing" PDFs: "scan to view the document").
 * The pictures are decoded by PDF.js as for rendering; nothing is drawn or shown.
 */
async function pageQrCodes(lib: PdfJs, page: PdfPage): Promise<string[]> {
  const ops = await page.getOperatorList();
  const codes: string[] = [];
  let scanned = 0;
  for (let i = 0; i < ops.fnArray.length && scanned < MAX_QR_PICTURES_PER_PAGE; i++) {
    if (ops.fnArray[i] !== lib.OPS.paintImageXObject) continue;
    const name = (ops.argsArray[i] as unknown[])[0];
    if (typeof name !== 'string') continue;
    scanned++;
    const picture = await pictureObject(page, name);
    const rgba = picture ? toRgba(picture) : undefined;
    const code = rgba ? await findQrCode(rgba.data, rgba.width, rgba.height) : undefined;
    if (code) codes.push(code);
  }
  return codes;
}

/** A page's decoded picture, once PDF.js has it (it decodes them as the operator list asks). */
function pictureObject(page: PdfPage, name: string): Promise<DecodedPicture | undefined> {
  return new Promise((resolve) => {
    // A picture that never resolves (a broken stream) must not hold the page: give up after 2 s.
    const timer = setTimeout(() => resolve(undefined), 2000);
    try {
      page.objs.get(name, (picture: unknown) => {
        clearTimeout(timer);
        resolve(picture as DecodedPicture);
      });
    } catch {
      clearTimeout(timer);
      resolve(undefined);
    }
  });
}

/** RGBA pixels of a decoded picture, or undefined for kinds we do not read. */
function toRgba(p: DecodedPicture): { data: Uint8ClampedArray; width: number; height: number } | undefined {
  const { width, height, kind, data } = p;
  if (!width || !height || !data) return undefined;
  const n = width * height;
  if (n > MAX_QR_IMAGE_PIXELS) return undefined;
  const out = new Uint8ClampedArray(n * 4);
  if (kind === 3 && data.length >= n * 4) out.set(data.subarray(0, n * 4));
  else if (kind === 2 && data.length >= n * 3) {
    for (let q = 0; q < n; q++) {
      out[q * 4] = data[q * 3] as number;
      out[q * 4 + 1] = data[q * 3 + 1] as number;
      out[q * 4 + 2] = data[q * 3 + 2] as number;
      out[q * 4 + 3] = 255;
    }
  } else if (kind === 1) {
    // One bit per pixel, rows padded to whole bytes; a set bit is white.
    const rowBytes = (width + 7) >> 3;
    if (data.length < rowBytes * height) return undefined;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const v = ((data[y * rowBytes + (x >> 3)] as number) >> (7 - (x & 7))) & 1 ? 255 : 0;
        const q = (y * width + x) * 4;
        out[q] = v;
        out[q + 1] = v;
        out[q + 2] = v;
        out[q + 3] = 255;
      }
    }
  } else return undefined;
  return { data: out, width, height };
}

/** PDF.js names its exceptions; the analyst needs the reason, not the class. */
function describePdfError(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return 'it is password-protected (a common way to slip past scanners)';
  if (name === 'InvalidPDFException') return `it is not a valid PDF (${message})`;
  return message;
}
