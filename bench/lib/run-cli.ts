/**
 * Runs the built CLI (`dist/cli/main.js`) as a child process and measures wall time and peak RSS.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  code: number;
  seconds: number;
  maxRssMiB: number;
  /** User + system CPU of the measured process (fair under a shared machine). */
  cpuSeconds: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      ['--import', `${ROOT}bench/lib/report-rss.mjs`, `${ROOT}dist/cli/main.js`, ...args],
      {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /BENCH_MAXRSS_KB=(\d+) BENCH_CPU_US=(\d+)/.exec(stderr);
      resolve({
        code: code ?? -1,
        seconds,
        maxRssMiB: m ? Number(m[1]) / 1024 : Number.NaN,
        cpuSeconds: m ? Number(m[2]) / 1e6 : Number.NaN,
        stdout,
        stderr: stderr.replace(/\n?BENCH_MAXRSS_KB=.*\n/, ''),
      });
    });
  });
}

export function printTable(title: string, header: string[], rows: Array<Array<string | number>>): void {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  process.stdout.write(`\n${title}\n`);
  cells.forEach((r, j) => {
    process.stdout.write(`${r.map((c, i) => String(c).padStart(widths[i] ?? 0)).join('  ')}\n`);
    if (j === 0) process.stdout.write(`${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  });
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}
