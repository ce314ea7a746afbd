/**
 * @module analyse/triage/signals/tld-parser
 * tldts's `getDomain` / `getHostname`, loaded with `require` (its CommonJS build, which a bare
 * `import 'tldts'` resolves to anyway). Importing that build from ESM costs ~25 ms more per
 * thread than requiring it (the loader pre-parses the 150 kB file for its export names and wraps
 * it), and every `dragnet score` thread loads it at startup.
 */
import { createRequire } from 'node:module';
import type * as Tldts from 'tldts';

const tldts = createRequire(import.meta.url)('tldts') as typeof Tldts;

export const getDomain: typeof Tldts.getDomain = tldts.getDomain;
export const getHostname: typeof Tldts.getHostname = tldts.getHostname;
