import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../../../test/cli/run-in-process.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-crypto-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `dragnet --case DIR ARGS` in-process, capturing stdout and the exit code. */
async function dragnet(...args: string[]): Promise<{ code: number; lines: string[] }> {
  const r = await runInProcess(['--case', path.join(dir, 'case'), ...args]);
  return { code: r.code, lines: r.lines };
}

describe('dragnet crypto', () => {
  it('validate --jsonl follows the contract and exits 3 when one is invalid', async () => {
    const r = await dragnet(
      'crypto',
      'validate',
      '--jsonl',
      'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      '0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
    );
    expect(r.code).toBe(3);
    const [ok, bad] = r.lines.map((l) => JSON.parse(l));
    expect(ok).toMatchObject({
      input: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
      valid: true,
      chain: 'btc',
      type: 'p2wpkh',
      normalized: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
    });
    expect(bad).toMatchObject({
      valid: false,
      chain: 'eth',
      type: null,
      normalized: null,
      error: expect.any(String),
    });
  });

  it('import --json, a bad file fails with exit 3 and lands nothing', async () => {
    const bad = await dragnet(
      '--json',
      'crypto',
      'import',
      path.join(ROOT, 'test/fixtures/crypto/dumps/core-block-9-decimals.json'),
    );
    expect(bad.code).toBe(3);
    expect(JSON.parse(bad.lines[0] as string)).toMatchObject({
      transactions: 0,
      failed: [{ error: expect.stringContaining('more than 8 decimals') }],
    });
    const good = await dragnet('--json', 'crypto', 'import', path.join(ROOT, 'samples/crypto/blocks.json'));
    expect(good.code).toBe(0);
    expect(JSON.parse(good.lines[0] as string)).toMatchObject({
      transactions: 600,
      addresses: expect.any(Number),
      failed: [],
    });
  });

  it('tags, cluster and trace follow the contract', async () => {
    expect(
      (await dragnet('--json', 'crypto', 'tags', 'import', path.join(ROOT, 'samples/crypto/tags.csv'))).code,
    ).toBe(0);
    const cl = await dragnet('--jsonl', 'crypto', 'cluster');
    expect(cl.code).toBe(0);
    expect(JSON.parse(cl.lines[0] as string)).toMatchObject({
      cluster: expect.stringMatching(/^btc-/),
      addresses: expect.any(Array),
      heuristics: expect.any(Array),
    });
    const tr = await dragnet(
      '--jsonl',
      'crypto',
      'trace',
      'bc1q8r9q4tkxgxqclj2l7s7wjuk7ratv7ek934ne5e',
      '--hops',
      '10',
      '--model',
      'fifo',
    );
    expect(tr.code).toBe(0);
    const first = JSON.parse(tr.lines[0] as string);
    expect(first).toMatchObject({
      address: expect.any(String),
      amount: expect.stringMatching(/^\d+$/),
      hops: expect.any(Number),
      txids: expect.any(Array),
    });
    expect(first.tag.category).toBe('exchange');
    expect(
      (await dragnet('crypto', 'trace', 'bc1q8r9q4tkxgxqclj2l7s7wjuk7ratv7ek934ne5e', '--model', 'lifo'))
        .code,
    ).toBe(2);
  });
});
