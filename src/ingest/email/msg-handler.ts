/**
 * @module ingest/email/msg-handler
 * Outlook `.msg` (CFB / OLE2 compound file) via @kenjiuno/msgreader: sender, recipients by type,
 * subject, plain and HTML body, the transport headers Outlook kept, and attachments as children
 * (embedded messages become child `email` items when they carry their own fields).
 */
import msgreader, { type FieldsData } from '@kenjiuno/msgreader';
import type { ParsedEvidence, Party } from '../../core/evidence.js';
import { fail, ok, type Problem } from '../../core/result.js';
import type { FormatHandler } from '../format-handler.js';
import { htmlToText } from '../html/html-to-text.js';
import { readAllResult } from '../read-all-result.js';
import { addDocumentTexts } from './attachment-text.js';

// The package is CommonJS with `exports.default`: under Node ESM the class sits on `.default`
//
const MsgReader = (msgreader.default ?? msgreader) as typeof msgreader.default;
type MsgReaderClass = typeof MsgReader;

/** Handler for Outlook `.msg` files: one `email` item with attachments as children. */
export const msgHandler: FormatHandler = {
  format: 'msg',
  async *parse(file) {
    const bytes = await readAllResult(file);
    if (!bytes.ok) {
      yield bytes;
      return;
    }
    const buf = bytes.value;
    if (buf.length < 8 || buf.readUInt32BE(0) !== 0xd0cf11e0) {
      yield fail('not an Outlook .msg file: no OLE2 compound-file signature');
      return;
    }
    let reader: InstanceType<MsgReaderClass>;
    let data: FieldsData;
    try {
      reader = new MsgReader(
        buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
      );
      data = reader.getFileData();
    } catch (err) {
      yield fail(`unreadable .msg: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    if (data.error) {
      yield fail(`unreadable .msg: ${data.error}`);
      return;
    }
    const warnings: Problem[] = [];
    const item = fieldsToEvidence(data, buf, file.path);
    const children: ParsedEvidence[] = [];
    for (const [i, att] of (data.attachments ?? []).entries()) {
      const path = `${file.path}!attachment/${i + 1}`;
      try {
        if (att.innerMsgContent && att.innerMsgContentFields) {
          // An embedded message has no byte stream of its own: its bytes are the canonical fields.
          const fields = att.innerMsgContentFields;
          const inner = fieldsToEvidence(
            fields,
            Buffer.from(JSON.stringify(stripBinary(fields)), 'utf8'),
            path,
          );
          if (att.name || att.fileName) inner.fileName = att.fileName ?? att.name;
          children.push(inner);
          continue;
        }
        const a = reader.getAttachment(att);
        const child: ParsedEvidence = { kind: 'file', bytes: a.content, path, fileName: a.fileName };
        if (att.attachMimeTag) child.mediaType = att.attachMimeTag;
        children.push(child);
      } catch (err) {
        warnings.push({
          message: `${path}: attachment unreadable (${err instanceof Error ? err.message : String(err)})`,
          severity: 'warning',
        });
      }
    }
    await addDocumentTexts(item, children, warnings);
    if (children.length > 0) item.children = children;
    yield ok(item, warnings);
  },
};

function fieldsToEvidence(data: FieldsData, bytes: Uint8Array, path: string): ParsedEvidence {
  const item: ParsedEvidence = { kind: 'email', bytes, path, mediaType: 'application/vnd.ms-outlook' };
  const senderAddress = data.senderSmtpAddress ?? data.senderEmail ?? data.sentRepresentingSmtpAddress;
  if (senderAddress || data.senderName) item.from = party(data.senderName, senderAddress);
  for (const type of ['to', 'cc'] as const) {
    const list = (data.recipients ?? [])
      .filter((r) => (r.recipType ?? 'to') === type)
      .map((r) => party(r.name, r.smtpAddress ?? r.email));
    if (list.length > 0) item[type] = list;
  }
  if (data.subject !== undefined) item.subject = data.subject;
  const when = data.clientSubmitTime ?? data.messageDeliveryTime ?? data.creationTime;
  if (when && !Number.isNaN(Date.parse(when))) item.date = new Date(when).toISOString();
  const html = data.bodyHtml ?? (data.html ? Buffer.from(data.html).toString('utf8') : undefined);
  if (html) item.html = html;
  if (data.body) item.text = data.body;
  else if (html) item.text = htmlToText(html).text;
  if (data.headers) item.headers = parseHeaderBlock(data.headers);
  const meta: Record<string, unknown> = {};
  if (data.messageId) meta.messageId = data.messageId;
  const bcc = (data.recipients ?? [])
    .filter((r) => r.recipType === 'bcc')
    .map((r) => party(r.name, r.smtpAddress ?? r.email));
  if (bcc.length > 0) meta.bcc = bcc;
  if (Object.keys(meta).length > 0) item.meta = meta;
  return item;
}

function party(name: string | undefined, address: string | undefined): Party {
  const p: Party = { address: (address ?? '').trim().toLowerCase() };
  if (name?.trim()) p.name = name.trim();
  return p;
}

/** Outlook keeps the original transport headers as one string; unfold and split it. */
function parseHeaderBlock(block: string): { name: string; value: string }[] {
  const out: { name: string; value: string }[] = [];
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out.push({ name: line.slice(0, i).trim(), value: line.slice(i + 1).trim() });
  }
  return out;
}

function stripBinary(fields: FieldsData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}
