/**
 * @module ingest/chat/telegram-handler
 * Telegram Desktop "Export chat history" `result.json` — a single chat (`{name, type, id,
 * messages}`) or a full account export (`{chats: {list: [...]}, left_chats: {list: [...]}}`) —
 * → one `chat-message` per message (container `chat-export`).
 *
 * `text` is a string or an array of strings and entity objects (`{type, text, href?}`); we join
 * the visible text and keep link targets (`text_link` hrefs hidden behind the text) in
 * `meta.links`. Time: `date_unixtime` (UTC) when present; older exports only have `date`, the
 * exporting computer's local time, which is recorded as UTC with `meta.localTime` (as WhatsApp).
 * The file is read whole (it is one JSON document), within `maxInMemoryBytes`.
 */
import type { ParsedEvidence } from '../../core/evidence.js';
import { fail, fatal, ok, type Result } from '../../core/result.js';
import type { FormatHandler } from '../format-handler.js';
import { readAllResult } from '../read-all-result.js';
import { decodeText } from '../text/decode-text.js';
import { chatItem } from './chat-item.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Handler for Telegram Desktop `result.json` exports (container `chat-export`). */
export const telegramHandler: FormatHandler = {
  format: 'telegram',
  container: 'chat-export',
  async *parse(file) {
    const bytes = await readAllResult(file);
    if (!bytes.ok) {
      yield bytes;
      return;
    }
    let doc: unknown;
    const json = decodeText(bytes.value).text;
    try {
      doc = JSON.parse(json);
    } catch (err) {
      yield fatal(
        `malformed Telegram JSON: ${withLine(err instanceof Error ? err.message : String(err), json)}`,
      );
      return;
    }
    const chats = collectChats(doc);
    if (!chats) {
      yield fatal('not a Telegram Desktop export: no "messages" array and no "chats.list"');
      return;
    }
    let index = 0;
    for (const chat of chats) {
      const messages = chat.messages;
      if (!Array.isArray(messages)) continue;
      for (const [i, m] of messages.entries()) {
        yield toItem(m, chat, file.path, index++, i);
      }
    }
  },
};

function collectChats(doc: unknown): Json[] | undefined {
  if (!isObject(doc)) return undefined;
  if (Array.isArray(doc.messages)) return [doc];
  const out: Json[] = [];
  for (const key of ['chats', 'left_chats']) {
    const section = doc[key];
    if (isObject(section) && Array.isArray(section.list))
      for (const c of section.list) if (isObject(c)) out.push(c);
  }
  return isObject(doc.chats) ? out : undefined;
}

function toItem(
  m: unknown,
  chat: Json,
  containerPath: string,
  index: number,
  position: number,
): Result<ParsedEvidence> {
  const chatName = typeof chat.name === 'string' ? chat.name : undefined;
  if (!isObject(m))
    return fail(`chat ${JSON.stringify(chatName ?? chat.id)} message ${position}: not a JSON object`);
  if (isMetaMessage(m)) return metaItem(m, chat, containerPath, index);
  const { text, links } = flattenText(m.text);
  const sender = str(m.from) ?? str(m.actor);
  const senderId = str(m.from_id) ?? str(m.actor_id);
  let date: string | undefined;
  const meta: Record<string, unknown> = {
    chat: chatName ?? null,
    chatType: chat.type ?? null,
    chatId: chat.id ?? null,
    messageId: m.id ?? null,
  };
  const unix = Number(m.date_unixtime);
  if (m.date_unixtime !== undefined && Number.isFinite(unix)) date = new Date(unix * 1000).toISOString();
  else if (typeof m.date === 'string' && !Number.isNaN(Date.parse(`${m.date}Z`))) {
    date = new Date(`${m.date}Z`).toISOString();
    meta.localTime = m.date;
    meta.timezone = 'unknown: local time of the exporting computer, recorded as UTC';
  }
  if (m.type === 'service') meta.system = true;
  if (typeof m.action === 'string') meta.action = m.action;
  if (links.length > 0) meta.links = links;
  if (senderId) meta.senderId = senderId;
  for (const k of ['forwarded_from', 'reply_to_message_id', 'media_type', 'mime_type', 'via_bot', 'edited']) {
    if (m[k] !== undefined) meta[k] = m[k];
  }
  const attachments = ['photo', 'file', 'thumbnail']
    .map((k) => m[k])
    .filter((v): v is string => typeof v === 'string');
  return ok(
    chatItem({
      kind: 'chat-message',
      containerPath,
      index,
      text,
      attachments,
      meta,
      identity: { chat: chatName ?? null, messageId: m.id ?? null },
      ...(sender ? { sender, from: { name: sender, address: senderId ?? sender } } : {}),
      ...(date ? { date } : {}),
    }),
  );
}

/** V8 reports `at position N`; add the line and column an analyst can open the file at. */
function withLine(message: string, json: string): string {
  const m = /at position (\d+)/.exec(message);
  if (!m) return message;
  const pos = Number(m[1]);
  const before = json.slice(0, pos);
  const line = before.split('\n').length;
  return `${message} (line ${line}, column ${pos - before.lastIndexOf('\n')})`;
}

/**
 * Facebook Messenger / Instagram "Download your information" JSON has the same `{messages: [...]}`
 * outline with other field names (`sender_name`, `timestamp_ms`, `content`, `title`) and writes
 * UTF-8 bytes as `\u00XX` escapes; read those too rather than yield empty messages.
 */
function isMetaMessage(m: Json): boolean {
  return typeof m.sender_name === 'string' || typeof m.timestamp_ms === 'number';
}

function metaItem(m: Json, chat: Json, containerPath: string, index: number): Result<ParsedEvidence> {
  const sender = str(m.sender_name) && unmojibake(m.sender_name as string);
  const title = typeof chat.title === 'string' ? unmojibake(chat.title) : null;
  const ms = Number(m.timestamp_ms);
  const date = Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : undefined;
  const link = isObject(m.share) ? str(m.share.link) : undefined;
  const attachments: string[] = [];
  for (const key of ['photos', 'videos', 'audio_files', 'files', 'gifs']) {
    const list = m[key];
    if (Array.isArray(list))
      for (const a of list) if (isObject(a) && typeof a.uri === 'string') attachments.push(a.uri);
  }
  return ok(
    chatItem({
      kind: 'chat-message',
      containerPath,
      index,
      text: typeof m.content === 'string' ? unmojibake(m.content) : '',
      attachments,
      meta: { chat: title, exportFormat: 'meta', ...(link ? { links: [link] } : {}) },
      identity: { chat: title, timestampMs: Number.isFinite(ms) ? ms : null },
      ...(sender ? { sender, from: { name: sender, address: sender } } : {}),
      ...(date ? { date } : {}),
    }),
  );
}

/** Meta exports encode each UTF-8 byte as one `\u00XX` character: undo it when that is what we see. */
function unmojibake(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[^\u0000-\u00ff]/.test(s)) return s;
  const decoded = Buffer.from(s, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? s : decoded;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Telegram `text`: a string, or an array mixing strings and `{type, text, href?}` entities. */
function flattenText(v: unknown): { text: string; links: string[] } {
  if (typeof v === 'string') return { text: v, links: [] };
  const links: string[] = [];
  let text = '';
  if (Array.isArray(v)) {
    for (const part of v) {
      if (typeof part === 'string') text += part;
      else if (isObject(part)) {
        if (typeof part.text === 'string') text += part.text;
        if (typeof part.href === 'string') links.push(part.href);
      }
    }
  }
  return { text, links };
}
