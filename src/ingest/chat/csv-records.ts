/**
 * @module ingest/chat/csv-records
 * Streaming RFC 4180 record reader: quoted fields with doubled quotes and embedded line breaks,
 * delimiter sniffed from the header line (`,` `;` or tab, whichever appears most outside quotes).
 * A record is bounded (1 MiB of field text): an unclosed quote cannot swallow a whole file.
 */
import type { Readable } from 'node:stream';
import { readLines } from './read-lines.js';

/** One CSV record with the line it starts on. */
export interface CsvRecord {
  /** Line number where the record starts (1-based). */
  line: number;
  fields: string[];
  /** Set when the record is malformed (unclosed quote at end of file, over-long record). */
  problem?: string;
}

const MAX_RECORD = 1024 * 1024;

/** The delimiter of a header line: the most frequent of `,` `;` tab outside quotes. */
export function sniffDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t']) {
    let count = 0;
    let quoted = false;
    for (const ch of headerLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) count++;
    }
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Streams the records of a CSV file (the header row is the first record). */
export async function* csvRecords(stream: Readable): AsyncIterable<CsvRecord> {
  let delimiter: string | undefined;
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let start = 0;
  let size = 0;
  for await (const { line, text } of readLines(stream)) {
    delimiter ??= sniffDelimiter(text);
    if (!quoted) {
      start = line;
      fields = [];
      field = '';
      size = 0;
    } else {
      field += '\n';
    }
    size += text.length;
    if (size > MAX_RECORD) {
      yield {
        line: start,
        fields: [],
        problem: `record starting at line ${start} exceeds ${MAX_RECORD} characters (unclosed quote?)`,
      };
      quoted = false;
      continue;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i++;
          } else quoted = false;
        } else field += ch;
      } else if (ch === '"' && field === '') quoted = true;
      else if (ch === delimiter) {
        fields.push(field);
        field = '';
      } else field += ch;
    }
    if (!quoted) {
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) yield { line: start, fields };
    }
  }
  if (quoted) {
    fields.push(field);
    yield { line: start, fields, problem: `unclosed quote in the record starting at line ${start}` };
  }
}
