/**
 * @module cli/open-store
 * Opens the `--case` store for a command and always closes it, whatever the command does.
 */
import type { Command } from 'commander';
import { openCase, openOrInitCase } from '../case/open-case.js';
import type { SqliteCaseStore } from '../case/sqlite-case-store.js';
import { caseDir } from './case-option.js';

export async function withCase<T>(
  cmd: Command,
  fn: (store: SqliteCaseStore) => Promise<T> | T,
  create = false,
): Promise<T> {
  const dir = caseDir(cmd);
  const store = create ? await openOrInitCase(dir) : await openCase(dir);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
