/**
 * @module analyse/triage/score-inputs
 * The reading half of `dragnet score [FILE…|-]`: reads `.eml`, `.mbox` and JSONL inputs (files or
 * standard input, sniffed when the extension says nothing) and yields, in input order, one unit
 * per message: a job to score, or a record already decided (a line that is not JSON, an
 * oversized message). `score-pool/ordered-scoring.ts` scores the units on one thread or several;
 * `scoreSources` is the one-thread composition. Reading holds nothing beyond the current message.
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
import { splitMbox } from '../../ingest/mbox/split-mbox.js';
import type { TriageMessage } from './message.js';
import type { TriageEngine } from './score-message.js';
import { MAX_EML_BYTES, type ScoreRecord, type ScoreUnit } from './score-pool/score-job.js';

export type { ScoreRecord, ScoreUnit } from './score-pool/score-job.js';

type Format = 'eml' | 'mbox' | 'jsonl';

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

async function* readJsonl(source: string, stream: Readable): AsyncGenerator<ScoreUnit> {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const parsed = messageFromJsonLine(line, `${source}:${n}`);
    if (!parsed.msg) yield { record: { id: parsed.id, error: `line ${n}: ${parsed.error}` } };
    else yield { job: { kind: 'text', id: parsed.id, msg: parsed.msg } };
  }
}

async function* readMbox(source: string, stream: Readable): AsyncGenerator<ScoreUnit> {
  for await (const m of splitMbox(stream, { maxMessageBytes: MAX_EML_BYTES })) {
    const id = `${source}#${m.index}`;
    const fatal = m.problems?.find((p) => p.severity === 'error');
    if (fatal || m.bytes.length === 0) yield { record: { id, error: fatal?.message ?? 'empty message' } };
    else yield { job: { kind: 'email', id, bytes: m.bytes } };
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

async function* readStream(source: string, input: Readable, known?: Format): AsyncGenerator<ScoreUnit> {
  const it = (input as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : Buffer.from(first.value);
  const format = known ?? sniff(head);
  const stream = rejoin(head, it);
  if (format === 'jsonl') yield* readJsonl(source, stream);
  else if (format === 'mbox') yield* readMbox(source, stream);
  else {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of stream) {
      size += (c as Buffer).length;
      if (size <= MAX_EML_BYTES) chunks.push(c as Buffer);
    }
    if (size > MAX_EML_BYTES)
      yield { record: { id: source, error: `message too large: ${size} bytes (limit ${MAX_EML_BYTES})` } };
    else yield { job: { kind: 'email', id: source, bytes: Buffer.concat(chunks) } };
  }
}

/**
 * Reads every message of every source (`-` = standard input), in order.
 * @throws DragnetError BAD_INPUT when a named file cannot be opened
 */
export async function* readScoreUnits(
  sources: ReadonlyArray<string>,
  stdin: Readable,
): AsyncGenerator<ScoreUnit> {
  for (const source of sources.length === 0 ? ['-'] : sources) {
    if (source === '-') {
      yield* readStream('-', stdin);
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
    yield* readStream(source, createReadStream(source), formatFromName(source));
  }
}

/**
 * Scores every message of every source on this thread, in order.
 * @throws DragnetError BAD_INPUT when a named file cannot be opened
 */
export async function* scoreSources(
  engine: TriageEngine,
  sources: ReadonlyArray<string>,
  stdin: Readable,
): AsyncGenerator<ScoreRecord> {
  const { runScoreJob } = await import('./score-pool/run-score-job.js');
  for await (const u of readScoreUnits(sources, stdin))
    yield 'record' in u ? u.record : await runScoreJob(engine, u.job);
}
