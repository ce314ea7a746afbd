/**
 * @module analyse/impersonation/data-file
 * Reads the bundled data under `data/impersonation/`. Both `src/analyse/impersonation/x.ts` and
 * `dist/analyse/impersonation/x.js` sit three levels below the repository root, so one relative
 * URL serves the source and the build. Files are read once and cached: they are static resources
 * shipped with the program, not evidence, so analysers stay pure functions of their input.
 */
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

/** The text of `data/impersonation/NAME` (UTF-8), read once per process. */
export function readDataFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../../../data/impersonation/${name}`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Non-empty, non-comment (`#`) lines of a bundled list file, trimmed and lower-cased. */
export function readDataList(name: string): string[] {
  return readDataFile(name)
    .split(/\r?\n/)
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
