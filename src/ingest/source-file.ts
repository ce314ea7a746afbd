/**
 * @module ingest/source-file
 * Opens a file on disk as a `SourceFile`: size, the first 64 KiB for sniffing, and bounded reads.
 */
import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { DragnetError } from '../core/errors.js';
import type { IngestLimits, SourceFile } from './format-handler.js';

const HEAD_BYTES = 64 * 1024;

export function fsErrorMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: the file cannot be read';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

export async function openSourceFile(path: string, limits: IngestLimits): Promise<SourceFile> {
  const st = await stat(path);
  const fh = await open(path, 'r');
  let head: Uint8Array;
  try {
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, st.size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  return {
    path,
    size: st.size,
    head,
    async readAll() {
      if (st.size > limits.maxInMemoryBytes) {
        throw new DragnetError(
          'LIMIT',
          `file is ${formatBytes(st.size)}, over the ${formatBytes(limits.maxInMemoryBytes)} limit for this format`,
          {
            subject: path,
            hint: 'split the file, or raise the limit with --max-file-size',
          },
        );
      }
      return readFile(path);
    },
    stream: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    chunks: () => readChunks(path),
  };
}

const CHUNK_BYTES = 1 << 20;

async function* readChunks(path: string): AsyncIterable<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
