/**
 * @module ingest/evidence-spool
 * The evidence list of an ingest report, kept in a temporary file instead of memory: a
 * 100,000-message mailbox lists 100,000 items, and `dragnet ingest --json` must print them all
 * while peak memory stays flat. Items of the file being ingested are appended as they are stored;
 * if that file then fails, `rollback` cuts them off again, so the spool only ever lists committed
 * evidence.
 */
import { closeSync, ftruncateSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

const FLUSH_BYTES = 1 << 20;

export class EvidenceSpool<T> {
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-ingest-'));
  private readonly fd = openSync(path.join(this.dir, 'evidence.jsonl'), 'w+', 0o600);
  private pending: string[] = [];
  private pendingBytes = 0;
  private flushed = 0;
  private items = 0;

  /** Items listed (committed and pending). */
  get count(): number {
    return this.items;
  }

  add(item: T): void {
    const line = `${JSON.stringify(item)}\n`;
    this.pending.push(line);
    this.pendingBytes += Buffer.byteLength(line);
    this.items++;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /** A point to come back to with `rollback`. */
  mark(): { bytes: number; items: number } {
    return { bytes: this.flushed + this.pendingBytes, items: this.items };
  }

  /** Forgets every item added since `mark`. */
  rollback(mark: { bytes: number; items: number }): void {
    this.flush();
    ftruncateSync(this.fd, mark.bytes);
    this.flushed = mark.bytes;
    this.items = mark.items;
  }

  /** The items' JSON texts, in order, read back in chunks. */
  *jsonTexts(): IterableIterator<string> {
    this.flush();
    const buf = Buffer.allocUnsafe(FLUSH_BYTES);
    let position = 0;
    let rest = '';
    // A chunk may end inside a multi-byte character: the decoder carries it over.
    const decoder = new StringDecoder('utf8');
    while (position < this.flushed) {
      const n = readSync(this.fd, buf, 0, Math.min(buf.length, this.flushed - position), position);
      if (n === 0) break;
      position += n;
      const lines = (rest + decoder.write(buf.subarray(0, n))).split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const data = Buffer.from(this.pending.join(''));
    writeSync(this.fd, data, 0, data.length, this.flushed);
    this.flushed += data.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}
