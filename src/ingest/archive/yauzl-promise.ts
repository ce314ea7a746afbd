/**
 * @module ingest/archive/yauzl-promise
 * Small promise wrappers over yauzl's callback API (lazy entries: one entry in flight at a time,
 * so memory holds at most one member).
 */
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

const OPTIONS = {
  lazyEntries: true,
  autoClose: true,
  decodeStrings: false,
  validateEntrySizes: true,
  strictFileNames: false,
};

/** Opens a zip from a path (random access, large files) or from bytes already in memory. */
export function openZip(source: { path: string } | { buffer: Buffer }): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: ZipFile): void =>
      err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip);
    if ('buffer' in source) yauzl.fromBuffer(source.buffer, OPTIONS, done);
    else yauzl.open(source.path, OPTIONS, done);
  });
}

/** The next entry, or undefined at the end of the central directory. */
export function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: Entry): void => {
      cleanup();
      resolve(e);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(undefined);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** Reads an entry's bytes, aborting once more than `max` bytes come out (a lying header). */
export function readEntry(zip: ZipFile, entry: Entry, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream?: Readable) => {
      if (err || !stream) {
        reject(err ?? new Error('no stream'));
        return;
      }
      const parts: Buffer[] = [];
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > max) {
          stream.destroy(new Error(`entry inflates beyond ${max} bytes`));
          return;
        }
        parts.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(parts, size)));
    });
  });
}
