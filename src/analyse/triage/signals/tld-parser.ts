/**
 * @module analyse/triage/signals/tld-parser
 * tldts's `getDomain` / `getHostname`, in one place. The CLI and worker bundles
 * (`scripts/bundle-dist.mjs`) inline tldts' ES module build here: loading that costs ~10 CPU-ms
 * less per thread than `require`-ing its 150 kB CommonJS build, which every `dragnet score`
 * thread did at startup. (tsc's per-module output imports the CommonJS build, ~25 ms more than
 * requiring it: only library users and tests load that.)
 */
export { getDomain, getHostname } from 'tldts';
