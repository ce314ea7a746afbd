/**
 * @module analyse/triage/email-message
 * Raw RFC 822 bytes to a triage message, with postal-mime. Training uses it for the SpamAssassin
 * mails; `dragnet score` uses the ingest parser when it is available and this otherwise, so both
 * see the same fields (text, HTML, subject, From, Reply-To, every header, the text of the PDF, Word
 * and HTML attachments and of QR codes in pictures).
 */
import PostalMime from 'postal-mime';
import { attachmentBytesOf, readAttachmentText } from '../../ingest/email/attachment-text.js';
import { recoverUnmatchedBoundary } from '../../ingest/email/recover-boundary.js';
import type { TriageMessage } from './message.js';

type Addr = { name?: string; address?: string; group?: Addr[] };

const addrToString = (a: Addr | undefined): string | undefined => {
  if (!a) return undefined;
  const address = a.address ?? a.group?.[0]?.address ?? '';
  return a.name ? `${a.name} <${address}>` : address;
};

/** Parses one e-mail; never throws on malformed mail (postal-mime is lenient), only on bugs. */
export async function emailToTriageMessage(raw: Uint8Array | string): Promise<TriageMessage> {
  let email = await PostalMime.parse(raw);
  // As the ingest parser does: a multipart body whose boundary never occurs is re-read, so
  // training sees the text that `dragnet score` sees.
  if (!email.text && !email.html && email.attachments.length === 0) {
    const bytes = typeof raw === 'string' ? new TextEncoder().encode(raw) : raw;
    email = (await recoverUnmatchedBoundary(bytes, email))?.email ?? email;
  }
  const m: TriageMessage = {
    text: email.text ?? '',
    headers: email.headers.map((h) => ({ name: h.key, value: h.value })),
  };
  if (email.subject !== undefined) m.subject = email.subject;
  const from = addrToString(email.from as Addr | undefined);
  if (from) m.from = from;
  if (email.replyTo && email.replyTo.length > 0) {
    m.replyTo = email.replyTo.map((a) => addrToString(a as Addr) ?? '').filter((s) => s !== '');
  }
  if (email.html !== undefined) m.html = email.html;
  const attachmentText = await readAttachmentText(attachmentBytesOf(email.attachments, ''), []);
  if (attachmentText) m.attachmentText = attachmentText;
  return m;
}
