/**
 * @module analyse/crypto/trace/trace-case
 * `dragnet crypto trace SEED`: resolves the seed (address, txid, or txid:n) in the case, traces
 * it with the case's and the bundled tags as stops (an address also counts as tagged when its
 * cluster holds a tagged address), and returns plain records: `{address, amount, hops, txids}`
 * per endpoint (amounts as integer strings in base units) plus exposure per tagged entity.
 */
import { DragnetError } from '../../../core/errors.js';
import { validateAddress } from '../address/validate-address.js';
import type { CryptoCase } from '../store/crypto-case.js';
import { addressKey } from '../store/crypto-case.js';
import { tagLookup } from '../tags/tag-lookup.js';
import type { TraceModel } from './taint.js';
import { type EndpointStatus, type TraceSeed, traceFunds } from './trace-funds.js';
import { sqliteUtxoSource } from './utxo-source.js';

export interface TraceCaseOptions {
  hops?: number;
  model?: TraceModel;
  direction?: 'forward' | 'back';
  /** Use the bundled tag lists too (default true). */
  bundledTags?: boolean;
  /** Stop at CoinJoins and report them as mixer exposure (default true). */
  stopAtCoinJoins?: boolean;
}

export interface TraceTagRef {
  label: string;
  category: string;
  source: string;
  /** Set when the address is not tagged itself but belongs to a cluster holding a tagged address. */
  cluster?: string;
}

/** One line of `dragnet crypto trace --jsonl`. */
export interface TraceRecord {
  address: string | null;
  amount: string;
  hops: number;
  txids: string[];
  status: EndpointStatus;
  tag?: TraceTagRef;
}

export interface Exposure {
  label: string;
  category: string;
  amount: string;
  /** amount / seed amount. */
  share: number;
}

export interface TraceReport {
  seed: string;
  chain: string;
  model: TraceModel;
  direction: 'forward' | 'back';
  hops: number;
  seedAmount: string;
  fees: string;
  results: TraceRecord[];
  exposure: Exposure[];
}

function parseSeed(store: CryptoCase, text: string): { seed: TraceSeed; chain: string } {
  const s = text.trim();
  const out = /^([0-9a-fA-F]{64})(?::(\d+))?$/.exec(s);
  if (out) {
    const txid = (out[1] as string).toLowerCase();
    const chain = store.db
      .prepare('SELECT chain FROM crypto_txs WHERE txid = ? ORDER BY chain LIMIT 1')
      .pluck()
      .get(txid) as string | undefined;
    if (!chain)
      throw new DragnetError('NOT_FOUND', `transaction ${txid} is not in the case`, {
        subject: text,
        hint: 'import the dump that contains it with `dragnet crypto import`',
      });
    return {
      chain,
      seed: out[2] === undefined ? { kind: 'tx', txid } : { kind: 'outpoint', txid, n: Number(out[2]) },
    };
  }
  const v = validateAddress(s);
  if (!v.valid || !v.chain || !v.normalized)
    throw new DragnetError('USAGE', `not an address, txid or txid:n (${v.error ?? 'invalid'})`, {
      subject: text,
    });
  const key = addressKey(v.chain, v.normalized);
  const known = store.db
    .prepare('SELECT 1 FROM crypto_addresses WHERE chain = ? AND address = ?')
    .pluck()
    .get(v.chain, key);
  if (!known)
    throw new DragnetError('NOT_FOUND', `address ${key} is not in the case`, {
      subject: text,
      hint: 'import transactions that pay or spend it first',
    });
  return { chain: v.chain, seed: { kind: 'address', address: key } };
}

export function traceInCase(
  store: CryptoCase,
  seedText: string,
  options: TraceCaseOptions = {},
): TraceReport {
  const model = options.model ?? 'haircut';
  const direction = options.direction ?? 'forward';
  const hops = options.hops ?? 6;
  const { seed, chain } = parseSeed(store, seedText);
  if (!['btc', 'ltc', 'doge', 'bch'].includes(chain)) {
    throw new DragnetError(
      'USAGE',
      `tracing ${chain.toUpperCase()} (account-based) is not supported yet; UTXO chains only`,
      { subject: seedText },
    );
  }
  const tagOf = tagLookup(store, chain, options.bundledTags ?? true);
  const coinjoinTag = (kind: string, txid: string): TraceTagRef => ({
    label: `CoinJoin (${kind})`,
    category: 'mixer',
    source: `dragnet CoinJoin detector, tx ${txid}`,
  });
  const r = traceFunds(sqliteUtxoSource(store.db, chain), seed, {
    model,
    hops,
    direction,
    tagOf,
    ...(options.stopAtCoinJoins === false ? {} : { coinjoinTag }),
  });
  const results: TraceRecord[] = r.endpoints.map((e) => ({
    address: e.address,
    amount: e.amount.toString(),
    hops: e.hops,
    txids: e.txids,
    status: e.status,
    ...(e.tag ? { tag: e.tag } : {}),
  }));
  const byEntity = new Map<string, { label: string; category: string; amount: bigint }>();
  for (const e of r.endpoints) {
    if (!e.tag) continue;
    const k = `${e.tag.category}|${e.tag.label}`;
    const x = byEntity.get(k) ?? { label: e.tag.label, category: e.tag.category, amount: 0n };
    x.amount += e.amount;
    byEntity.set(k, x);
  }
  const exposure = [...byEntity.values()]
    .sort((a, b) => (a.amount > b.amount ? -1 : a.amount < b.amount ? 1 : a.label.localeCompare(b.label)))
    .map((x) => ({
      label: x.label,
      category: x.category,
      amount: x.amount.toString(),
      share: r.seedAmount === 0n ? 0 : Number((x.amount * 1_000_000n) / r.seedAmount) / 1_000_000,
    }));
  return {
    seed: seedText,
    chain,
    model,
    direction,
    hops,
    seedAmount: r.seedAmount.toString(),
    fees: r.fees.toString(),
    results,
    exposure,
  };
}
