/**
 * @module ingest/document/read-document
 * One document's readable text, whatever carries it (a mail attachment, a file of its own): a
 * PDF's text, link targets and QR codes (`pdf/read-pdf-text`), a Word document's paragraphs and
 * hyperlink targets (`office/read-docx-text`), an HTML page's visible text and where its links
 * and forms go (scripts skipped, nothing runs), or the QR code of a PNG or JPEG picture
 * (`image/read-qr-code`). The kind is told by the bytes (PDF, picture) or by the declared type or
 * name (Word, HTML).
 */
import type { Problem } from '../../core/result.js';
import { htmlLinkTargets } from '../html/html-link-targets.js';
import { htmlToText } from '../html/html-to-text.js';
import { isScannablePicture, readQrCode } from '../image/read-qr-code.js';
import { looksLikeDocx, readDocxText } from '../office/read-docx-text.js';
import { looksLikePdf, pdfReadableText, readPdfText } from '../pdf/read-pdf-text.js';
import { textWithTargets } from '../text/text-with-targets.js';

export type DocumentKind = 'pdf' | 'picture' | 'word' | 'html';

export interface DocumentText {
  text: string;
  /** What the document's item records about the reading (`pdfPages`, `htmlLinkTargets`…). */
  meta: Record<string, unknown>;
}

/** What reading one document gave: its text (when it has any to give) and the problems met. */
export interface DocumentReading {
  doc?: DocumentText;
  problems: Problem[];
}

/** Characters of text kept per HTML document (PDFs and Word documents have their own caps). */
const MAX_HTML_TEXT_CHARS = 50_000;
/**
 * Bytes of an HTML document read at most: it is decoded and parsed whole in memory. A phishing
 * page with its images inlined as base64 runs to a few MB; 32 MiB, the PDF bound, leaves room.
 */
const MAX_HTML_BYTES = 32 * 1024 * 1024;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const HTML_NAME_RE = /\.(?:x?html?|shtml|xht)$/i;

/** The kind of document these bytes are, or undefined when none we read. */
export function documentKind(
  bytes: Uint8Array,
  mediaType?: string,
  fileName?: string,
): DocumentKind | undefined {
  if (looksLikePdf(bytes)) return 'pdf';
  if (isScannablePicture(bytes)) return 'picture';
  if (looksLikeDocx(bytes, mediaType, fileName)) return 'word';
  if (HTML_TYPES.has(mediaType?.toLowerCase() ?? '') || HTML_NAME_RE.test(fileName ?? '')) return 'html';
  return undefined;
}

/** Reads one document of a known kind; never throws. */
export async function readDocument(kind: DocumentKind, bytes: Uint8Array): Promise<DocumentReading> {
  switch (kind) {
    case 'picture': {
      // The decoded text alone (a link, mostly): what the victim's phone would open.
      const code = await readQrCode(bytes);
      return { doc: code ? { text: code, meta: { qrCode: code } } : undefined, problems: [] };
    }
    case 'word': {
      const r = await readDocxText(bytes);
      if (!r.ok) return { problems: r.problems };
      const text = textWithTargets(r.value.text, r.value.links);
      return { doc: text ? { text, meta: { docxLinks: r.value.links.length } } : undefined, problems: [] };
    }
    case 'html':
      if (bytes.byteLength > MAX_HTML_BYTES) {
        const message = `HTML not read: ${bytes.byteLength} bytes (limit ${MAX_HTML_BYTES})`;
        return { problems: [{ message, severity: 'warning' }] };
      }
      return { doc: await readHtml(bytes), problems: [] };
    case 'pdf': {
      const r = await readPdfText(bytes);
      if (!r.ok) return { problems: r.problems };
      const meta = { pdfPages: r.value.pages, pdfPagesRead: r.value.pagesRead };
      return { doc: { text: pdfReadableText(r.value), meta }, problems: [] };
    }
  }
}

/**
 * An HTML document's visible text and the targets of its links and forms. The charset decoder is
 * loaded on the first one: it pulls in iconv-lite (~6 CPU-ms at the start of every `dragnet
 * score`, where most mails have no HTML attachment).
 */
async function readHtml(bytes: Uint8Array): Promise<DocumentText | undefined> {
  const { decodeHtml } = await import('../html/decode-html.js');
  const html = decodeHtml(bytes);
  const targets = htmlLinkTargets(html);
  const text = textWithTargets(htmlToText(html).text.slice(0, MAX_HTML_TEXT_CHARS), targets);
  return text === '' ? undefined : { text, meta: { htmlLinkTargets: targets.length } };
}
