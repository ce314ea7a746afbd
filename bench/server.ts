/**
 * Server and UI figures on a 10,000-evidence case (loopback only):
 *   - API p95 latency of list endpoints under 50 concurrent clients (autocannon, 8 s each)
 *   - evidence-table first paint in headless Chromium (navigation start → first row painted)
 *   - graph of 10,000 nodes interactive (navigation start → sigma rendered with handlers bound)
 * Run: npm run build:web && npx tsx bench/server.ts [--evidence N] [--seconds S]
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { initCase } from '../src/case/open-case.js';
import { seedCase } from '../src/server/testing/seed-case.js';
import { launchChromium } from '../test/e2e/chromium.js';
import { ADMIN, startServe } from '../test/e2e/serve-process.js';

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const N = arg('evidence', 10_000);
const SECONDS = arg('seconds', 8);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function load(
  url: string,
  headers: Record<string, string>,
): Promise<{ p50: number; p95: number; p99: number; rps: number; errors: number }> {
  const times: number[] = [];
  let done: (r: autocannon.Result) => void = () => {};
  const finished = new Promise<autocannon.Result>((r) => (done = r));
  const instance = autocannon({ url, connections: 50, duration: SECONDS, headers, timeout: 60 }, (err, r) => {
    if (err) throw err;
    done(r);
  });
  instance.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const result = await Promise.race([
    finished,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`autocannon did not finish: ${url}`)), SECONDS * 4000 + 20_000),
    ),
  ]).finally(() => instance.stop());
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-bench-'));
  const rows: Array<[string, string, string]> = [];
  let stopServe: (() => Promise<void>) | undefined;
  try {
    const t0 = performance.now();
    const store = await initCase(path.join(dir, 'case'), { name: 'Bench', actor: 'bench' });
    await seedCase(store, N);
    const caseId = store.info.id;
    store.close();
    process.stderr.write(`seeded ${N} items in ${Math.round(performance.now() - t0)} ms\n`);
    // The real `dragnet serve` in its own process: the load generator must not share its event loop.
    const serve = await startServe([], path.join(dir, 'case'));
    stopServe = serve.stop;
    const base = serve.url;
    const login = await fetch(`${base}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    const sid = /dragnet_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const made = await fetch(`${base}/api/me/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `dragnet_session=${sid}`, 'x-csrf-token': csrf },
      body: JSON.stringify({ name: 'bench' }),
    });
    const token = ((await made.json()) as { token: string }).token;
    const headers = { authorization: `Bearer ${token}` };

    // Let the server drain what the load generator left queued before timing the browser.
    for (let ms = Number.POSITIVE_INFINITY; ms > 100; ) {
      const t = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      ms = performance.now() - t;
    }
    process.stderr.write('browser\n');
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      await context.addCookies([{ name: 'dragnet_session', value: sid, url: base }]);
      const page = await context.newPage();
      const firstPaint: number[] = [];
      for (let i = 0; i < 3; i++) {
        await page.goto('about:blank');
        await page.goto(`${base}/#/cases/${caseId}/evidence`);
        await page.waitForSelector('.evidence-table tbody tr').catch(async (err) => {
          mkdirSync('bench/out', { recursive: true });
          await page.screenshot({ path: 'bench/out/first-paint-failure.png' });
          process.stderr.write(`page: ${(await page.textContent('body'))?.slice(0, 300)}\n`);
          throw err;
        });
        firstPaint.push(
          await page.evaluate(
            () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
          ),
        );
      }
      rows.push([
        'evidence table first paint (10k case)',
        `${Math.round(Math.min(...firstPaint))} ms best, ${Math.round(Math.max(...firstPaint))} ms worst of 3`,
        '<= 1000 ms',
      ]);
      const graphTimes: number[] = [];
      let shown = '';
      for (let i = 0; i < 2; i++) {
        await page.goto('about:blank');
        await page.goto(`${base}/#/cases/${caseId}/graph?limit=10000`);
        await page.waitForFunction(
          () => (window as unknown as { __dragnetGraphReady?: number }).__dragnetGraphReady !== undefined,
          null,
          { timeout: 60_000 },
        );
        graphTimes.push(
          await page.evaluate(
            () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
          ),
        );
        shown = (await page.textContent('.graph-toolbar .muted')) ?? '';
      }
      rows.push([
        `graph interactive (${shown.split('·')[0]?.trim()})`,
        `${Math.round(Math.min(...graphTimes))} ms best, ${Math.round(Math.max(...graphTimes))} ms worst of 2`,
        '<= 2000 ms',
      ]);
    } finally {
      await browser.close();
    }
    for (const [name, url] of [
      ['GET /api/cases', '/api/cases'],
      ['GET evidence (100/page)', `/api/cases/${caseId}/evidence?limit=100`],
      ['GET evidence class=phishing', `/api/cases/${caseId}/evidence?class=phishing&limit=100`],
      ['GET evidence q=account', `/api/cases/${caseId}/evidence?q=account&limit=100&offset=500`],
      ['GET observables (200)', `/api/cases/${caseId}/observables?limit=200`],
    ] as const) {
      process.stderr.write(`load: ${name}\n`);
      const warm = await fetch(`${base}${url}`, { headers }); // warm caches (verdict index) once
      await warm.arrayBuffer();
      const r = await load(`${base}${url}`, headers);
      process.stderr.write(
        `  p95 ${r.p95.toFixed(1)} ms, p50 ${r.p50.toFixed(1)} ms, ${Math.round(r.rps)} req/s\n`,
      );
      rows.push([
        `${name}, 50 clients`,
        `p95 ${r.p95.toFixed(1)} ms (p50 ${r.p50.toFixed(1)}, p99 ${r.p99.toFixed(1)}; ${Math.round(r.rps)} req/s; ${r.errors} errors)`,
        '<= 50 ms p95',
      ]);
    }
  } finally {
    await stopServe?.();
    rmSync(dir, { recursive: true, force: true });
  }
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  process.stdout.write(
    `\nDragnet server bench: ${N} evidence items, loopback, ${os.cpus().length} CPUs (${os.loadavg()[0]?.toFixed(1)} load)\n`,
  );
  for (const r of rows)
    process.stdout.write(`${r[0].padEnd(w[0] ?? 0)}  ${r[1].padEnd(w[1] ?? 0)}  target ${r[2]}\n`);
}

await main();
