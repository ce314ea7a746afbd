import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BlobStore } from './blob-store.js';
import { sha256Hex } from './sha256.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('BlobStore.putSync', () => {
  it('creates a read-only blob once, never replaces it, and leaves no temporary file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-blobs-'));
    dirs.push(dir);
    const a = new BlobStore(dir);
    const b = new BlobStore(dir); // a second writer on the same folder (another worker)
    const bytes = Buffer.from('From: a@example.org\n\nhello\n');
    const sha = sha256Hex(bytes);
    expect(a.putSync(sha, bytes)).toBe(true);
    expect(b.putSync(sha, bytes)).toBe(false);
    expect(readFileSync(a.pathOf(sha)).equals(bytes)).toBe(true);
    expect(statSync(a.pathOf(sha)).mode & 0o222).toBe(0);
    expect(readdirSync(path.dirname(a.pathOf(sha)))).toEqual([sha]);
  });
});
