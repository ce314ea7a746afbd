/**
 * The bundled entries (`scripts/bundle-dist.mjs`): every bundled module's `import.meta.url` is
 * rewritten to the URL it has in tsc's per-module layout, spelled relative to the output file it
 * landed in. If that spelling were wrong (another depth, a placeholder left over), paths made from
 * it (models/, data/, samples/, web/dist, the worker scripts) would miss their files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const DIST = path.join(ROOT, 'dist');
const ENTRIES = [
  'cli/main.js',
  'analyse/triage/score-pool/score-worker.js',
  'ingest/parallel/parse-worker.js',
].map((e) => path.join(DIST, e));
const CHUNKS = readdirSync(path.join(DIST, 'chunks'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => path.join(DIST, 'chunks', f));
const REWRITTEN = /new URL\("([^"]+)", import\.meta\.url\)\.href/g;

describe('bundled dist entries', () => {
  it('give each rewritten module URL the tsc-layout file it stands for', () => {
    const modules = new Set<string>();
    for (const file of [...ENTRIES, ...CHUNKS]) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('__DRAGNET_DIST_FROM_HERE__');
      for (const [, rel] of text.matchAll(REWRITTEN)) {
        const target = new URL(rel as string, pathToFileURL(file));
        expect(target.pathname.startsWith(pathToFileURL(DIST).pathname), `${file}: ${rel}`).toBe(true);
        // The tsc output of the same module is beside it: the URL names a real module file.
        expect(() => readFileSync(target), `${file}: ${rel}`).not.toThrow();
        modules.add(path.relative(DIST, target.pathname));
      }
    }
    // The modules that find models/, the worker scripts, samples/ and web/dist from their own URL.
    for (const m of [
      'analyse/triage/model.js',
      'analyse/triage/score-pool/score-pool.js',
      'ingest/parallel/parse-pool.js',
      'demo/sample-paths.js',
      'server/static-ui.js',
    ])
      expect(modules).toContain(m);
  });

  it('load our code from the bundle, not from the per-module files', () => {
    const main = readFileSync(ENTRIES[0] as string, 'utf8');
    const imports = [...main.matchAll(/from "(\.[^"]+)"/g)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec).toMatch(/^\.\.\/chunks\//);
  });
});
