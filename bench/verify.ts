/**
 * `case verify` throughput on ≈ 1 GB of blobs, next to `sha256sum` over the same blob files.
 * Usage: npx tsx bench/verify.ts [MiB=1024]   (needs `npm run build` first)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { printTable, runCli } from './lib/run-cli.js';

const totalMiB = Number(process.argv[2] ?? 1024);
const fileMiB = 16;
const work = mkdtempSync(path.join(os.tmpdir(), 'dragnet-bench-verify-'));
const evidenceDir = path.join(work, 'evidence');
const caseDir = path.join(work, 'case');
mkdirSync(evidenceDir);

// Deterministic pseudo-random content (xorshift32), so no two files share a hash.
let state = 0x9e3779b9;
function fill(buf: Buffer): void {
  for (let i = 0; i + 4 <= buf.length; i += 4) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    buf.writeUInt32LE(state >>> 0, i);
  }
}
const files = Math.max(1, Math.round(totalMiB / fileMiB));
const buf = Buffer.alloc(fileMiB * 1024 * 1024);
for (let i = 0; i < files; i++) {
  fill(buf);
  writeFileSync(path.join(evidenceDir, `blob-${String(i).padStart(4, '0')}.bin`), buf);
}

const ingest = await runCli(['ingest', evidenceDir, '--case', caseDir, '--json']);
if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);

function dropCaches(): boolean {
  try {
    execFileSync('sync');
    writeFileSync('/proc/sys/vm/drop_caches', '3');
    return true;
  } catch {
    return false;
  }
}

const blobDir = path.join(caseDir, 'blobs');
const rows: Array<Array<string | number>> = [];
for (const cache of ['cold', 'warm'] as const) {
  const cold = cache === 'cold' ? dropCaches() : false;
  if (cache === 'cold' && !cold) continue;
  const v = await runCli(['case', 'verify', '--case', caseDir, '--json']);
  const report = JSON.parse(v.stdout) as { ok: boolean; bytesChecked: number };
  if (cache === 'cold') dropCaches();
  const t0 = process.hrtime.bigint();
  execFileSync('sh', [
    '-c',
    `find "${blobDir}" -type f ! -path "${blobDir}/tmp/*" -print0 | xargs -0 sha256sum > /dev/null`,
  ]);
  const shaSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const mb = report.bytesChecked / 1e6;
  rows.push([
    cache,
    mb,
    v.seconds,
    mb / v.seconds,
    shaSeconds,
    mb / shaSeconds,
    (shaSeconds / v.seconds) * 100,
    report.ok ? 'ok' : 'FAILED',
  ]);
}
printTable(
  `case verify on ${files} blobs (${os.cpus().length} cores)`,
  ['cache', 'MB', 'verify s', 'verify MB/s', 'sha256sum s', 'sha256sum MB/s', '% of sha256sum', 'result'],
  rows,
);
rmSync(work, { recursive: true, force: true });
