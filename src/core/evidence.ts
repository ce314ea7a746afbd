/**
 * @module core/evidence
 * The one shape every ingest parser returns and every analyser reads.
 *
 * Invariants:
 * - `sha256` is the SHA-256 of `bytes` (the item's own bytes: the file, the RFC 822 message cut
 *   from an mbox, or the canonical JSON of a chat/SMS message). The evidence id is derived from it,
 *   so ingesting the same bytes twice yields the same id.
 * - Parsed fields are derived data: the blob is the evidence; everything here can be re-derived.
 */

/** Every kind of evidence item, declared once so lists (counts, filters) cannot miss one. */
export const EVIDENCE_KINDS = [
  'email', // an RFC 822 message (from .eml, .mbox, .msg, or attached to another message)
  'mailbox', // an mbox file (container)
  'sms', // one SMS/MMS from a phone backup or export
  'chat-message', // one message from a WhatsApp/Telegram/generic chat export
  'chat-export', // the export file itself (container)
  'webpage', // a saved HTML page
  'text', // a plain text document
  'archive', // a zip archive (container)
  'crypto-transactions', // a transaction dump (crypto import)
  'file', // any other file, kept as a blob with its detected type
] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** A sender or recipient: an e-mail address, a phone number or a chat handle. */
export interface Party {
  /** Display name as written, e.g. `PayPal Support`. */
  name?: string;
  /** The address proper: e-mail (lower-cased domain), phone (E.164 where known) or chat handle. */
  address: string;
}

export interface Header {
  name: string;
  value: string;
}

/** An item produced by a parser, before it is stored. Children are nested items (attachments…). */
export interface ParsedEvidence {
  kind: EvidenceKind;
  /** The item's own bytes; stored once as a content-addressed blob. */
  bytes: Uint8Array;
  /** Where it came from: the file path, `path#n` for the n-th item of a container, `path!inner` for archives. */
  path: string;
  mediaType?: string;
  /** The file name as written in the evidence (attachment name, archive entry name). */
  fileName?: string;
  from?: Party;
  to?: Party[];
  cc?: Party[];
  replyTo?: Party[];
  /** Message time, ISO 8601 UTC. */
  date?: string;
  subject?: string;
  text?: string;
  html?: string;
  headers?: Header[];
  /**
   * Text of the message's attachments (PDF, Word, HTML, QR codes in pictures), read at ingest:
   * analysers see one item at a time, and a lure often sits in the attachment rather than the
   * covering note. Each attachment's own item carries its part as `text`.
   */
  attachmentText?: string;
  /** Format-specific extras (chat name, thread, message type, SMS direction…), JSON-serialisable. */
  meta?: Record<string, unknown>;
  children?: ParsedEvidence[];
}

/** A stored evidence item as the case store returns it. */
export interface Evidence extends Omit<ParsedEvidence, 'bytes' | 'children'> {
  id: string;
  sha256: string;
  size: number;
  parentId?: string;
  /** When Dragnet ingested it (ISO 8601 UTC). */
  ingestedAt: string;
}

/** Ids are the first 16 hex digits of the SHA-256 (64 bits): short enough to type, collision-safe per case. */
export function evidenceIdFromSha256(sha256: string): string {
  return sha256.slice(0, 16);
}
