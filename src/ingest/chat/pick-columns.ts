/**
 * @module ingest/chat/pick-columns
 * Which columns of a generic CSV/JSONL export hold the message text, the sender, the recipient
 * and the time. `--text-column` wins; otherwise the first header whose normalised name (lower
 * case, letters and digits only) is in the candidate lists below, in list order.
 */
import { fail, ok, type Result } from '../../core/result.js';

/** Header names of the columns used for each field. */
export interface Columns {
  text: string;
  from?: string;
  to?: string;
  date?: string;
}

const TEXT = [
  'text',
  'body',
  'message',
  'messagetext',
  'content',
  'msg',
  'smsbody',
  'messagebody',
  'textbody',
];
const FROM = [
  'from',
  'sender',
  'author',
  'fromname',
  'fromaddress',
  'sendername',
  'address',
  'phone',
  'number',
  'user',
  'username',
];
const TO = ['to', 'recipient', 'recipients', 'toaddress', 'receiver'];
const DATE = [
  'date',
  'datetime',
  'timestamp',
  'time',
  'sentat',
  'createdat',
  'datesent',
  'sent',
  'created',
  'ts',
];

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

function pick(headers: readonly string[], candidates: readonly string[]): string | undefined {
  const byNorm = new Map<string, string>();
  for (const h of headers) if (!byNorm.has(norm(h))) byNorm.set(norm(h), h);
  for (const c of candidates) {
    const h = byNorm.get(c);
    if (h !== undefined) return h;
  }
  return undefined;
}

/** Chooses the columns; a missing text column is a problem naming the columns there are. */
export function pickColumns(headers: readonly string[], textColumn?: string): Result<Columns> {
  const shown = headers
    .slice(0, 20)
    .map((h) => JSON.stringify(h))
    .join(', ');
  let text: string | undefined;
  if (textColumn !== undefined) {
    text = headers.find((h) => h === textColumn) ?? headers.find((h) => norm(h) === norm(textColumn));
    if (text === undefined)
      return fail(`text column ${JSON.stringify(textColumn)} not found; columns are ${shown}`);
  } else {
    text = pick(headers, TEXT);
    if (text === undefined)
      return fail(`no text column (text, body, message…) among ${shown}; name it with --text-column`);
  }
  const rest = headers.filter((h) => h !== text);
  const cols: Columns = { text };
  const from = pick(rest, FROM);
  if (from) cols.from = from;
  const to = pick(rest, TO);
  if (to) cols.to = to;
  const date = pick(rest, DATE);
  if (date) cols.date = date;
  return ok(cols);
}

/** A cell as a time: epoch seconds or milliseconds, or any string Date.parse understands. */
export function cellDate(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const s = String(value).trim();
  if (/^\d{9,13}(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return new Date(s.length >= 12 ? n : n * 1000).toISOString();
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
