/**
 * @module ingest/email/attachment-text
 * The readable text of a message's attachments (`document/read-document`: PDF, Word, HTML, the QR
 * code of a picture; the HTML attachment with a sign-in form and the "scan to re-validate" QR code
 * are staples of credential phishing). Each attachment's own item keeps its text; the message
 * also carries all of it as `attachmentText`, because analysers see one item at a time and the
 * triage verdict is about the message as its reader meets it: covering note and attached document
 * together.
 */
import type { Attachment } from 'postal-mime';
import type { ParsedEvidence } from '../../core/evidence.js';
import type { Problem } from '../../core/result.js';
import { type DocumentText, documentKind, readDocument } from '../document/read-document.js';

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

/**
 * postal-mime's attachments as `AttachmentBytes`, paths `${prefix}attachment/N`; `restore` swaps a
 * lifted base64 body back in (see `lift-base64-attachments`). Attached messages are left out: they
 * are parsed as mails of their own.
 */
export function attachmentBytesOf(
  attachments: ReadonlyArray<Attachment>,
  prefix: string,
  restore?: (content: Uint8Array) => Uint8Array | undefined,
): AttachmentBytes[] {
  const out: AttachmentBytes[] = [];
  for (const [i, att] of attachments.entries()) {
    if (typeof att.content === 'string' || att.mimeType === 'message/rfc822') continue;
    const content = new Uint8Array(att.content);
    out.push({
      bytes: restore?.(content) ?? content,
      mediaType: att.mimeType,
      fileName: att.filename ?? undefined,
      path: `${prefix}attachment/${i + 1}`,
    });
  }
  return out;
}

/**
 * Reads the PDF, Word and HTML documents among `attachments` and the QR codes of its PNG and JPEG
 * pictures, in order. Returns one entry per attachment (undefined when it is none of these, shows
 * no code or could not be read); every PDF or Word document that could not be read adds a warning
 * naming it.
 */
async function readDocumentAttachments(
  attachments: ReadonlyArray<AttachmentBytes>,
  warnings: Problem[],
): Promise<Array<DocumentText | undefined>> {
  const out: Array<DocumentText | undefined> = [];
  let read = 0;
  let pictures = 0;
  for (const a of attachments) {
    const kind = documentKind(a.bytes, a.mediaType, a.fileName);
    if (kind === undefined) {
      out.push(undefined);
      continue;
    }
    if (kind === 'picture') {
      // Logos and photos are common and mostly code-less: the first few are scanned, silently.
      if (pictures >= MAX_DOCUMENTS_READ) {
        out.push(undefined);
        continue;
      }
      pictures++;
    } else if (read === MAX_DOCUMENTS_READ) {
      warnings.push({
        message: `${a.path}: document not read (more than ${MAX_DOCUMENTS_READ} in one message)`,
        severity: 'warning',
      });
      out.push(undefined);
      continue;
    } else read++;
    const { doc, problems } = await readDocument(kind, a.bytes);
    for (const p of problems) warnings.push({ message: `${a.path}: ${p.message}`, severity: 'warning' });
    out.push(doc);
  }
  return out;
}

/** All documents' text for the message (blank-line separated, capped), or undefined when none has any. */
function joinAttachmentTexts(docs: ReadonlyArray<DocumentText | undefined>): string | undefined {
  const texts = docs.map((d) => d?.text ?? '').filter((t) => t !== '');
  if (texts.length === 0) return undefined;
  const joined = texts.join('\n\n');
  return joined.length > MAX_ATTACHMENT_TEXT_CHARS ? joined.slice(0, MAX_ATTACHMENT_TEXT_CHARS) : joined;
}

/** The message's `attachmentText` from its attachments' bytes (for parsers that keep no child items). */
export async function readAttachmentText(
  attachments: ReadonlyArray<AttachmentBytes>,
  warnings: Problem[],
): Promise<string | undefined> {
  return joinAttachmentTexts(await readDocumentAttachments(attachments, warnings));
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
