/**
 * @module ingest/chat/read-lines
 * Streams a file as text lines (UTF-8, BOM dropped, CR before LF dropped) with their 1-based
 * line numbers, holding one chunk and one partial line in memory.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** Lines of a UTF-8 text stream, numbered from 1. */
export async function* readLines(stream: Readable): AsyncIterable<{ line: number; text: string }> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let n = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = rest + decoder.write(chunk);
    const parts = text.split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) yield { line: ++n, text: clean(p, n) };
  }
  rest += decoder.end();
  if (rest !== '') yield { line: ++n, text: clean(rest, n) };
}

function clean(line: string, n: number): string {
  const s = n === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}
