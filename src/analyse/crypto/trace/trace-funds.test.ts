import { describe, expect, it } from 'vitest';
import { traceFunds } from './trace-funds.js';
import type { TraceTx, UtxoSource } from './utxo-source.js';

const id = (c: string): string => c.repeat(64);

/** seed tx A pays 5 BTC-ish coins; B is a Whirlpool-like 5x5 round spending A:0 with 4 others; C spends B:0. */
function source(): UtxoSource {
  const txs: TraceTx[] = [
    {
      txid: id('a'),
      order: 1,
      coinbase: false,
      inputs: [],
      outputs: [
        { address: 'seed', value: 1_001_000n },
        { address: 'other', value: 5n },
      ],
    },
    {
      txid: id('b'),
      order: 2,
      coinbase: false,
      inputs: ['seed', 'p1', 'p2', 'p3', 'p4'].map((a, k) => ({
        address: a,
        value: 1_001_000n,
        prevTxid: k === 0 ? id('a') : id('f'),
        prevN: k,
      })),
      outputs: ['m0', 'm1', 'm2', 'm3', 'm4'].map((a) => ({ address: a, value: 1_000_000n })),
    },
    {
      txid: id('c'),
      order: 3,
      coinbase: false,
      inputs: [{ address: 'm0', value: 1_000_000n, prevTxid: id('b'), prevN: 0 }],
      outputs: [{ address: 'shop', value: 999_000n }],
    },
  ];
  const byId = new Map(txs.map((t) => [t.txid, t]));
  return {
    tx: (txid) => byId.get(txid),
    spender: (txid, n) => txs.find((t) => t.inputs.some((i) => i.prevTxid === txid && i.prevN === n))?.txid,
    coinsOf: (address) => ({
      received: txs.flatMap((t) =>
        t.outputs.flatMap((o, n) => (o.address === address ? [{ txid: t.txid, n }] : [])),
      ),
      spent: [],
    }),
  };
}

describe('traceFunds', () => {
  it('stops at a CoinJoin and reports the value that entered it', () => {
    const r = traceFunds(
      source(),
      { kind: 'outpoint', txid: id('a'), n: 0 },
      { model: 'haircut', hops: 6, direction: 'forward', coinjoinTag: (kind) => kind },
    );
    expect(r.endpoints).toEqual([
      {
        address: null,
        amount: 1_001_000n,
        hops: 1,
        txids: [id('a'), id('b')],
        status: 'coinjoin',
        tag: 'whirlpool',
      },
    ]);
  });
  it('without the stop, haircut spreads the taint over the round, conserving it', () => {
    const r = traceFunds(
      source(),
      { kind: 'outpoint', txid: id('a'), n: 0 },
      { model: 'haircut', hops: 6, direction: 'forward' },
    );
    const total = r.endpoints.reduce((s, e) => s + e.amount, 0n) + r.fees;
    expect(total).toBe(1_001_000n);
    expect(r.endpoints.find((e) => e.address === 'shop')?.hops).toBe(2);
  });
  it('returns nothing for an unknown seed', () => {
    expect(
      traceFunds(source(), { kind: 'tx', txid: id('9') }, { model: 'fifo', hops: 3, direction: 'forward' })
        .endpoints,
    ).toEqual([]);
  });
});
