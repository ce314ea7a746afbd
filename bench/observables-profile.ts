/**
 * @module bench/observables-profile
 * Runs only Dragnet's extractor over the throughput corpus of bench/observables.ts (same seed,
 * same ~1 MB pieces) and prints CPU MB/s, for profiling without ioc-extractor in the way:
 *   node --cpu-prof --cpu-prof-dir=/tmp/obs-prof --import tsx bench/observables-profile.ts [--mb 30]
 * then `npx tsx bench/observables-profile-summary.ts /tmp/obs-prof/<largest>.cpuprofile` (tsx writes
 * a second, small profile for its loader thread). Function names survive tsx; for line numbers,
 * bundle the script with esbuild first.
 */
import { extractObservables } from '../src/analyse/observables/index.js';
import { mixedCorpus } from './observables-corpus.js';
import { loadGold } from './observables-score.js';

const args = process.argv.slice(2);
const i = args.indexOf('--mb');
const MB = i >= 0 ? Number(args[i + 1]) : 30;
const gold = loadGold('test/fixtures/observables/gold.jsonl', 'test/fixtures/observables/hard-cases.jsonl');
const corpus = mixedCorpus(
  MB * 1e6,
  gold.map((d) => d.text),
);
const pieces: string[] = [];
for (let p = 0; p < corpus.length; ) {
  const nl = corpus.indexOf('\n', Math.min(corpus.length, p + (1 << 20)));
  const q = nl < 0 ? corpus.length : nl + 1;
  pieces.push(corpus.slice(p, q));
  p = q;
}
extractObservables(pieces[0]?.slice(0, 200_000) ?? '');
const c0 = process.cpuUsage();
const t0 = performance.now();
let found = 0;
for (const piece of pieces) found += extractObservables(piece).length;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;
const bytes = Buffer.byteLength(corpus);
console.log(
  `${(bytes / 1e6).toFixed(1)} MB, ${found} indicators: ${(bytes / 1e6 / cpu).toFixed(2)} MB/s CPU, ` +
    `${(bytes / 1e6 / ((performance.now() - t0) / 1000)).toFixed(2)} MB/s wall`,
);
