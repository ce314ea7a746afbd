/**
 * Ingest throughput and peak memory on generated mailboxes (10k and 100k messages by default),
 * through the built CLI exactly as an analyst runs it (all analysers on).
 * Usage: npm run build && npx tsx bench/ingest.ts [N…] [--mode store|all]
 * (`--mode store`: `--no-analyse` only; `--mode all`: all analysers only; default both).
 * Targets (issue 3): ≥ 2,000 messages/s; peak RSS ≤ 300 MB whatever the mailbox size.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeMbox } from './ingest-mbox-gen.js';
import { printTable, runCli } from './lib/run-cli.js';

const args = process.argv.slice(2);
const modeAt = args.indexOf('--mode');
const modeArg = modeAt >= 0 ? args.splice(modeAt, 2)[1] : undefined;
const modes = (['store only', 'all analysers'] as const).filter(
  (m) => modeArg === undefined || (modeArg === 'store') === (m === 'store only'),
);
const sizes = args.map(Number).filter((n) => n > 0);
const counts = sizes.length > 0 ? sizes : [10_000, 100_000];
const cacheDir = path.join(os.tmpdir(), 'dragnet-bench-mbox');
const rows: Array<Array<string | number>> = [];

for (const n of counts) {
  const mbox = path.join(cacheDir, `gen-${n}.mbox`);
  if (!existsSync(mbox)) {
    await import('node:fs').then((fs) => fs.mkdirSync(cacheDir, { recursive: true }));
    await writeMbox(mbox, n, 1);
  }
  const mb = statSync(mbox).size / 1e6;
  for (const mode of modes) {
    const work = mkdtempSync(path.join(os.tmpdir(), 'dragnet-bench-ingest-'));
    const extra = mode === 'store only' ? ['--no-analyse'] : [];
    const run = await runCli(['ingest', mbox, '--case', path.join(work, 'case'), '--json', ...extra]);
    if (run.code !== 0) throw new Error(`ingest failed (${run.code}): ${run.stderr.slice(0, 2000)}`);
    const report = JSON.parse(run.stdout) as { ingested: number; failed: unknown[] };
    rows.push([
      n,
      mode,
      mb,
      report.ingested,
      report.failed.length,
      run.seconds,
      run.cpuSeconds,
      n / run.seconds,
      n / run.cpuSeconds,
      run.maxRssMiB,
      os.loadavg()[0] ?? Number.NaN,
    ]);
    rmSync(work, { recursive: true, force: true });
  }
}

printTable(
  `dragnet ingest of generated mailboxes (${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(1)})`,
  [
    'messages',
    'mode',
    'MB',
    'items stored',
    'failed',
    'wall s',
    'CPU s',
    'messages/s',
    'messages/CPU-s',
    'peak RSS MiB',
    'load (1 min)',
  ],
  rows,
);
