/**
 * @module ingest/chat/chat-item
 * Builds the evidence item for one chat or SMS message. Its bytes are the canonical JSON
 * (sorted keys) of what the export says about the message: source file name, index, sender,
 * time, text, attachments (and, for SMS, the direction and peer). The index is included so two
 * identical messages ("ok", "ok") stay two items; the file *name* (not its folder) is used so the
 * same export ingested from two places yields the same ids.
 */
import { canonicalJson } from '../../case/canonical-json.js';
import type { EvidenceKind, ParsedEvidence, Party } from '../../core/evidence.js';
import { baseName } from '../base-name.js';

/** What a chat/SMS handler knows about one message. */
export interface ChatMessageFields {
  kind: Extract<EvidenceKind, 'chat-message' | 'sms'>;
  /** The container's path; the item gets `path#index`. */
  containerPath: string;
  index: number;
  /** Sender as written in the export (name, number or handle), if any. */
  sender?: string;
  from?: Party;
  to?: Party[];
  /** ISO 8601 UTC. */
  date?: string;
  text: string;
  attachments?: string[];
  /** Extra fields that identify the message (SMS direction, Telegram message id…). */
  identity?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  subject?: string;
}

/** The evidence item for one message: canonical-JSON bytes, `path#index`, parties, time, meta. */
export function chatItem(f: ChatMessageFields): ParsedEvidence {
  const canonical = {
    source: baseName(f.containerPath),
    index: f.index,
    sender: f.sender ?? null,
    time: f.date ?? null,
    text: f.text,
    attachments: f.attachments ?? [],
    ...(f.identity ?? {}),
  };
  const item: ParsedEvidence = {
    kind: f.kind,
    bytes: Buffer.from(canonicalJson(canonical), 'utf8'),
    path: `${f.containerPath}#${f.index}`,
    mediaType: 'application/json',
    text: f.text,
  };
  if (f.from) item.from = f.from;
  if (f.to && f.to.length > 0) item.to = f.to;
  if (f.date) item.date = f.date;
  if (f.subject) item.subject = f.subject;
  const meta = { ...(f.meta ?? {}) };
  if (f.attachments && f.attachments.length > 0) meta.attachments = f.attachments;
  if (Object.keys(meta).length > 0) item.meta = meta;
  return item;
}
