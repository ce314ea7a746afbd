/**
 * Benchmark of the lookalike capability; prints tables. Run: `npx tsx bench/lookalike.ts`
 * (sections: `quality`, `coverage`, `throughput`; pass names to run some, e.g. `quality`).
 * - quality: precision / recall of `check` naming the right target on the labelled set built by
 *   bench/lookalike-dataset.ts, and the share of popular benign domains flagged;
 * - coverage: share of Debian dnstwist's candidates that `generate` also produces, on 20 domains
 *   (needs `dnstwist` on PATH: apt-get install -y dnstwist), and generation time per domain;
 * - throughput: `check` domains per second against 1,000 brands on one core.
 * Set LOOKALIKE_DEBUG=1 to list the misses and false positives.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { getDomain } from 'tldts';
import {
  buildBrandIndex,
  checkLookalike,
  generateLookalikes,
  loadBundledBrands,
} from '../src/analyse/impersonation/index.js';
import { buildLabelledSet } from './lookalike-dataset.js';

/** A target counts as right when it is the labelled domain's site (`ethereum.org` for `launchpad.ethereum.org`). */
const sameSite = (got: string | null, want: string): boolean =>
  got !== null && (got === want || getDomain(got) === getDomain(want));

const sections = process.argv.slice(2);
const run = (name: string): boolean => sections.length === 0 || sections.includes(name);
const debug = process.env.LOOKALIKE_DEBUG === '1';
const pct = (x: number): string => `${(100 * x).toFixed(2)}%`;
const table = (rows: Array<Array<string | number>>): void => {
  const w = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length))) ?? [];
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i] ?? 0)).join('  '));
};

if (run('quality')) {
  const set = buildLabelledSet();
  const index = buildBrandIndex(loadBundledBrands());
  const bySource = new Map<string, { n: number; correct: number; wrong: number }>();
  let correct = 0;
  let flaggedPos = 0;
  for (const p of set.positives) {
    const r = checkLookalike(p.domain, index);
    const key = p.source === 'dnstwist' ? `dnstwist:${p.fuzzer}` : p.source;
    const s = bySource.get(key) ?? { n: 0, correct: 0, wrong: 0 };
    s.n++;
    if (r.target !== null) flaggedPos++;
    if (sameSite(r.target, p.target)) {
      correct++;
      s.correct++;
    } else if (r.target !== null) s.wrong++;
    if (debug && !sameSite(r.target, p.target))
      console.log('MISS', key, p.domain, p.target, JSON.stringify(r));
    bySource.set(key, s);
  }
  const negStats = new Map<string, { n: number; flagged: number }>();
  let popularFlagged = 0;
  let popular = 0;
  for (const ng of set.negatives) {
    const r = checkLookalike(ng.domain, index);
    const s = negStats.get(ng.source) ?? { n: 0, flagged: 0 };
    s.n++;
    if (r.target !== null) s.flagged++;
    if (ng.source !== 'eth-allowlist') {
      popular++;
      if (r.target !== null) popularFlagged++;
    }
    if (debug && r.target !== null) console.log('FP', ng.source, ng.domain, JSON.stringify(r));
    negStats.set(ng.source, s);
  }
  const allowFlagged = negStats.get('eth-allowlist')?.flagged ?? 0;
  console.log('\n## lookalike check — quality (labelled set from bench/lookalike-dataset.ts)');
  table([
    ['source', 'n', 'right target', 'wrong target', 'recall'],
    ...[...bySource.entries()].sort().map(([k, s]) => [k, s.n, s.correct, s.wrong, pct(s.correct / s.n)]),
    [
      'ALL positives',
      set.positives.length,
      correct,
      flaggedPos - correct,
      pct(correct / set.positives.length),
    ],
  ]);
  console.log('');
  table([
    ['negatives', 'n', 'flagged', 'rate'],
    ...[...negStats.entries()].map(([k, s]) => [k, s.n, s.flagged, pct(s.flagged / s.n)]),
    ['popular (all but allow-list)', popular, popularFlagged, pct(popularFlagged / popular)],
  ]);
  const precisionPopular = correct / (flaggedPos + popularFlagged);
  const precisionAll = correct / (flaggedPos + popularFlagged + allowFlagged);
  console.log('');
  table([
    ['metric', 'value', 'goal'],
    ['recall (right target)', pct(correct / set.positives.length), '>= 90%'],
    ['precision (positives + popular negatives)', pct(precisionPopular), '>= 95%'],
    ['precision (also counting allow-list hard negatives)', pct(precisionAll), ''],
    ['popular benign flagged', pct(popularFlagged / popular), '<= 0.5%'],
  ]);
}

const COVERAGE_DOMAINS = [
  'paypal.com',
  'google.com',
  'microsoft.com',
  'apple.com',
  'amazon.co.uk',
  'netflix.com',
  'facebook.com',
  'myetherwallet.com',
  'metamask.io',
  'binance.com',
  'coinbase.com',
  'wellsfargo.com',
  'bankofamerica.com',
  'dhl.de',
  'sparkasse.de',
  'credit-agricole.fr',
  'mail.example.org',
  'login.microsoftonline.com',
  'xn--80ak6aa92e.com',
  'x.com',
];

if (run('coverage')) {
  console.log('\n## lookalike generate — coverage of Debian dnstwist, and time per domain');
  let version = 'unknown';
  try {
    version = execFileSync('dpkg-query', ['-W', `-f=${'$'}{Version}`, 'dnstwist'], { encoding: 'utf8' });
  } catch {
    /* not a Debian package here */
  }
  console.log(`dnstwist ${version}`);
  const rows: Array<Array<string | number>> = [
    ['domain', 'dnstwist', 'ours', 'covered', 'coverage', 'wall ms', 'cpu ms'],
  ];
  let total = 0;
  let covered = 0;
  let worst = 0;
  for (const d of COVERAGE_DOMAINS) {
    let theirs: string[];
    try {
      theirs = execFileSync('dnstwist', ['--format', 'list', d], { encoding: 'utf8', maxBuffer: 1 << 28 })
        .split('\n')
        .filter((l) => l.trim() !== '');
    } catch {
      console.log('dnstwist not runnable: apt-get install -y dnstwist');
      break;
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const ours = new Set(generateLookalikes(d).map((c) => c.domain));
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    worst = Math.max(worst, ms);
    const hit = theirs.filter((x) => ours.has(x)).length;
    if (debug) for (const x of theirs) if (!ours.has(x)) console.log('NOT COVERED', d, x);
    total += theirs.length;
    covered += hit;
    rows.push([d, theirs.length, ours.size, hit, pct(hit / theirs.length), ms.toFixed(0), cpuMs.toFixed(0)]);
  }
  rows.push(['ALL', total, '', covered, pct(covered / Math.max(1, total)), `max ${worst.toFixed(0)}`, '']);
  table(rows);
  // The list-driven fuzzers, with Debian's own dictionaries.
  const dict = '/usr/share/dnstwist/dictionaries/english.dict';
  const tlds = '/usr/share/dnstwist/dictionaries/common_tlds.dict';
  if (existsSync(dict) && existsSync(tlds)) {
    console.log(`\nwith --dictionary ${dict} --tld ${tlds}`);
    const lines = (f: string): string[] =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
    const drows: Array<Array<string | number>> = [['domain', 'dnstwist', 'ours', 'covered', 'coverage']];
    for (const d of ['paypal.com', 'metamask.io', 'sparkasse.de', 'amazon.co.uk']) {
      const theirs = execFileSync('dnstwist', ['--format', 'list', '--dictionary', dict, '--tld', tlds, d], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
        .split('\n')
        .filter((l) => l.trim() !== '');
      const ours = new Set(
        generateLookalikes(d, { dictionary: lines(dict), tlds: lines(tlds) }).map((c) => c.domain),
      );
      const hit = theirs.filter((x) => ours.has(x)).length;
      drows.push([d, theirs.length, ours.size, hit, pct(hit / theirs.length)]);
    }
    table(drows);
  }
}

if (run('throughput')) {
  console.log('\n## lookalike check — throughput against 1,000 brands (one core)');
  const brands = loadBundledBrands().slice(0, 1000);
  const t0 = performance.now();
  const index = buildBrandIndex(brands);
  const buildMs = performance.now() - t0;
  const set = buildLabelledSet();
  const inputs = [...set.positives.map((p) => p.domain), ...set.negatives.map((n) => n.domain)];
  for (const d of inputs.slice(0, 2000)) checkLookalike(d, index); // warm-up
  const c0 = process.cpuUsage();
  const t1 = performance.now();
  let n = 0;
  while (performance.now() - t1 < 5000) {
    for (const d of inputs) checkLookalike(d, index);
    n += inputs.length;
  }
  const secs = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(c0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  // On a shared machine wall-clock throughput understates the code; CPU time is reported beside it.
  table([
    ['brands', 'index build ms', 'domains checked', 'wall s', 'domains/s (wall)', 'cpu s', 'domains/cpu-s'],
    [
      brands.length,
      buildMs.toFixed(0),
      n,
      secs.toFixed(2),
      Math.round(n / secs),
      cpuSecs.toFixed(2),
      Math.round(n / cpuSecs),
    ],
  ]);
  console.log('inputs: the labelled set (positives and negatives), all checked repeatedly for 5 s');
}
