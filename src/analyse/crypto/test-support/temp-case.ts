/**
 * @module analyse/crypto/test-support/temp-case
 * A fresh case in a temporary folder for tests (removed by `cleanup`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { initCase } from '../../../case/open-case.js';
import type { SqliteCaseStore } from '../../../case/sqlite-case-store.js';

export async function tempCase(): Promise<{ store: SqliteCaseStore; dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-crypto-'));
  const store = await initCase(path.join(dir, 'case'), {
    actor: 'test',
    clock: () => new Date('2026-01-01T00:00:00Z'),
  });
  return {
    store,
    dir,
    cleanup: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const fixture = (name: string): string =>
  path.resolve(import.meta.dirname, '../../../../test/fixtures/crypto', name);
