/**
 * @module ingest/chat/sms-backup-handler
 * Android "SMS Backup & Restore" XML (`<smses><sms …/><mms …>…</mms></smses>`) → one `sms` item
 * per message (container `chat-export`), streamed with saxes: the backup is never loaded whole.
 *
 * `sms@type` / `mms@msg_box`: 1 received, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued. Received
 * messages have the peer as `from`, others as `to` (the phone owner is not in the file). `date`
 * is milliseconds since the epoch (UTC). MMS: text parts become `text`, other parts with `data`
 * become child `file` items; `addr type=137` is the sender, 151/130 recipients.
 * Malformed XML stops the file at the first error, reported with its line and column.
 */
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { ParsedEvidence, Party } from '../../core/evidence.js';
import { fail, fatal, ok, type Result } from '../../core/result.js';
import type { FormatHandler, IngestOptions } from '../format-handler.js';
import { chatItem } from './chat-item.js';
import { phoneParty } from './phone-party.js';

const BOXES: Record<string, string> = {
  '1': 'received',
  '2': 'sent',
  '3': 'draft',
  '4': 'outbox',
  '5': 'failed',
  '6': 'queued',
};

interface MmsDraft {
  attrs: Record<string, string>;
  texts: string[];
  files: { name: string; type: string; data: string }[];
  addrs: { address: string; type: string }[];
}

/** Handler for SMS Backup & Restore XML (container `chat-export`, items `sms`). */
export const smsBackupHandler: FormatHandler = {
  format: 'sms-backup',
  container: 'chat-export',
  async *parse(file, options) {
    const parser = new SaxesParser();
    const queue: Result<ParsedEvidence>[] = [];
    let index = 0;
    let root: string | undefined;
    let mms: MmsDraft | undefined;
    let error: string | undefined;
    parser.on('error', (err) => {
      // saxes says `1:31: unclosed tag`; say it the way an analyst reads it.
      error ??= err.message.replace(/^(?:[^:]*:)?(\d+):(\d+): /, 'line $1, column $2: ');
    });
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const a = tag.attributes;
      if (root === undefined) {
        root = tag.name;
        if (root !== 'smses')
          error ??= `not an SMS Backup & Restore file: root element <${root}>, expected <smses>`;
        return;
      }
      if (tag.name === 'sms') queue.push(smsItem(a, file.path, index++, options));
      else if (tag.name === 'mms') mms = { attrs: a, texts: [], files: [], addrs: [] };
      else if (tag.name === 'part' && mms) {
        const ct = (a.ct ?? '').toLowerCase();
        if (ct === 'text/plain' && a.text && a.text !== 'null') mms.texts.push(a.text);
        else if (a.data && ct !== 'application/smil')
          mms.files.push({ name: a.cl ?? a.name ?? 'part', type: ct, data: a.data });
      } else if (tag.name === 'addr' && mms && a.address)
        mms.addrs.push({ address: a.address, type: a.type ?? '' });
    });
    parser.on('closetag', (tag) => {
      if (tag.name === 'mms' && mms) {
        queue.push(mmsItem(mms, file.path, index++, options));
        mms = undefined;
      }
    });

    const decoder = new StringDecoder('utf8');
    try {
      for await (const chunk of file.stream() as AsyncIterable<Buffer>) {
        parser.write(decoder.write(chunk));
        yield* queue.splice(0);
        if (error) break;
      }
      if (!error) parser.write(decoder.end()).close();
    } catch (err) {
      error ??= err instanceof Error ? err.message : String(err);
    }
    yield* queue.splice(0);
    if (error) yield fatal(`malformed SMS backup XML: ${error}`);
    else if (root === undefined) yield fatal('malformed SMS backup XML: no root element');
  },
};

function when(ms: string | undefined): string | undefined {
  const n = Number(ms);
  return ms && Number.isFinite(n) && n > 0 ? new Date(n).toISOString() : undefined;
}

function notNull(v: string | undefined): string | undefined {
  return v && v !== 'null' ? v : undefined;
}

function smsItem(
  a: Record<string, string>,
  path: string,
  index: number,
  options: IngestOptions,
): Result<ParsedEvidence> {
  const address = notNull(a.address);
  if (!address) return fail(`sms #${index}: no address attribute`);
  const direction = BOXES[a.type ?? ''] ?? 'unknown';
  const peer = phoneParty(address, options.region, notNull(a.contact_name) ?? undefined);
  const date = when(a.date);
  const meta: Record<string, unknown> = { direction, peer: address };
  if (notNull(a.contact_name)) meta.contactName = a.contact_name;
  if (notNull(a.service_center)) meta.serviceCenter = a.service_center;
  if (notNull(a.readable_date)) meta.readableDate = a.readable_date;
  const subject = notNull(a.subject);
  return ok(
    chatItem({
      kind: 'sms',
      containerPath: path,
      index,
      text: a.body ?? '',
      meta,
      identity: { direction, peer: address },
      ...(direction === 'received' ? { sender: address, from: peer } : { to: [peer] }),
      ...(date ? { date } : {}),
      ...(subject ? { subject } : {}),
    }),
  );
}

function mmsItem(d: MmsDraft, path: string, index: number, options: IngestOptions): Result<ParsedEvidence> {
  const direction = BOXES[d.attrs.msg_box ?? ''] ?? 'unknown';
  const fromAddr = d.addrs.find((x) => x.type === '137')?.address;
  const to: Party[] = d.addrs
    .filter((x) => x.type === '151' || x.type === '130')
    .map((x) => phoneParty(x.address, options.region));
  const date = when(d.attrs.date);
  const text = d.texts.join('\n');
  const item = chatItem({
    kind: 'sms',
    containerPath: path,
    index,
    text,
    attachments: d.files.map((f) => f.name),
    meta: { direction, mms: true, peer: d.attrs.address ?? null },
    identity: { direction, peer: d.attrs.address ?? null, mms: true },
    ...(fromAddr ? { sender: fromAddr, from: phoneParty(fromAddr, options.region) } : {}),
    to,
    ...(date ? { date } : {}),
  });
  const children = d.files.map(
    (f, i): ParsedEvidence => ({
      kind: 'file',
      bytes: Buffer.from(f.data, 'base64'),
      path: `${item.path}!part/${i + 1}`,
      fileName: f.name,
      mediaType: f.type || 'application/octet-stream',
    }),
  );
  if (children.length > 0) item.children = children;
  return ok(item);
}
