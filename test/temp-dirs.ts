/**
 * Temporary folders for one test file, removed once its tests are done (cases, blobs and
 * exports otherwise pile up in the system temp folder on every `npm test`).
 * Call at the top level of a test file: the cleanup is registered with that file's `afterAll`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
