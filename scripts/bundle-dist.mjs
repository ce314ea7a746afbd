// Bundles the entry points that start a process or a thread (the `dragnet` CLI and the worker
// scripts) over tsc's per-module output, so that starting one loads a few files instead of ~70 of
// ours and ~50 of packages.
//
// Why: Node 20's ESM loader resolves, reads, compiles and links every module on its own, and it
// has no compile cache; for `dragnet score` on one mail, loading was ~130 of ~380 CPU-ms (node
// --cpu-prof). Packages stay external (loaded from node_modules as before) except the few in
// INLINED_PACKAGES. Every other file of dist/ stays tsc's per-module output (tests and library
// users import those).
//
// Layout: each entry is rewritten in place (dist/cli/main.js, the workers beside their pools) and
// the code they share goes to dist/chunks/. Commands loaded lazily (`import('./score.js')`)
// become chunks of their own, so `dragnet --version` still loads no command.
//
// `import.meta.url` is rewritten to the URL the module had in tsc's layout, so that paths made
// relative to it (models/, data/, samples/, web/dist, the worker scripts) resolve as before,
// whichever output file the code lands in.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ENTRIES = [
  'cli/main.js',
  'analyse/triage/score-pool/score-worker.js',
  'ingest/parallel/parse-worker.js',
];
const CHUNK_DIR = 'chunks';
/** Stands for "the path from this output file to dist/"; replaced per output file after bundling. */
const DIST_TOKEN = '__DRAGNET_DIST_FROM_HERE__/';

/**
 * Packages bundled (their ES module builds, tree-shaken) rather than loaded from node_modules,
 * because every `dragnet score` thread loads them at startup:
 * - htmlparser2's entry re-exports domutils, dom-serializer and entities' encoder, which we never
 *   use, and its `exports` offer no path to the Parser alone: loading the package cost ~45 CPU-ms,
 *   the Parser and what it imports ~25;
 * - tldts: its ES module build, bundled, loads in ~20 CPU-ms against ~30 for `require`-ing its
 *   CommonJS build (a 150 kB file);
 * - commander (CommonJS, six files): bundled, ~20 CPU-ms against ~29 through the ESM loader's
 *   CommonJS translator. Its `require`s of node builtins go through REQUIRE_BANNER.
 * - ibantools (the IBAN check of the triage signal `iban-in-text` and of the observables): ~7
 *   CPU-ms through the loader at every `dragnet score` start; bundled, it is part of the chunk.
 * Versions are pinned through package-lock.json like the rest; the build reads them from node_modules.
 */
const INLINED_PACKAGES = new Set([
  'htmlparser2',
  'domhandler',
  'domelementtype',
  'domutils',
  'dom-serializer',
  'entities',
  'tldts',
  'tldts-core',
  'commander',
  'ibantools',
]);

/**
 * A `require` for the CommonJS code inlined above (esbuild's ESM output calls the `require` in
 * scope for the node builtins it requires; ES modules have none).
 */
const REQUIRE_BANNER =
  "import { createRequire as __dragnetCreateRequire } from 'node:module';\nconst require = __dragnetCreateRequire(import.meta.url);";

const packageOf = (spec) => spec.split('/', spec.startsWith('@') ? 2 : 1).join('/');

/** Packages are loaded from node_modules at run time, except the ones inlined above. */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      INLINED_PACKAGES.has(packageOf(args.path)) ? undefined : { path: args.path, external: true },
    );
  },
};

const toPosix = (p) => p.split(path.sep).join('/');

/** Replaces `import.meta.url` by the module's own tsc-layout URL, spelled relative to dist/. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!args.path.startsWith(DIST)) return { contents: text, loader: 'js' };
      const other = text.match(/import\.meta\.(?!url\b)\w+/);
      if (other) throw new Error(`${args.path}: ${other[0]} is not rewritten for the bundle`);
      const self = `${DIST_TOKEN}${toPosix(path.relative(DIST, args.path))}`;
      return {
        contents: text.replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(self)}, import.meta.url).href`,
        ),
        loader: 'js',
      };
    });
  },
};

// The inputs are tsc's output: bundling a bundle would rewrite its rewritten URLs again.
for (const e of ENTRIES) {
  if ((await readFile(path.join(DIST, e), 'utf8')).includes('__dragnetCreateRequire')) {
    throw new Error(`dist/${e} is bundled already: compile with tsc first (npm run build)`);
  }
}

const result = await build({
  entryPoints: ENTRIES.map((e) => path.join(DIST, e)),
  outdir: DIST,
  outbase: DIST,
  chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // The inlined packages' ES module builds (tldts names its `module`, not `exports`).
  mainFields: ['module', 'main'],
  target: 'node20',
  // Keeps `#!/usr/bin/env node` and the comments' licence notes; no minifying: stack traces stay readable.
  legalComments: 'inline',
  banner: { js: REQUIRE_BANNER },
  // Maps back to the TypeScript sources through tsc's maps (`node --enable-source-maps`).
  sourcemap: 'linked',
  sourcesContent: false,
  write: false,
  allowOverwrite: true,
  logLevel: 'warning',
  plugins: [externalPackages, keepModuleUrls],
});

const outputs = result.outputFiles.map((file) => {
  let up = toPosix(path.relative(path.dirname(file.path), DIST));
  up = up === '' ? './' : `${up}/`;
  const text = file.text.replaceAll(DIST_TOKEN, up);
  // esbuild renames our own top-level `require`s (version.ts has one) away from the banner's.
  if (file.path.endsWith('.js') && text.match(/^(?:const|let|var) require\b/gm)?.length !== 1) {
    throw new Error(`${file.path}: a top-level \`require\` besides REQUIRE_BANNER's`);
  }
  return { path: file.path, text };
});

await rm(path.join(DIST, CHUNK_DIR), { recursive: true, force: true });
for (const out of outputs) {
  await mkdir(path.dirname(out.path), { recursive: true });
  await writeFile(out.path, out.text);
}
