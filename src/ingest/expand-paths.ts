/**
 * @module ingest/expand-paths
 * Turns the PATH arguments of `dragnet ingest` into a sorted list of files (folders walked
 * recursively; symbolic links to folders are not followed, so a link loop cannot hang ingest).
 */
import type { Stats } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fsErrorMessage } from './source-file.js';

export interface ExpandedPaths {
  files: string[];
  failed: Array<{ path: string; error: string }>;
}

export async function expandPaths(inputs: ReadonlyArray<string>): Promise<ExpandedPaths> {
  const files: string[] = [];
  const failed: Array<{ path: string; error: string }> = [];
  const walk = async (p: string, top: boolean): Promise<void> => {
    let st: Stats;
    try {
      st = top ? await stat(p) : await lstat(p);
    } catch (err) {
      failed.push({ path: p, error: fsErrorMessage(err) });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = (await readdir(p)).sort();
      } catch (err) {
        failed.push({ path: p, error: fsErrorMessage(err) });
        return;
      }
      for (const name of names) await walk(path.join(p, name), false);
    } else if (st.isFile()) {
      files.push(p);
    } else if (st.isSymbolicLink()) {
      try {
        if ((await stat(p)).isFile()) files.push(p);
      } catch (err) {
        failed.push({ path: p, error: fsErrorMessage(err) });
      }
    }
  };
  for (const input of inputs) await walk(input, true);
  return { files, failed };
}
