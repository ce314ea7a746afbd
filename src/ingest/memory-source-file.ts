/**
 * @module ingest/memory-source-file
 * A `SourceFile` over bytes already in memory (an archive member, an attachment), so members go
 * through the same handlers as files on disk.
 */
import { Readable } from 'node:stream';
import type { SourceFile } from './format-handler.js';

const HEAD = 64 * 1024;

export function memorySourceFile(path: string, bytes: Buffer): SourceFile {
  return {
    path,
    size: bytes.length,
    head: bytes.subarray(0, HEAD),
    readAll: async () => bytes,
    // Chunked so stream consumers see realistic chunk boundaries, not one giant chunk.
    stream: () =>
      Readable.from(
        (function* () {
          for (let i = 0; i < bytes.length; i += 1 << 20) yield bytes.subarray(i, i + (1 << 20));
        })(),
      ),
  };
}
