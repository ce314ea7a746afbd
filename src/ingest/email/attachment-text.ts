/**
 * @module ingest/email/attachment-text
 * The readable text of a message's document attachments: PDF (`pdf/read-pdf-text`), Word
 * (`office/read-docx-text`: text and hyperlink targets) and HTML
 * (visible text and where its links and forms go: the HTML attachment with a sign-in form is a
 * staple of credential phishing; nothing in it runs, scripts are skipped), and the QR code in a
 * PNG or JPEG picture, attached or inline ("quishing": `image/read-qr-code`). Each attachment's own
 * item keeps its text; the message also carries all of it as `attachmentText`, because analysers
 * see one item at a time and the triage verdict is about the message as its reader meets it:
 * covering note and attached document together.
 */
import type { ParsedEvidence } from '../../core/evidence.js';
import type { Problem } from '../../core/result.js';
import { htmlLinkTargets } from '../html/html-link-targets.js';
import { htmlToText } from '../html/html-to-text.js';
import { isScannablePicture, readQrCode } from '../image/read-qr-code.js';
import { looksLikeDocx, readDocxText } from '../office/read-docx-text.js';
import { looksLikePdf, MAX_PDF_BYTES, pdfReadableText, readPdfText } from '../pdf/read-pdf-text.js';
import { textWithTargets } from '../text/text-with-targets.js';

/**
 * Documents (PDF, Word, HTML) read per message, the rest kept as evidence unread (a warning says so);
 * as many pictures are scanned for a QR code, the rest silently not.
 */
export const MAX_DOCUMENTS_READ = 8;
/** Characters of attachment text a message carries (each attachment item keeps its own, capped per PDF). */
export const MAX_ATTACHMENT_TEXT_CHARS = 50_000;

export interface AttachmentBytes {
  bytes: Uint8Array;
  mediaType?: string;
  fileName?: string;
  /** Where it is, for warnings (`mail.eml!attachment/2`). */
  path: string;
}

export interface DocumentText {
  text: string;
  /** What the attachment's item records about the reading (`pdfPages`, `htmlLinkTargets`…). */
  meta: Record<string, unknown>;
}

/** Characters of text kept per HTML attachment (PDFs have their own cap). */
const MAX_HTML_TEXT_CHARS = 50_000;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const HTML_NAME_RE = /\.(?:x?html?|shtml|xht)$/i;
const isHtml = (a: AttachmentBytes): boolean =>
  HTML_TYPES.has(a.mediaType?.toLowerCase() ?? '') || HTML_NAME_RE.test(a.fileName ?? '');

/**
 * One HTML attachment's visible text and the targets of its links and forms. The charset decoder
 * is loaded on the first one: it pulls in iconv-lite (~6 CPU-ms at the start of every `dragnet
 * score`, where most mails have no HTML attachment).
 */
async function readHtmlAttachment(a: AttachmentBytes): Promise<DocumentText | undefined> {
  if (a.bytes.byteLength > MAX_PDF_BYTES) return undefined;
  const { decodeHtml } = await import('../html/decode-html.js');
  const html = decodeHtml(a.bytes);
  const targets = htmlLinkTargets(html);
  const text = textWithTargets(htmlToText(html).text.slice(0, MAX_HTML_TEXT_CHARS), targets);
  return text === '' ? undefined : { text, meta: { htmlLinkTargets: targets.length } };
}

/**
 * Reads the PDF, Word and HTML documents among `attachments` and the QR codes of its PNG and JPEG
 * pictures, in order. Returns one entry per attachment (undefined when it is none of these, shows
 * no code or could not be read); every PDF or Word document that could not be read adds a warning
 * naming it.
 */
export async function readDocumentAttachments(
  attachments: ReadonlyArray<AttachmentBytes>,
  warnings: Problem[],
): Promise<Array<DocumentText | undefined>> {
  const out: Array<DocumentText | undefined> = [];
  let read = 0;
  let pictures = 0;
  for (const a of attachments) {
    const pdf = looksLikePdf(a.bytes);
    const picture = !pdf && isScannablePicture(a.bytes);
    const docx = !pdf && !picture && looksLikeDocx(a.bytes, a.mediaType, a.fileName);
    if (!pdf && !picture && !docx && !isHtml(a)) {
      out.push(undefined);
      continue;
    }
    if (picture) {
      // Logos and photos are common and mostly code-less: the first few are scanned, silently.
      if (pictures >= MAX_DOCUMENTS_READ) {
        out.push(undefined);
        continue;
      }
      pictures++;
      // The decoded text alone (a link, mostly): what the victim's phone would open.
      const code = await readQrCode(a.bytes);
      out.push(code ? { text: code, meta: { qrCode: code } } : undefined);
      continue;
    }
    if (read === MAX_DOCUMENTS_READ) {
      warnings.push({
        message: `${a.path}: document not read (more than ${MAX_DOCUMENTS_READ} in one message)`,
        severity: 'warning',
      });
      out.push(undefined);
      continue;
    }
    read++;
    if (docx) {
      const r = await readDocxText(a.bytes);
      if (!r.ok)
        for (const p of r.problems)
          warnings.push({ message: `${a.path}: ${p.message}`, severity: 'warning' });
      const text = r.ok ? textWithTargets(r.value.text, r.value.links) : '';
      out.push(text ? { text, meta: { docxLinks: r.ok ? r.value.links.length : 0 } } : undefined);
      continue;
    }
    if (!pdf) {
      out.push(await readHtmlAttachment(a));
      continue;
    }
    const r = await readPdfText(a.bytes);
    if (!r.ok) {
      for (const p of r.problems) warnings.push({ message: `${a.path}: ${p.message}`, severity: 'warning' });
      out.push(undefined);
      continue;
    }
    out.push({
      text: pdfReadableText(r.value),
      meta: { pdfPages: r.value.pages, pdfPagesRead: r.value.pagesRead },
    });
  }
  return out;
}

/** All documents' text for the message (blank-line separated, capped), or undefined when none has any. */
export function joinAttachmentTexts(docs: ReadonlyArray<DocumentText | undefined>): string | undefined {
  const texts = docs.map((d) => d?.text ?? '').filter((t) => t !== '');
  if (texts.length === 0) return undefined;
  const joined = texts.join('\n\n');
  return joined.length > MAX_ATTACHMENT_TEXT_CHARS ? joined.slice(0, MAX_ATTACHMENT_TEXT_CHARS) : joined;
}

/** Gives each PDF, Word, HTML or QR-code picture child its text and the message all of it (`attachmentText`). */
export async function addDocumentTexts(
  item: ParsedEvidence,
  children: ParsedEvidence[],
  warnings: Problem[],
): Promise<void> {
  const files = children.filter((c) => c.kind === 'file');
  const docs = await readDocumentAttachments(
    files.map((c) => ({ bytes: c.bytes, mediaType: c.mediaType, fileName: c.fileName, path: c.path })),
    warnings,
  );
  for (const [i, doc] of docs.entries()) {
    const child = files[i];
    if (!doc || !child) continue;
    if (doc.text) child.text = doc.text;
    child.meta = { ...child.meta, ...doc.meta };
  }
  const attachmentText = joinAttachmentTexts(docs);
  if (attachmentText) item.attachmentText = attachmentText;
}
