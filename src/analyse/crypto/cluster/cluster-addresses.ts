/**
 * @module analyse/crypto/cluster/cluster-addresses
 * Address clustering over a {@link UtxoGraph}: the multi-input heuristic (all inputs of a
 * transaction are controlled by one wallet), guarded against CoinJoins, plus optional change
 * heuristics. Every join that merged two clusters is kept as a link (address a, address b,
 * heuristics, transaction), a spanning tree of the cluster: the reason, in court, why two
 * addresses are said to belong together. Pure and deterministic (chain order, no randomness).
 */
import type { UtxoGraph } from '../store/utxo-graph.js';
import { CHANGE_HEURISTICS, type ChangeHeuristic, guessChange } from './change-heuristics.js';
import { type CoinJoinKind, detectCoinJoin } from './detect-coinjoin.js';
import { UnionFind } from './union-find.js';

export interface ClusterOptions {
  /** Skip the multi-input join on detected CoinJoins (default true). */
  coinjoinGuard?: boolean;
  /** Change heuristics to use (default: all four). Empty = multi-input only. */
  change?: ReadonlyArray<ChangeHeuristic>;
  /** Agreeing change votes required (default 2). */
  minChangeVotes?: number;
}

/** Bit flags of the heuristics behind one link. */
export const HEURISTIC_BITS: Readonly<Record<'multi-input' | ChangeHeuristic, number>> = {
  'multi-input': 1,
  'address-reuse': 2,
  'fresh-address': 4,
  'script-type': 8,
  'round-payment': 16,
};

export const heuristicNames = (bits: number): string[] =>
  (Object.entries(HEURISTIC_BITS) as Array<[string, number]>)
    .filter(([, b]) => bits & b)
    .map(([n]) => (n === 'multi-input' ? n : `change:${n}`));

export interface ClusterLinks {
  count: number;
  a: Int32Array;
  b: Int32Array;
  bits: Uint8Array;
  /** Index of the transaction (in graph order). */
  tx: Int32Array;
}

export interface ClusteringStats {
  transactions: number;
  coinjoins: Record<CoinJoinKind, number>;
  multiInputJoins: number;
  changeJoins: number;
  selfChange: number;
}

export interface Clustering {
  uf: UnionFind;
  links: ClusterLinks;
  /** 1 for every address id that appears in the graph. */
  present: Uint8Array;
  stats: ClusteringStats;
  options: Required<ClusterOptions>;
}

export function clusterAddresses(g: UtxoGraph, options: ClusterOptions = {}): Clustering {
  const opts: Required<ClusterOptions> = {
    coinjoinGuard: options.coinjoinGuard ?? true,
    change: options.change ?? CHANGE_HEURISTICS,
    minChangeVotes: options.minChangeVotes ?? 2,
  };
  const enabled = new Set(opts.change);
  const uf = new UnionFind(g.addressSpace);
  const seen = new Uint8Array(g.addressSpace);
  const cap = Math.max(16, g.addressSpace);
  const links: ClusterLinks = {
    count: 0,
    a: new Int32Array(cap),
    b: new Int32Array(cap),
    bits: new Uint8Array(cap),
    tx: new Int32Array(cap),
  };
  const stats: ClusteringStats = {
    transactions: g.txCount,
    coinjoins: { whirlpool: 0, wasabi: 0, wabisabi: 0, joinmarket: 0 },
    multiInputJoins: 0,
    changeJoins: 0,
    selfChange: 0,
  };
  const join = (a: number, b: number, bits: number, tx: number): boolean => {
    if (!uf.union(a, b)) return false;
    // A union of two sets happens at most addressSpace - 1 times, so `cap` never overflows.
    const k = links.count++;
    links.a[k] = a;
    links.b[k] = b;
    links.bits[k] = bits;
    links.tx[k] = tx;
    return true;
  };
  const seenBefore = (a: number): boolean => seen[a] === 1;
  for (let t = 0; t < g.txCount; t++) {
    const i0 = g.inStart[t] as number;
    const i1 = g.inStart[t + 1] as number;
    const o0 = g.outStart[t] as number;
    const o1 = g.outStart[t + 1] as number;
    const inAddr = g.inAddr.subarray(i0, i1);
    const outAddr = g.outAddr.subarray(o0, o1);
    const outValue = g.outValue.subarray(o0, o1);
    if (g.coinbase[t] !== 1 && inAddr.length > 0) {
      const cj = detectCoinJoin({ inputAddresses: inAddr, outputValues: outValue });
      if (cj) stats.coinjoins[cj.kind]++;
      if (!cj || !opts.coinjoinGuard) {
        const first = inAddr.find((a) => a >= 0);
        if (first !== undefined) {
          for (const a of inAddr)
            if (a >= 0 && join(first, a, HEURISTIC_BITS['multi-input'], t)) stats.multiInputJoins++;
          if (!cj && enabled.size > 0) {
            const inputTypes = new Uint8Array(inAddr.length);
            for (let k = 0; k < inAddr.length; k++)
              inputTypes[k] = (inAddr[k] as number) >= 0 ? (g.addrType[inAddr[k] as number] as number) : 0;
            const guess = guessChange(
              {
                inputAddresses: inAddr,
                inputTypes,
                outputAddresses: outAddr,
                outputValues: outValue,
                outputTypes: g.outType.subarray(o0, o1),
                seenBefore,
              },
              enabled,
              opts.minChangeVotes,
            );
            if (guess?.selfChange) stats.selfChange++;
            else if (guess) {
              let bits = 0;
              for (const h of guess.by) bits |= HEURISTIC_BITS[h];
              if (join(first, outAddr[guess.output] as number, bits, t)) stats.changeJoins++;
            }
          }
        }
      }
    }
    for (const a of inAddr) if (a >= 0) seen[a] = 1;
    for (const a of outAddr) if (a >= 0) seen[a] = 1;
  }
  return { uf, links, present: seen, stats, options: opts };
}
