/**
 * @module analyse/crypto/simulate/coinjoin-rounds
 * CoinJoin rounds in the shapes real coordinators produce (see the real rounds in the reference
 * folder): Whirlpool 5×5 of one pool denomination, JoinMarket k equal outputs plus change,
 * WabiSabi tens of participants decomposing into standard denominations. Participants are users:
 * the ground truth keeps each output with the user who gets it.
 */
import type { SimOutput, SimUtxo } from './core-json.js';
import type { Economy, Entity } from './economy.js';

const WABISABI_DENOMS: number[] = (() => {
  const set = new Set<number>();
  for (let v = 1; v <= 1e9; v *= 2) if (v >= 5000) set.add(v);
  for (let v = 1; v <= 1e9; v *= 3) if (v >= 5000) set.add(v);
  for (let v = 1000; v <= 1e9; v *= 10) for (const m of [1, 2, 5]) if (v * m >= 5000) set.add(v * m);
  return [...set].sort((a, b) => b - a);
})();

function shuffle<T>(eco: Economy, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = eco.rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Whirlpool: each of 5 users first makes an exact premix coin (tx0), then the 5×5 mix. */
export function whirlpoolRound(eco: Economy, users: Entity[]): boolean {
  const denom = eco.rng.pick([1_000_000, 5_000_000]);
  const entry = denom + 1_000;
  const premix: SimUtxo[] = [];
  const joined: Entity[] = [];
  for (const u of users) {
    if (premix.length === 5) break;
    const fee = eco.fee(2, 2);
    const coins = eco.select(u, entry + fee + 1_000, 3);
    if (!coins) continue;
    const total = coins.reduce((s, c) => s + c.value, 0);
    const outs = [eco.output(eco.fresh(u, 'p2wpkh'), entry)];
    const change = total - entry - eco.fee(coins.length, 2);
    if (change > 546) outs.push(eco.output(eco.fresh(u), change));
    const tx0 = eco.emit(coins, outs);
    const mine = u.utxos.find((c) => c.txid === tx0.txid && c.n === 0) as SimUtxo;
    eco.take(u, mine);
    premix.push(mine);
    joined.push(u);
  }
  if (premix.length < 5) {
    premix.forEach((c, i) => {
      const u = joined[i];
      if (u) eco.credit(u, [c]);
    });
    return false;
  }
  const outs = joined.map((u) => eco.output(eco.fresh(u, 'p2wpkh'), denom));
  eco.emit(premix, shuffle(eco, outs));
  return true;
}

/** JoinMarket: k participants, one equal amount each, change back to each. */
export function joinmarketRound(eco: Economy, users: Entity[]): boolean {
  const k = Math.min(users.length, eco.rng.int(2, 5));
  const amount = eco.rng.int(50, 2_000) * 10_000 + eco.rng.int(1, 9_999);
  const inputs: SimUtxo[] = [];
  const outs: SimOutput[] = [];
  let n = 0;
  for (const u of users) {
    if (n === k) break;
    const coins = eco.select(u, amount + 5_000, 3);
    if (!coins) continue;
    n++;
    inputs.push(...coins);
    outs.push(eco.output(eco.fresh(u), amount));
    const change = coins.reduce((s, c) => s + c.value, 0) - amount - 700 * coins.length;
    if (change > 546) outs.push(eco.output(eco.fresh(u), change));
  }
  if (n < 2) {
    for (const c of inputs) {
      const owner = eco.entities[c.owner];
      if (owner) eco.credit(owner, [c]);
    }
    return false;
  }
  eco.emit(inputs, shuffle(eco, outs));
  return true;
}

/** WabiSabi: 20-40 users, each remixes into standard denominations. */
export function wabisabiRound(eco: Economy, users: Entity[]): boolean {
  const inputs: SimUtxo[] = [];
  const outs: SimOutput[] = [];
  let n = 0;
  for (const u of users) {
    if (n >= 40) break;
    const coins = eco.select(u, 200_000, eco.rng.int(1, 3));
    if (!coins) continue;
    n++;
    inputs.push(...coins);
    let left = coins.reduce((s, c) => s + c.value, 0) - 300 * coins.length;
    let made = 0;
    for (const d of WABISABI_DENOMS) {
      while (left >= d && made < 8) {
        outs.push(eco.output(eco.fresh(u, 'p2wpkh'), d));
        left -= d;
        made++;
      }
    }
  }
  if (n < 20) {
    for (const c of inputs) {
      const owner = eco.entities[c.owner];
      if (owner) eco.credit(owner, [c]);
    }
    return false;
  }
  eco.emit(inputs, shuffle(eco, outs));
  return true;
}
