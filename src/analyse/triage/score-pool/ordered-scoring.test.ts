import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTriageEngine } from '../engine.js';
import { readScoreUnits } from '../score-inputs.js';
import { defaultWorkers, type OrderedScoringOptions, scoreInOrder } from './ordered-scoring.js';
import type { ScoreRecord, ScoreUnit } from './score-job.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fx = (name: string): string => path.join(root, 'test/fixtures/triage', name);
const inbox = path.join(root, 'samples/mail/inbox.mbox');
// The TypeScript sources have no compiled worker: the pool tests use the built one (`npm test`
// builds first) and are skipped when there is none.
const builtWorker = pathToFileURL(path.join(root, 'dist/analyse/triage/score-pool/score-worker.js'));
const haveBuild = existsSync(fileURLToPath(builtWorker));
const engine = createTriageEngine();
const tmp = mkdtempSync(path.join(tmpdir(), 'dragnet-score-pool-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(
  sources: string[],
  options: OrderedScoringOptions,
): Promise<{ records: ScoreRecord[]; plan?: number }> {
  let plan: number | undefined;
  const records: ScoreRecord[] = [];
  const units = readScoreUnits(sources, Readable.from([]));
  for await (const r of scoreInOrder(units, {
    engine: async () => engine,
    ...options,
    onPlan: (n) => {
      plan = n;
    },
  }))
    records.push(r);
  return plan === undefined ? { records } : { records, plan };
}

async function idsOf(sources: string[]): Promise<string[]> {
  const ids: string[] = [];
  for await (const u of readScoreUnits(sources, Readable.from([])))
    ids.push('record' in u ? u.record.id : u.job.id);
  return ids;
}

const inputs = [inbox, fx('rows.jsonl'), fx('phish.eml'), fx('two.mbox')];

describe('scoreInOrder on this thread', () => {
  it('keeps input order and per-message errors; small inputs stay on one thread', async () => {
    const { records, plan } = await run(inputs, {});
    expect(plan).toBe(1);
    expect(records.map((r) => r.id)).toEqual(await idsOf(inputs));
    const rows = records.filter((r) => r.id.startsWith('sms-') || r.error);
    expect(rows.some((r) => /line 3: malformed JSON/.test(r.error ?? ''))).toBe(true);
  });
});

describe.skipIf(!haveBuild)('scoreInOrder on a worker pool', () => {
  const pool = { workerUrl: builtWorker };
  it('gives one record per message in input order, bad rows as error records', async () => {
    const { records, plan } = await run(inputs, { workers: 2, pool });
    expect(plan).toBe(2);
    const ids = await idsOf(inputs);
    expect(records.map((r) => r.id)).toEqual(ids);
    expect(records.filter((r) => r.error).map((r) => r.id)).toEqual([
      `${fx('rows.jsonl')}:3`,
      'no-text',
      'blank',
    ]);
    expect(records.find((r) => r.id === fx('phish.eml'))?.class).toBe('phishing');
  });

  // `workers: 1` means this thread, so one worker thread is exercised through the pool itself.
  it('is identical with one and two worker threads', async () => {
    const { ScorePool } = await import('./score-pool.js');
    const units: ScoreUnit[] = [];
    for await (const u of readScoreUnits(inputs, Readable.from([]))) units.push(u);
    const viaPool = async (size: number): Promise<ScoreRecord[]> => {
      const p = new ScorePool(size, pool);
      try {
        await p.ready();
        expect(p.size).toBe(size);
        const out = units.map((u) => ('record' in u ? Promise.resolve(u.record) : p.submit(u.job)));
        p.flush();
        return await Promise.all(out);
      } finally {
        await p.close();
      }
    };
    const one = await viaPool(1);
    expect(await viaPool(2)).toEqual(one);
    expect(one.map((r) => r.id)).toEqual(await idsOf(inputs));
  });

  it('prints what was read before a missing file, then fails', async () => {
    const seen: ScoreRecord[] = [];
    const units = readScoreUnits([fx('two.mbox'), fx('nope.eml')], Readable.from([]));
    await expect(
      (async () => {
        for await (const r of scoreInOrder(units, { workers: 2, pool })) seen.push(r);
      })(),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(seen.map((r) => r.id)).toEqual([`${fx('two.mbox')}#0`, `${fx('two.mbox')}#1`]);
  });

  it('turns a crashed worker into error records for its messages, not a lost run', async () => {
    const script = path.join(tmp, 'crash-worker.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.postMessage({ type: 'ready' });\n" +
        'parentPort.on("message", () => process.exit(7));\n',
    );
    const { records } = await run([fx('two.mbox')], {
      workers: 2,
      pool: { workerUrl: pathToFileURL(script) },
    });
    expect(records.map((r) => r.id)).toEqual([`${fx('two.mbox')}#0`, `${fx('two.mbox')}#1`]);
    for (const r of records) expect(r.error).toMatch(/worker stopped/);
  });

  it('fails the run when a worker cannot load the engine, with the same error code', async () => {
    const script = path.join(tmp, 'failed-worker.mjs');
    writeFileSync(
      script,
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.postMessage({ type: 'failed', message: 'weights do not match', code: 'INTEGRITY' });\n",
    );
    await expect(
      run([fx('two.mbox')], { workers: 2, pool: { workerUrl: pathToFileURL(script) } }),
    ).rejects.toMatchObject({ code: 'INTEGRITY', message: 'weights do not match' });
  });

  it('starts a pool by itself for a large input', async () => {
    const many = Array.from({ length: 5 }, () => inbox); // 235 e-mails
    // The read-ahead's threshold lowered below 235 e-mails (the default wants ~2,000).
    const { records, plan } = await run(many, { pool, poolMinWeight: 200 });
    expect(plan).toBe(defaultWorkers());
    expect(records).toHaveLength(235);
    expect(records.map((r) => r.id)).toEqual(await idsOf(many));
  });
});
