/**
 * @module analyse/triage/message
 * What the triage model reads: a message reduced to its text, subject, sender and (for e-mail)
 * headers and HTML. Everything else about the evidence is irrelevant to the verdict, which keeps
 * training (from JSONL rows and raw e-mails) and inference (from ingested evidence) on one shape.
 */
import type { Header, ParsedEvidence } from '../../core/evidence.js';

export interface TriageMessage {
  /** Plain-text body (may be empty when the message is HTML-only). */
  text: string;
  subject?: string;
  /** Sender as written: `Name <address>`, a bare address, a phone number or a handle. */
  from?: string;
  /** Reply-To addresses, when the message has any. */
  replyTo?: ReadonlyArray<string>;
  /** HTML body, when there is one. */
  html?: string;
  /** All header fields in order (e-mail only). */
  headers?: ReadonlyArray<Header>;
  /** Text of its attachments (PDF, Word, HTML, QR codes in pictures), read as part of the body. */
  attachmentText?: string;
}

const partyToString = (p: { name?: string; address: string }): string =>
  p.name ? `${p.name} <${p.address}>` : p.address;

/**
 * Reduces a parsed evidence item (e-mail, SMS, chat message, text) to a triage message. Every
 * message gets the same keys, absent fields `undefined`: the scorer reads them at many sites, and
 * one object shape per combination of present fields kept V8 deoptimising it (51 "wrong map"
 * deoptimisations of scoreMessage on the 500 bench mails).
 */
export function messageFromEvidence(e: Omit<ParsedEvidence, 'children' | 'bytes'>): TriageMessage {
  return {
    text: withoutAttachmentMarkers(e.text ?? '', e.meta?.attachments),
    subject: e.subject,
    from: e.from ? partyToString(e.from) : undefined,
    replyTo: e.replyTo && e.replyTo.length > 0 ? e.replyTo.map(partyToString) : undefined,
    html: e.html,
    headers: e.headers,
    attachmentText: e.attachmentText,
  };
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A chat message's text without the markers its export writes for attachments (WhatsApp's
 * `<attached: 00000006-PHOTO-2026-02-14-10-36-49.jpg>`, `PTT-20260221-WA0009.opus (file attached)`),
 * whose names the chat handlers list in `meta.attachments`. They are the app's words, not the
 * sender's: scored, a file name's digits read as a phone number and a bare photo came out spam
 * (0.90). A message that was only an attachment is then empty and gets no verdict.
 */
function withoutAttachmentMarkers(text: string, attachments: unknown): string {
  if (!Array.isArray(attachments) || attachments.length === 0) return text;
  let out = text;
  for (const name of attachments) {
    if (typeof name !== 'string' || name === '') continue;
    const n = escapeRegExp(name);
    // The marker around the name: `<… name>` (iOS) or `name (…)` (Android, in the phone's language).
    out = out.replace(new RegExp(`<[^<>\\n]*${n}>|${n}(?: \\([^()\\n]{1,40}\\))?`, 'g'), '');
  }
  // iOS puts a left-to-right mark (U+200E, a format character `trim` keeps) before the marker.
  return out === text ? text : out.replace(/^[\s\p{Cf}]+|[\s\p{Cf}]+$/gu, '');
}
