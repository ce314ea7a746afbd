import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteCaseStore } from '../../../case/sqlite-case-store.js';
import { importCryptoFiles } from '../import/import-files.js';
import { writeSimulation } from '../simulate/write-simulation.js';
import { loadUtxoGraph } from '../store/load-utxo-graph.js';
import type { UtxoGraph } from '../store/utxo-graph.js';
import { tempCase } from '../test-support/temp-case.js';
import { clusterAddresses, heuristicNames } from './cluster-addresses.js';
import { evaluateClustering } from './evaluate-clustering.js';
import { clusterCase } from './run-clustering.js';

/** Builds a graph from [inputs, outputs] lists of [address, value]. */
function graph(txs: Array<[Array<[number, number]>, Array<[number, number]>]>, addressSpace = 64): UtxoGraph {
  const inStart = [0];
  const outStart = [0];
  const inAddr: number[] = [];
  const inValue: number[] = [];
  const outAddr: number[] = [];
  const outValue: number[] = [];
  for (const [ins, outs] of txs) {
    for (const [a, v] of ins) inAddr.push(a) && inValue.push(v);
    for (const [a, v] of outs) outAddr.push(a) && outValue.push(v);
    inStart.push(inAddr.length);
    outStart.push(outAddr.length);
  }
  return {
    chain: 'btc',
    txCount: txs.length,
    txDbIds: Int32Array.from(txs.map((_, i) => i + 1)),
    coinbase: new Uint8Array(txs.length),
    inStart: Int32Array.from(inStart),
    inAddr: Int32Array.from(inAddr),
    inValue: Float64Array.from(inValue),
    outStart: Int32Array.from(outStart),
    outAddr: Int32Array.from(outAddr),
    outValue: Float64Array.from(outValue),
    outType: new Uint8Array(outAddr.length).fill(1),
    addressSpace,
    addrType: new Uint8Array(addressSpace).fill(1),
    scriptTypes: ['', 'p2wpkh'],
  };
}

describe('clusterAddresses', () => {
  it('joins co-spent inputs and records why', () => {
    const c = clusterAddresses(
      graph([
        [
          [
            [1, 5],
            [2, 5],
          ],
          [[9, 9]],
        ],
      ]),
      { change: [] },
    );
    expect(c.uf.find(1)).toBe(c.uf.find(2));
    expect(c.uf.find(9)).not.toBe(c.uf.find(1));
    expect(c.links.count).toBe(1);
    expect(heuristicNames(c.links.bits[0] as number)).toEqual(['multi-input']);
  });
  it('does not join the inputs of a CoinJoin unless the guard is off', () => {
    const cj = graph([
      [
        [
          [1, 1_001_000],
          [2, 1_001_000],
          [3, 1_001_000],
          [4, 1_001_000],
          [5, 1_001_000],
        ],
        [
          [11, 1e6],
          [12, 1e6],
          [13, 1e6],
          [14, 1e6],
          [15, 1e6],
        ],
      ],
    ]);
    const guarded = clusterAddresses(cj);
    expect(guarded.stats.coinjoins.whirlpool).toBe(1);
    expect(guarded.links.count).toBe(0);
    const open = clusterAddresses(cj, { coinjoinGuard: false, change: [] });
    expect(open.uf.find(1)).toBe(open.uf.find(5));
  });
  it('joins a change output when two heuristics agree, naming them', () => {
    // address 20 was seen before (it is the payee), 21 is fresh; the payment is round.
    const g = graph([
      [[[30, 100]], [[20, 100]]],
      [
        [
          [1, 3_000_000],
          [2, 1_000_000],
        ],
        [
          [20, 2_000_000],
          [21, 1_999_000],
        ],
      ],
    ]);
    const c = clusterAddresses(g, { change: ['fresh-address', 'round-payment'], minChangeVotes: 2 });
    expect(c.uf.find(21)).toBe(c.uf.find(1));
    expect(c.uf.find(20)).not.toBe(c.uf.find(1));
    expect(heuristicNames(c.links.bits[c.links.count - 1] as number)).toEqual([
      'change:fresh-address',
      'change:round-payment',
    ]);
  });
});

describe('clustering a simulated chain (ground truth)', () => {
  let store: SqliteCaseStore;
  let cleanup: () => void;
  let dir: string;
  beforeAll(async () => {
    ({ store, cleanup, dir } = await tempCase());
    const sim = writeSimulation(`${dir}/sim`, { seed: 11, transactions: 4_000 });
    await importCryptoFiles(store, [sim.blocks], { keepEvidence: false });
  });
  afterAll(() => cleanup());

  it('is precise with the CoinJoin guard and not without it', () => {
    const g = loadUtxoGraph(store.db, 'btc');
    const owner = new Map<string, number>();
    for (const line of readFileSync(`${dir}/sim/truth/addresses.csv`, 'utf8').split('\n').slice(1)) {
      const [a, e] = line.split(',');
      if (a) owner.set(a, Number(e));
    }
    const ids = store.db.prepare('SELECT id, address FROM crypto_addresses').raw().all() as Array<
      [number, string]
    >;
    const score = (c: ReturnType<typeof clusterAddresses>) =>
      evaluateClustering(
        ids
          .filter(([id]) => c.present[id])
          .map(([id, a]) => ({ predicted: c.uf.find(id), truth: owner.get(a) ?? -1 })),
      );
    const guarded = score(clusterAddresses(g));
    const open = score(clusterAddresses(g, { coinjoinGuard: false, change: [] }));
    expect(guarded.precision).toBeGreaterThanOrEqual(0.99);
    expect(guarded.recall).toBeGreaterThan(0);
    expect(open.precision).toBeLessThan(0.5);
  });

  it('stores clusters with deterministic ids and explanations', async () => {
    const a = await clusterCase(store);
    const b = await clusterCase(store);
    expect(b.clusters.map((c) => c.cluster)).toEqual(a.clusters.map((c) => c.cluster));
    const top = a.clusters[0];
    expect(top?.links.length).toBe((top?.size ?? 0) - 1);
    expect(top?.links[0]?.txid).toMatch(/^[0-9a-f]{64}$/);
    const stored = store.db.prepare('SELECT COUNT(*) FROM crypto_clusters').pluck().get();
    expect(stored).toBe(a.clusters.reduce((s, c) => s + c.size, 0));
    expect(store.listAudit().at(-1)?.action).toBe('crypto.cluster');
  });
});
