/**
 * @module analyse/crypto/trace/utxo-source
 * What tracing reads: transactions by id, the spender of an output, the coins of an address.
 * `sqliteUtxoSource` answers from the case tables with prepared statements and a cache; tests may
 * implement the interface over plain objects.
 */
import type Database from 'better-sqlite3';
import { fromDbAmount } from '../store/crypto-case.js';

export interface TraceCoin {
  address: string | null;
  value: bigint;
}

export interface TraceTx {
  txid: string;
  /** Chain order (block height, position): funding always precedes spending. */
  order: number;
  coinbase: boolean;
  inputs: Array<TraceCoin & { prevTxid: string; prevN: number }>;
  outputs: TraceCoin[];
}

export interface UtxoSource {
  tx(txid: string): TraceTx | undefined;
  /** The transaction spending output `n` of `txid`, if in the case. */
  spender(txid: string, n: number): string | undefined;
  /** Outputs paying `address`, and inputs spending from it. */
  coinsOf(address: string): {
    received: Array<{ txid: string; n: number }>;
    spent: Array<{ txid: string; vin: number }>;
  };
}

export function sqliteUtxoSource(db: Database.Database, chain: string): UtxoSource {
  const txRow = db.prepare(
    'SELECT id, block_height AS height, position, coinbase FROM crypto_txs WHERE chain = ? AND txid = ?',
  );
  const ins = db.prepare(
    'SELECT i.prev_txid, i.prev_n, a.address, i.value FROM crypto_inputs i LEFT JOIN crypto_addresses a ON a.id = i.address_id WHERE i.tx_id = ? ORDER BY i.n',
  );
  const outs = db.prepare(
    'SELECT a.address, o.value FROM crypto_outputs o LEFT JOIN crypto_addresses a ON a.id = o.address_id WHERE o.tx_id = ? ORDER BY o.n',
  );
  const spender = db
    .prepare(
      'SELECT t.txid FROM crypto_inputs i JOIN crypto_txs t ON t.id = i.tx_id WHERE i.prev_txid = ? AND i.prev_n = ? AND t.chain = ?',
    )
    .pluck();
  const addr = db.prepare('SELECT id FROM crypto_addresses WHERE chain = ? AND address = ?').pluck();
  const received = db.prepare(
    'SELECT t.txid, o.n FROM crypto_outputs o JOIN crypto_txs t ON t.id = o.tx_id WHERE o.address_id = ? ORDER BY t.block_height, t.position, o.n',
  );
  const spent = db.prepare(
    'SELECT t.txid, i.n FROM crypto_inputs i JOIN crypto_txs t ON t.id = i.tx_id WHERE i.address_id = ? ORDER BY t.block_height, t.position, i.n',
  );
  const cache = new Map<string, TraceTx | undefined>();
  return {
    tx(txid) {
      if (cache.has(txid)) return cache.get(txid);
      const r = txRow.get(chain, txid) as
        | { id: number; height: number | null; position: number; coinbase: number }
        | undefined;
      const tx: TraceTx | undefined = r && {
        txid,
        order: (r.height ?? 0) * 1_000_000 + r.position,
        coinbase: r.coinbase === 1,
        inputs: (ins.raw().all(r.id) as Array<[string, number, string | null, unknown]>).map(
          ([prevTxid, prevN, address, value]) => ({
            prevTxid,
            prevN,
            address,
            value: fromDbAmount(value),
          }),
        ),
        outputs: (outs.raw().all(r.id) as Array<[string | null, unknown]>).map(([address, value]) => ({
          address,
          value: fromDbAmount(value),
        })),
      };
      cache.set(txid, tx);
      return tx;
    },
    spender(txid, n) {
      return spender.get(txid, n, chain) as string | undefined;
    },
    coinsOf(address) {
      const id = addr.get(chain, address);
      if (id === undefined) return { received: [], spent: [] };
      return {
        received: (received.raw().all(id) as Array<[string, number]>).map(([txid, n]) => ({ txid, n })),
        spent: (spent.raw().all(id) as Array<[string, number]>).map(([txid, vin]) => ({ txid, vin })),
      };
    },
  };
}
