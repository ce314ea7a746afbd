/**
 * @module analyse/crypto/trace/trace-funds
 * Follows value hop by hop from a seed (an address's coins, a transaction's outputs, or one
 * outpoint), forward (where did it go) or back (where did it come from), under a taint model
 * (see `taint.ts`). Transactions are processed in chain order (reverse order going back), so a
 * transaction is handled once, after every tainted input it has is known. Tracing stops at
 * tagged entities (exposure), at unspent coins, at coinbases, at coins from outside the data, and
 * after `hops` transactions. Amounts are exact; the seed amount equals the endpoints plus fees.
 */
import { type CoinJoinKind, detectCoinJoin } from '../cluster/detect-coinjoin.js';
import { MinHeap } from './min-heap.js';
import { fullTaint, propagateBackward, propagateForward, type Taint, type TraceModel } from './taint.js';
import type { TraceTx, UtxoSource } from './utxo-source.js';

export type TraceSeed =
  | { kind: 'address'; address: string }
  | { kind: 'tx'; txid: string }
  | { kind: 'outpoint'; txid: string; n: number };

export type EndpointStatus = 'tagged' | 'coinjoin' | 'unspent' | 'hop-limit' | 'coinbase' | 'outside';

export interface TraceOptions<Tag> {
  model: TraceModel;
  hops: number;
  direction: 'forward' | 'back';
  /** The entity an address belongs to, if tagged: tracing stops there. */
  tagOf?: (address: string) => Tag | undefined;
  /**
   * When given, tracing stops at CoinJoins (their outputs cannot be attributed to the seed's
   * owner, and haircut taint would spread over hundreds of participants): the value entering
   * the CoinJoin is an endpoint with this tag (a mixer exposure).
   */
  coinjoinTag?: (kind: CoinJoinKind, txid: string) => Tag;
}

export interface TraceEndpoint<Tag> {
  address: string | null;
  amount: bigint;
  hops: number;
  txids: string[];
  status: EndpointStatus;
  tag?: Tag;
}

export interface TraceResult<Tag> {
  seedAmount: bigint;
  /** Tainted value paid as fees on the way. */
  fees: bigint;
  endpoints: Array<TraceEndpoint<Tag>>;
}

interface Coin {
  txid: string;
  n: number;
  address: string | null;
  taint: Taint;
  hops: number;
  path: string[];
}

interface Pending {
  tx: TraceTx;
  /** Tainted inputs (forward) or outputs (back) by index, with their hop count and path. */
  taint: Map<number, { taint: Taint; hops: number; path: string[] }>;
}

export function traceFunds<Tag>(
  source: UtxoSource,
  seed: TraceSeed,
  options: TraceOptions<Tag>,
): TraceResult<Tag> {
  const forward = options.direction === 'forward';
  const heap = new MinHeap<string>();
  const pending = new Map<string, Pending>();
  const ends = new Map<string, TraceEndpoint<Tag>>();
  let fees = 0n;
  const end = (
    status: EndpointStatus,
    address: string | null,
    amount: bigint,
    hops: number,
    path: string[],
    tag?: Tag,
  ): void => {
    if (amount === 0n) return;
    // Address-less endpoints (CoinJoins) are kept apart by the transaction they stop at.
    const key = `${status}|${address ?? path.at(-1) ?? ''}`;
    const e = ends.get(key);
    if (!e) {
      ends.set(key, {
        address,
        amount,
        hops,
        txids: [...path],
        status,
        ...(tag === undefined ? {} : { tag }),
      });
      return;
    }
    e.amount += amount;
    e.hops = Math.min(e.hops, hops);
    for (const t of path) if (!e.txids.includes(t)) e.txids.push(t);
  };
  const enqueue = (tx: TraceTx, index: number, c: Coin): void => {
    let p = pending.get(tx.txid);
    if (!p) {
      p = { tx, taint: new Map() };
      pending.set(tx.txid, p);
      heap.push(forward ? tx.order : -tx.order, tx.txid);
    }
    p.taint.set(index, { taint: c.taint, hops: c.hops, path: c.path });
  };
  /** Decides what happens to a tainted coin: an endpoint, or the next transaction. */
  const resolve = (c: Coin): void => {
    if (c.taint.amount === 0n) return;
    const tag = c.hops > 0 && c.address ? options.tagOf?.(c.address) : undefined;
    if (tag !== undefined) {
      end('tagged', c.address, c.taint.amount, c.hops, c.path, tag);
      return;
    }
    if (forward) {
      const next = source.spender(c.txid, c.n);
      const tx = next === undefined ? undefined : source.tx(next);
      if (!tx) {
        end('unspent', c.address, c.taint.amount, c.hops, c.path);
        return;
      }
      if (c.hops >= options.hops) {
        end('hop-limit', c.address, c.taint.amount, c.hops, c.path);
        return;
      }
      const vin = tx.inputs.findIndex((i) => i.prevTxid === c.txid && i.prevN === c.n);
      enqueue(tx, vin, c);
      return;
    }
    const tx = source.tx(c.txid);
    if (!tx) {
      end('outside', c.address, c.taint.amount, c.hops, c.path);
      return;
    }
    if (tx.coinbase) {
      end('coinbase', c.address, c.taint.amount, c.hops, [...c.path, tx.txid]);
      return;
    }
    if (c.hops >= options.hops) {
      end('hop-limit', c.address, c.taint.amount, c.hops, c.path);
      return;
    }
    enqueue(tx, c.n, c);
  };

  const seeds = seedCoins(source, seed, forward);
  const seedAmount = seeds.reduce((s, c) => s + c.taint.amount, 0n);
  for (const c of seeds) resolve(c);

  for (let txid = heap.pop(); txid !== undefined; txid = heap.pop()) {
    const p = pending.get(txid);
    if (!p) continue;
    pending.delete(txid);
    const { tx } = p;
    let best: { hops: number; path: string[] } | undefined;
    for (const t of p.taint.values()) if (!best || t.hops < best.hops) best = t;
    const hops = (best?.hops ?? 0) + 1;
    const path = [...(best?.path ?? []), tx.txid];
    const inValues = tx.inputs.map((i) => i.value);
    const outValues = tx.outputs.map((o) => o.value);
    const cj = options.coinjoinTag ? coinjoinKind(tx) : undefined;
    if (cj && options.coinjoinTag) {
      let amount = 0n;
      for (const t of p.taint.values()) amount += t.taint.amount;
      end('coinjoin', null, amount, hops, path, options.coinjoinTag(cj, tx.txid));
      continue;
    }
    if (forward) {
      const inTaint = tx.inputs.map((_, i) => p.taint.get(i)?.taint);
      const out = propagateForward(options.model, inValues, inTaint, outValues);
      fees += out[out.length - 1]?.amount ?? 0n;
      tx.outputs.forEach((o, n) => {
        resolve({ txid: tx.txid, n, address: o.address, taint: out[n] as Taint, hops, path });
      });
    } else {
      const outTaint = tx.outputs.map((_, n) => p.taint.get(n)?.taint);
      const back = propagateBackward(options.model, inValues, outValues, outTaint);
      tx.inputs.forEach((i, k) => {
        resolve({ txid: i.prevTxid, n: i.prevN, address: i.address, taint: back[k] as Taint, hops, path });
      });
    }
  }
  const endpoints = [...ends.values()].sort(
    (a, b) =>
      a.hops - b.hops ||
      (a.amount > b.amount ? -1 : a.amount < b.amount ? 1 : 0) ||
      String(a.address).localeCompare(String(b.address)),
  );
  return { seedAmount, fees, endpoints };
}

function coinjoinKind(tx: TraceTx): CoinJoinKind | undefined {
  const ids = new Map<string, number>();
  const inputAddresses = tx.inputs.map((i) => {
    if (!i.address) return -1;
    if (!ids.has(i.address)) ids.set(i.address, ids.size);
    return ids.get(i.address) as number;
  });
  // Satoshi values fit a double exactly.
  return detectCoinJoin({ inputAddresses, outputValues: tx.outputs.map((o) => Number(o.value)) })?.kind;
}

function seedCoins(source: UtxoSource, seed: TraceSeed, forward: boolean): Coin[] {
  const coin = (tx: TraceTx, n: number): Coin => {
    const o = tx.outputs[n];
    return {
      txid: tx.txid,
      n,
      address: o?.address ?? null,
      taint: fullTaint(o?.value ?? 0n),
      hops: 0,
      path: forward ? [tx.txid] : [],
    };
  };
  if (seed.kind === 'address') {
    const out: Coin[] = [];
    for (const r of source.coinsOf(seed.address).received) {
      const tx = source.tx(r.txid);
      if (tx) out.push(coin(tx, r.n));
    }
    return out;
  }
  const tx = source.tx(seed.txid);
  if (!tx) return [];
  if (seed.kind === 'outpoint') return seed.n < tx.outputs.length ? [coin(tx, seed.n)] : [];
  return tx.outputs.map((_, n) => coin(tx, n));
}
