/**
 * @module analyse/crypto/cluster/detect-coinjoin
 * Recognises CoinJoin transactions, whose inputs belong to different people and must not be
 * joined by the multi-input heuristic. Patterns (equal-output signatures):
 * - Whirlpool: 5 (or up to 8) inputs and as many outputs, all of one pool denomination.
 * - Wasabi 1 / generic equal-output: many inputs, >= 3 outputs of one value.
 * - WabiSabi (Wasabi 2): tens to hundreds of inputs and outputs, most outputs sharing standard
 *   denominations with others.
 * - JoinMarket: k >= 2 equal outputs, at most k change outputs, at least k distinct input owners.
 * Pure; inputs with unknown address count as distinct owners (nothing says they are not).
 */

export type CoinJoinKind = 'whirlpool' | 'wasabi' | 'wabisabi' | 'joinmarket';

export interface CoinJoinVerdict {
  kind: CoinJoinKind;
  /** The repeated output value (base units) and how many outputs carry it. */
  value: number;
  count: number;
}

export interface TxShape {
  /** Input address ids (-1 unknown) and values. */
  inputAddresses: ArrayLike<number>;
  outputValues: ArrayLike<number>;
}

const WHIRLPOOL_POOLS = new Set([100_000, 1_000_000, 5_000_000, 50_000_000]);
/** Outputs at or below the dust limit (OP_RETURN 0, 546) are markers, never a mixed denomination. */
const DUST = 546;
/** A common dust-attack amount that BlockSci's heuristic also ignores. */
const DUST_ATTACK = 2_730;

export function detectCoinJoin(tx: TxShape): CoinJoinVerdict | undefined {
  const nIn = tx.inputAddresses.length;
  const nOut = tx.outputValues.length;
  if (nIn < 2 || nOut < 2) return undefined;
  const counts = new Map<number, number>();
  let real = 0;
  for (let i = 0; i < nOut; i++) {
    const v = tx.outputValues[i] as number;
    if (v <= DUST || v === DUST_ATTACK) continue;
    real++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let value = 0;
  let count = 0;
  let repeated = 0;
  for (const [v, c] of counts) {
    if (c > count || (c === count && v > value)) {
      value = v;
      count = c;
    }
    if (c >= 2) repeated += c;
  }
  if (count < 2) return undefined;
  const owners = new Set<number>();
  let unknown = 0;
  for (let i = 0; i < nIn; i++) {
    const a = tx.inputAddresses[i] as number;
    if (a < 0) unknown++;
    else owners.add(a);
  }
  const distinctOwners = owners.size + unknown;
  if (distinctOwners < 2) return undefined;
  if (count === real && nIn === nOut && nIn >= 5 && nIn <= 10 && WHIRLPOOL_POOLS.has(value))
    return { kind: 'whirlpool', value, count };
  if (nIn >= 20 && real >= 20 && repeated >= real * 0.5 && counts.size < real)
    return { kind: 'wabisabi', value, count };
  if (count >= 10 && distinctOwners >= count / 2) return { kind: 'wasabi', value, count };
  if (distinctOwners >= count && real <= 2 * count + 1) return { kind: 'joinmarket', value, count };
  return undefined;
}
