/**
 * @module case/blob-store
 * Content-addressed, write-once storage of evidence bytes under `<case>/blobs/ab/<sha256>`.
 * One level of 256 folders (as git does): a second level would cost a `mkdir` for nearly every
 * blob of a 100k-message ingest, and ext4's hashed directories keep large folders fast.
 *
 * Invariants: a blob's name is the SHA-256 of its content; a blob is never rewritten (an existing
 * name is never opened for writing); blobs are written to a temporary file and renamed into place,
 * so a crash never leaves a partial file under a real name; finished blobs are made read-only.
 * Individual blobs are not fsync'ed (it would cap ingest at a few hundred items per second);
 * `case verify` is how loss after a power cut is detected.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { threadId } from 'node:worker_threads';
import { sha256Hex } from './sha256.js';

export class BlobStore {
  readonly dir: string;
  private readonly tmpDir: string;
  /** Fan-out folders known to exist, so that each blob costs no mkdir. */
  private readonly knownDirs = new Set<string>();
  /** Temporary names: unique per process and thread without asking for random bytes each time. */
  private readonly tmpPrefix = `.tmp-${process.pid}-${threadId}-${randomBytes(4).toString('hex')}-`;
  private tmpCounter = 0;

  constructor(dir: string) {
    this.dir = dir;
    this.tmpDir = path.join(dir, 'tmp');
    mkdirSync(this.tmpDir, { recursive: true });
  }

  pathOf(sha256: string): string {
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  read(sha256: string): Buffer {
    return readFileSync(this.pathOf(sha256));
  }

  /** Stores `bytes`; returns the hash and whether this call created the blob. */
  put(bytes: Uint8Array): { sha256: string; created: boolean } {
    const sha256 = sha256Hex(bytes);
    const dest = this.pathOf(sha256);
    if (existsSync(dest)) return { sha256, created: false };
    const tmp = this.tmpPath();
    writeFileSync(tmp, bytes, { mode: 0o444 });
    this.moveIntoPlace(tmp, dest);
    return { sha256, created: true };
  }

  /**
   * Writes `bytes` as blob `sha256` off the main thread. The temporary file sits in the blob's own
   * fan-out folder, so concurrent writes do not contend on one directory. Resolves to whether this
   * call created the blob. The caller has hashed the bytes; a wrong hash is a bug, not bad input.
   */
  async putAsync(sha256: string, bytes: Uint8Array): Promise<boolean> {
    const dest = this.pathOf(sha256);
    if (existsSync(dest)) return false;
    const dir = path.dirname(dest);
    if (!this.knownDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      this.knownDirs.add(dir);
    }
    const tmp = `${dest}${this.tmpPrefix}${this.tmpCounter++}`;
    try {
      await writeFile(tmp, bytes, { mode: 0o444 });
      await rename(tmp, dest);
    } catch (err) {
      safeUnlink(tmp);
      throw err;
    }
    return true;
  }

  /**
   * Writes `bytes` as blob `sha256` on the calling thread (parse workers call it: blocking there
   * costs the pipeline nothing). Several threads may write the same blob at once, so the blob is
   * put in place with `link`, which, unlike `rename`, never replaces an existing file: exactly one
   * caller gets `true` (created). The caller has hashed the bytes.
   */
  putSync(sha256: string, bytes: Uint8Array): boolean {
    const dest = this.pathOf(sha256);
    if (existsSync(dest)) return false;
    const dir = path.dirname(dest);
    if (!this.knownDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.knownDirs.add(dir);
    }
    const tmp = `${dest}${this.tmpPrefix}${this.tmpCounter++}`;
    try {
      writeFileSync(tmp, bytes, { mode: 0o444 });
      linkSync(tmp, dest);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    } finally {
      safeUnlink(tmp);
    }
  }

  /** Streams a file into the store while hashing it; memory stays flat whatever the size. */
  async putFile(source: string): Promise<{ sha256: string; created: boolean; size: number }> {
    const tmp = this.tmpPath();
    const hash = createHash('sha256');
    let size = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        hash.update(chunk);
        size += chunk.length;
        cb(null, chunk);
      },
    });
    try {
      await pipeline(createReadStream(source), tap, createWriteStream(tmp, { mode: 0o444 }));
    } catch (err) {
      safeUnlink(tmp);
      throw err;
    }
    const sha256 = hash.digest('hex');
    const dest = this.pathOf(sha256);
    if (existsSync(dest)) {
      safeUnlink(tmp);
      return { sha256, created: false, size };
    }
    this.moveIntoPlace(tmp, dest);
    return { sha256, created: true, size };
  }

  /** Removes a blob created by a write that then failed. Never used on committed blobs. */
  discard(sha256: string): void {
    const p = this.pathOf(sha256);
    try {
      chmodSync(p, 0o644);
    } catch {
      // already gone
    }
    safeUnlink(p);
  }

  /** Streams a blob through SHA-256; returns the actual hash and size (for verification). */
  async hashBlob(sha256: string): Promise<{ actual: string; size: number }> {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of createReadStream(this.pathOf(sha256), { highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    return { actual: hash.digest('hex'), size };
  }

  private tmpPath(): string {
    return path.join(this.tmpDir, `${this.tmpPrefix}${this.tmpCounter++}`);
  }

  private moveIntoPlace(tmp: string, dest: string): void {
    mkdirSync(path.dirname(dest), { recursive: true });
    renameSync(tmp, dest);
  }
}

function safeUnlink(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // nothing to remove
  }
}
