/**
 * @module ingest/email/attachment-text
 * The readable text of a message's document attachments (PDF for now). Each attachment's own
 * item keeps its text; the message also carries all of it as `attachmentText`, because analysers
 * see one item at a time and the triage verdict is about the message as its reader meets it:
 * covering note and attached document together.
 */
import type { ParsedEvidence } from '../../core/evidence.js';
import type { Problem } from '../../core/result.js';
import { looksLikePdf, pdfReadableText, readPdfText } from '../pdf/read-pdf-text.js';

/** PDF attachments read per message; the rest are kept as evidence, unread (a warning says so). */
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
  pages: number;
  pagesRead: number;
}

/**
 * Reads the PDFs among `attachments`, in order. Returns one entry per attachment (undefined when
 * it is no PDF or could not be read); every PDF that could not be read adds a warning naming it.
 */
export async function readDocumentAttachments(
  attachments: ReadonlyArray<AttachmentBytes>,
  warnings: Problem[],
): Promise<Array<DocumentText | undefined>> {
  const out: Array<DocumentText | undefined> = [];
  let read = 0;
  for (const a of attachments) {
    if (!looksLikePdf(a.bytes)) {
      out.push(undefined);
      continue;
    }
    if (read === MAX_DOCUMENTS_READ) {
      warnings.push({
        message: `${a.path}: PDF not read (more than ${MAX_DOCUMENTS_READ} in one message)`,
        severity: 'warning',
      });
      out.push(undefined);
      continue;
    }
    read++;
    const pdf = await readPdfText(a.bytes);
    if (!pdf.ok) {
      for (const p of pdf.problems)
        warnings.push({ message: `${a.path}: ${p.message}`, severity: 'warning' });
      out.push(undefined);
      continue;
    }
    out.push({ text: pdfReadableText(pdf.value), pages: pdf.value.pages, pagesRead: pdf.value.pagesRead });
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

/** Gives each PDF child its text and the message all of it (`attachmentText`). */
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
    child.meta = { ...child.meta, pdfPages: doc.pages, pdfPagesRead: doc.pagesRead };
  }
  const attachmentText = joinAttachmentTexts(docs);
  if (attachmentText) item.attachmentText = attachmentText;
}
