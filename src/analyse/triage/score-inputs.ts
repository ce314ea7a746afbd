/**
 * @module analyse/triage/score-inputs
 * The engine behind `dragnet score [FILE…|-]`: reads `.eml`, `.mbox` and JSONL inputs (files or
 * standard input, sniffed when the extension says nothing) and yields one record per message,
 * as it goes: nothing is held beyond the message being scored.
 *
 * Invariant: a bad message yields `{id, error}` and the next message is scored as usual; only an
 * unreadable file argument (missing, a directory) is a command error.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { badInput, describeError } from '../../core/errors.js';
import type { Reason, TriageClass } from '../../core/finding.js';
import { parseEmail } from '../../ingest/email/parse-email.js';
import { splitMbox } from '../../ingest/mbox/split-mbox.js';
import { checkMessage, MAX_MESSAGE_CHARS } from './check-message.js';
import { messageFromEvidence, type TriageMessage } from './message.js';
import { scoreMessage, type TriageEngine } from './score-message.js';

/** One output line of `dragnet score --jsonl` (the contract's fields, or `id` + `error`). */
export interface ScoreRecord {
  id: string;
  score?: number;
  class?: TriageClass;
  lang?: string;
  reasons?: Reason[];
  error?: string;
}

type Format = 'eml' | 'mbox' | 'jsonl';
const MAX_EML_BYTES = MAX_MESSAGE_CHARS;

function formatFromName(file: string): Format | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.eml' || ext === '.msg822') return 'eml';
  if (ext === '.mbox' || ext === '.mbx') return 'mbox';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  return undefined;
}

function sniff(head: Buffer): Format {
  const s = head
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\ufeff/, '');
  if (/^\s*[{[]/.test(s)) return 'jsonl';
  if (s.startsWith('From ')) return 'mbox';
  return 'eml';
}

/** Scores one message, turning any failure into an error record. */
export function scoreOne(engine: TriageEngine, id: string, msg: TriageMessage): ScoreRecord {
  const problem = checkMessage(msg);
  if (problem) return { id, error: problem };
  try {
    const v = scoreMessage(engine, msg);
    return { id, score: v.score, class: v.class, lang: v.lang, reasons: v.reasons };
  } catch (err) {
    return { id, error: `could not be scored: ${describeError(err)}` };
  }
}

async function scoreEmailBytes(engine: TriageEngine, id: string, bytes: Uint8Array): Promise<ScoreRecord> {
  if (bytes.length > MAX_EML_BYTES)
    return { id, error: `message too large: ${bytes.length} bytes (limit ${MAX_EML_BYTES})` };
  const parsed = await parseEmail(bytes, id);
  if (!parsed.ok) return { id, error: parsed.problems.map((p) => p.message).join('; ') || 'not an e-mail' };
  return scoreOne(engine, id, messageFromEvidence(parsed.value));
}

/** Parses one JSONL line `{"id","text","subject"?,"from"?}` into a message, or an error record. */
export function messageFromJsonLine(
  line: string,
  fallbackId: string,
): { id: string; msg?: TriageMessage; error?: string } {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch (err) {
    return { id: fallbackId, error: `malformed JSON: ${describeError(err)}` };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row))
    return { id: fallbackId, error: 'row is not a JSON object' };
  const r = row as Record<string, unknown>;
  const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : fallbackId;
  if (typeof r.text !== 'string') return { id, error: 'row has no "text" string' };
  const msg: TriageMessage = { text: r.text };
  if (typeof r.subject === 'string') msg.subject = r.subject;
  if (typeof r.from === 'string') msg.from = r.from;
  return { id, msg };
}

async function* scoreJsonl(
  engine: TriageEngine,
  source: string,
  stream: Readable,
): AsyncGenerator<ScoreRecord> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const parsed = messageFromJsonLine(line, `${source}:${n}`);
    if (!parsed.msg) yield { id: parsed.id, error: `line ${n}: ${parsed.error}` };
    else yield scoreOne(engine, parsed.id, parsed.msg);
  }
}

async function* scoreMbox(
  engine: TriageEngine,
  source: string,
  stream: Readable,
): AsyncGenerator<ScoreRecord> {
  for await (const m of splitMbox(stream, { maxMessageBytes: MAX_EML_BYTES })) {
    const id = `${source}#${m.index}`;
    const fatal = m.problems?.find((p) => p.severity === 'error');
    if (fatal || m.bytes.length === 0) yield { id, error: fatal?.message ?? 'empty message' };
    else yield await scoreEmailBytes(engine, id, m.bytes);
  }
}

/** A stream that replays `head` and then the rest of `rest`. */
function rejoin(head: Buffer, rest: AsyncIterator<Buffer>): Readable {
  return Readable.from(
    (async function* () {
      if (head.length > 0) yield head;
      for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
    })(),
  );
}

async function* scoreStream(
  engine: TriageEngine,
  source: string,
  input: Readable,
  known?: Format,
): AsyncGenerator<ScoreRecord> {
  const it = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  const format = known ?? sniff(head);
  const stream = rejoin(head, it);
  if (format === 'jsonl') yield* scoreJsonl(engine, source, stream);
  else if (format === 'mbox') yield* scoreMbox(engine, source, stream);
  else {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of stream) {
      size += (c as Buffer).length;
      if (size <= MAX_EML_BYTES) chunks.push(c as Buffer);
    }
    if (size > MAX_EML_BYTES)
      yield { id: source, error: `message too large: ${size} bytes (limit ${MAX_EML_BYTES})` };
    else yield await scoreEmailBytes(engine, source, Buffer.concat(chunks));
  }
}

/**
 * Scores every message of every source (`-` = standard input), in order.
 * @throws DragnetError BAD_INPUT when a named file cannot be opened
 */
export async function* scoreSources(
  engine: TriageEngine,
  sources: ReadonlyArray<string>,
  stdin: Readable,
): AsyncGenerator<ScoreRecord> {
  for (const source of sources.length === 0 ? ['-'] : sources) {
    if (source === '-') {
      yield* scoreStream(engine, '-', stdin);
      continue;
    }
    try {
      const st = await stat(source);
      if (st.isDirectory())
        throw badInput(source, 'is a directory', 'pass files, or use `dragnet ingest` for folders');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw badInput(source, 'no such file');
      throw err;
    }
    yield* scoreStream(engine, source, createReadStream(source), formatFromName(source));
  }
}
