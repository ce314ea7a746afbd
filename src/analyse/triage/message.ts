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
    text: e.text ?? '',
    subject: e.subject,
    from: e.from ? partyToString(e.from) : undefined,
    replyTo: e.replyTo && e.replyTo.length > 0 ? e.replyTo.map(partyToString) : undefined,
    html: e.html,
    headers: e.headers,
    attachmentText: e.attachmentText,
  };
}
