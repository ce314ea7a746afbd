/**
 * @module bench/observables
 * The observables figures, printed as tables:
 *  1. per-type precision/recall of Dragnet and of the npm `ioc-extractor` on the gold set
 *     (test/fixtures/observables: gold.jsonl + hard-cases.jsonl);
 *  2. throughput in MB/s of both, in the same run, on generated mixed text (default 100 MB), and
 *     the ratio. The two run alternately on each ~1 MB piece (fair under a fluctuating machine load);
 *     ioc-extractor stops when its time budget is spent (`--full`: never), and the ratio compares
 *     both on exactly the pieces both processed.
 * Run: npx tsx bench/observables.ts [--mb 100] [--budget 90] [--full]
 * Throughput is reported per CPU-second of this process (process.cpuUsage) and per wall second.
 */
import { extractIOC } from 'ioc-extractor';
import { extractObservables } from '../src/analyse/observables/index.js';
import { mixedCorpus } from './observables-corpus.js';
import { type GoldDoc, loadGold, precision, recall, score } from './observables-score.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const MB = opt('--mb', 100);
const BUDGET_S = opt('--budget', 90);
const FULL = args.includes('--full');

const IOC_TYPES: Record<string, string> = {
  urls: 'url',
  domains: 'domain',
  ipv4s: 'ipv4',
  ipv6s: 'ipv6',
  emails: 'email',
  md5s: 'md5',
  sha1s: 'sha1',
  sha256s: 'sha256',
  sha512s: 'sha512',
  cves: 'cve',
  btcs: 'btc',
  eths: 'eth',
  xmrs: 'xmr',
  asns: 'asn',
  macAddresses: 'mac',
};
function iocExtractor(d: GoldDoc): Array<{ type: string; value: string }> {
  const r = extractIOC(d.text) as unknown as Record<string, string[]>;
  const out: Array<{ type: string; value: string }> = [];
  for (const [k, t] of Object.entries(IOC_TYPES)) for (const v of r[k] ?? []) out.push({ type: t, value: v });
  return out;
}
const dragnet = (d: GoldDoc) => extractObservables(d.text, d.region ? { region: d.region } : {});

const pad = (s: unknown, n: number): string => String(s).padEnd(n);
const f3 = (x: number): string => x.toFixed(3);

// 1. Quality
const gold = loadGold('test/fixtures/observables/gold.jsonl', 'test/fixtures/observables/hard-cases.jsonl');
const ours = score(gold, dragnet);
const theirs = score(gold, iocExtractor);
const types = [...new Set(gold.flatMap((d) => d.expected.map((e) => e.type)))].sort();
console.log(
  `\nQuality on the gold set: ${gold.length} documents, ${gold.reduce((n, d) => n + d.expected.length, 0)} labelled indicators`,
);
console.log(
  `${pad('type', 10)}${pad('n', 6)}${pad('dragnet P', 11)}${pad('dragnet R', 11)}${pad('ioc-ext P', 11)}${pad('ioc-ext R', 11)}`,
);
for (const t of types) {
  const o = ours.get(t) ?? { tp: 0, fp: 0, fn: 0 };
  const c = theirs.get(t);
  const supported = Object.values(IOC_TYPES).includes(t);
  console.log(
    `${pad(t, 10)}${pad(o.tp + o.fn, 6)}${pad(f3(precision(o)), 11)}${pad(f3(recall(o)), 11)}` +
      `${pad(supported && c ? f3(precision(c)) : 'n/a', 11)}${pad(supported ? f3(recall(c ?? { tp: 0, fp: 0, fn: 1 })) : 'n/a', 11)}`,
  );
}

// 2. Throughput
const goldTexts = gold.map((d) => d.text);
const corpus = mixedCorpus(MB * 1e6, goldTexts);
const bytes = Buffer.byteLength(corpus);

function timed(fn: () => void): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000 };
}
/** Extracts over the text in 1 MB pieces cut at line ends (as a streaming reader would). */
function chunks(text: string, size = 1 << 20): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    let j = Math.min(text.length, i + size);
    const nl = text.indexOf('\n', j);
    j = nl < 0 ? text.length : nl + 1;
    out.push(text.slice(i, j));
    i = j;
  }
  return out;
}
const all = chunks(corpus);
extractObservables(all[0]?.slice(0, 200_000) ?? ''); // warm-up (JIT)
extractIOC(all[0]?.slice(0, 200_000) ?? '');
// The two extractors run alternately on each piece, so that both meet the same machine load
// (the machine is shared); ioc-extractor stops when its time budget is spent (unless --full).
let found = 0;
const dAll = { cpu: 0, wall: 0 };
const dPrefix = { cpu: 0, wall: 0 };
let iocBytes = 0;
let iocCpu = 0;
let iocWall = 0;
for (const c of all) {
  const d = timed(() => {
    found += extractObservables(c).length;
  });
  dAll.cpu += d.cpu;
  dAll.wall += d.wall;
  if (FULL || iocWall < BUDGET_S || iocBytes < 4e6) {
    const t = timed(() => extractIOC(c));
    iocBytes += Buffer.byteLength(c);
    iocCpu += t.cpu;
    iocWall += t.wall;
    dPrefix.cpu += d.cpu;
    dPrefix.wall += d.wall;
  }
}
const mbs = (b: number, s: number): string => (b / 1e6 / s).toFixed(2);
console.log(
  `\nThroughput on ${(bytes / 1e6).toFixed(1)} MB of mixed text (${all.length} pieces of ~1 MB; ${found} indicators found by Dragnet)`,
);
console.log(`${pad('extractor', 30)}${pad('MB', 8)}${pad('MB/s (CPU)', 12)}${pad('MB/s (wall)', 12)}`);
console.log(
  `${pad('dragnet, whole corpus', 30)}${pad((bytes / 1e6).toFixed(1), 8)}${pad(mbs(bytes, dAll.cpu), 12)}${pad(mbs(bytes, dAll.wall), 12)}`,
);
console.log(
  `${pad('dragnet, same pieces', 30)}${pad((iocBytes / 1e6).toFixed(1), 8)}${pad(mbs(iocBytes, dPrefix.cpu), 12)}${pad(mbs(iocBytes, dPrefix.wall), 12)}`,
);
console.log(
  `${pad('ioc-extractor 8.2.0', 30)}${pad((iocBytes / 1e6).toFixed(1), 8)}${pad(mbs(iocBytes, iocCpu), 12)}${pad(mbs(iocBytes, iocWall), 12)}`,
);
console.log(
  `ratio dragnet / ioc-extractor on the same ${(iocBytes / 1e6).toFixed(1)} MB: ${(iocCpu / dPrefix.cpu).toFixed(1)}x (CPU), ${(iocWall / dPrefix.wall).toFixed(1)}x (wall)`,
);
console.log(
  `machine: ${process.version}, load average ${(await import('node:os'))
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (2 cores shared with other jobs)`,
);
