/**
 * @module analyse/crypto/import/json-values
 * Splits a stream of JSON text into its top-level values without holding the whole file: a
 * top-level array yields its elements; otherwise each concatenated or newline-separated value
 * (JSON Lines) is yielded. Each piece is small (one block or transaction) and parsed on its own,
 * so a multi-gigabyte dump is read in constant memory. Truncation is detected and reported with
 * the character offset where the text ended.
 */

export interface JsonPiece {
  /** Raw JSON text of one value. */
  text: string;
  /** 0-based index of the value in the file. */
  index: number;
  /** Character offset of its first character. */
  offset: number;
}

export class JsonSplitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09, 0xfeff]);

export async function* splitJsonValues(chunks: AsyncIterable<string>): AsyncGenerator<JsonPiece> {
  let buf = '';
  let base = 0; // absolute offset of buf[0]
  let pos = 0;
  let depth = 0;
  let inStr = false;
  let esc = false;
  let mode: 'start' | 'array' | 'values' | 'done' = 'start';
  let elemStart = -1;
  let index = 0;
  for await (const chunk of chunks) {
    buf += chunk;
    for (; pos < buf.length; pos++) {
      const c = buf.charCodeAt(pos);
      if (inStr) {
        if (esc) esc = false;
        else if (c === 0x5c) esc = true;
        else if (c === 0x22) inStr = false;
        continue;
      }
      const level = mode === 'array' ? 1 : 0;
      if (depth === level && elemStart < 0) {
        if (WS.has(c)) continue;
        if (mode === 'start') {
          if (c === 0x5b) {
            mode = 'array';
            depth = 1;
            continue;
          }
          mode = 'values';
        }
        if (mode === 'done')
          throw new JsonSplitError('unexpected text after the end of the top-level array', base + pos);
        if (mode === 'array' && c === 0x2c) continue;
        if (mode === 'array' && c === 0x5d) {
          depth = 0;
          mode = 'done';
          continue;
        }
        if (c !== 0x7b && c !== 0x5b) {
          throw new JsonSplitError(`expected an object, found "${String.fromCharCode(c)}"`, base + pos);
        }
        elemStart = pos;
        depth++;
        continue;
      }
      if (c === 0x22) inStr = true;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === level) {
          yield { text: buf.slice(elemStart, pos + 1), index: index++, offset: base + elemStart };
          elemStart = -1;
        }
      }
    }
    // Drop what has been consumed so the buffer holds at most one value plus a chunk.
    const keep = elemStart >= 0 ? elemStart : pos;
    if (keep > 0) {
      buf = buf.slice(keep);
      base += keep;
      pos -= keep;
      if (elemStart >= 0) elemStart = 0;
    }
  }
  if (inStr || elemStart >= 0 || mode === 'array') {
    throw new JsonSplitError('truncated JSON: the file ends inside a value', base + buf.length);
  }
}
