/**
 * @module analyse/crypto/simulate/random-actions
 * The everyday traffic of the simulated economy: payments with change, exchange deposits (to a
 * per-user deposit address), batched withdrawals, deposit sweeps, mining payouts,
 * consolidations, merchants cashing out, and CoinJoin rounds.
 */
import type { SimOutput } from './core-json.js';
import type { Economy, Entity } from './economy.js';

export interface Actions {
  eco: Economy;
  users: Entity[];
  merchants: Entity[];
  exchanges: Entity[];
  miners: Entity[];
  coinjoin: Record<
    'whirlpoolRound' | 'joinmarketRound' | 'wabisabiRound',
    (eco: Economy, users: Entity[]) => boolean
  >;
}

function funded(a: Actions, pool: Entity[], min: number): Entity | undefined {
  for (let i = 0; i < 6; i++) {
    const e = a.eco.rng.pick(pool);
    if (e.utxos.length > 0 && a.eco.balance(e) >= min) return e;
  }
  return undefined;
}

function receiveAddress(a: Actions, payee: Entity): string {
  const reuse = payee.kind === 'merchant' ? 0.7 : 0.35;
  if (payee.reusable.length > 0 && a.eco.rng.chance(reuse)) return a.eco.rng.pick(payee.reusable);
  const addr = a.eco.fresh(payee);
  if (payee.reusable.length < 3) payee.reusable.push(addr);
  return addr;
}

/** Pays `outs` from `payer`'s coins, adding change the way wallets do. */
export function pay(a: Actions, payer: Entity, outs: SimOutput[], maxInputs = 6): boolean {
  const { eco } = a;
  const need = outs.reduce((s, o) => s + o.value, 0);
  const coins = eco.select(payer, need + eco.fee(maxInputs, outs.length + 1), maxInputs);
  if (!coins) return false;
  const total = coins.reduce((s, c) => s + c.value, 0);
  const change = total - need - eco.fee(coins.length, outs.length + 1);
  const all = [...outs];
  if (change > 546) {
    const r = eco.rng.next();
    const to =
      r < 0.05
        ? (coins[0]?.address as string) // self-change to an input address
        : payer.kind === 'exchange' && r < 0.5
          ? eco.rng.pick(payer.reusable)
          : eco.fresh(payer, r < 0.93 ? payer.pref : eco.randomType());
    all.splice(eco.rng.int(0, all.length), 0, eco.output(to, change));
  }
  eco.emit(coins, all);
  return true;
}

const amountOf = (a: Actions, balance: number, lo: number, hi: number): number => {
  const v = Math.floor((balance * a.eco.rng.int(lo, hi)) / 100);
  return a.eco.rng.chance(0.3) ? Math.max(100_000, Math.floor(v / 100_000) * 100_000) : Math.max(10_000, v);
};

export function randomAction(a: Actions): void {
  const { eco } = a;
  const r = eco.rng.next();
  if (r < 0.38) {
    const payer = funded(a, a.users, 50_000);
    if (!payer) return;
    const payee = eco.rng.chance(0.7) ? eco.rng.pick(a.users) : eco.rng.pick(a.merchants);
    if (payee === payer) return;
    pay(a, payer, [eco.output(receiveAddress(a, payee), amountOf(a, eco.balance(payer), 5, 60))]);
  } else if (r < 0.52) {
    const user = funded(a, a.users, 50_000);
    if (!user) return;
    const ex = eco.rng.pick(a.exchanges);
    pay(a, user, [eco.output(eco.depositAddress(user, ex), amountOf(a, eco.balance(user), 40, 90))]);
  } else if (r < 0.66) {
    const ex = eco.rng.pick(a.exchanges);
    const n = eco.rng.int(1, 5);
    const outs = Array.from({ length: n }, () =>
      eco.output(
        receiveAddress(a, eco.rng.pick(a.users)),
        eco.rng.int(1, 500) * 100_000 + eco.rng.int(0, 1) * eco.rng.int(1, 99_999),
      ),
    );
    pay(a, ex, outs, 4);
  } else if (r < 0.71) {
    const ex = eco.rng.pick(a.exchanges);
    const coins = eco.takeFirst(ex, eco.rng.int(5, 20));
    if (coins.length < 2) {
      eco.credit(ex, coins);
      return;
    }
    const total = coins.reduce((s, c) => s + c.value, 0);
    eco.emit(coins, [eco.output(eco.fresh(ex), total - eco.fee(coins.length, 1))]);
  } else if (r < 0.76) {
    const miner = funded(a, a.miners, 100_000_000);
    if (!miner) return;
    const n = eco.rng.int(5, 30);
    pay(
      a,
      miner,
      Array.from({ length: n }, () =>
        eco.output(receiveAddress(a, eco.rng.pick(a.users)), eco.rng.int(1_000_000, 20_000_000)),
      ),
      3,
    );
  } else if (r < 0.79) {
    const user = eco.rng.pick(a.users);
    if (user.utxos.length < 3) return;
    const coins = eco.takeFirst(user, 8);
    const total = coins.reduce((s, c) => s + c.value, 0);
    const fee = eco.fee(coins.length, 1);
    if (total <= fee + 546) {
      eco.credit(user, coins);
      return;
    }
    eco.emit(coins, [eco.output(eco.fresh(user), total - fee)]);
  } else if (r < 0.83) {
    const m = funded(a, a.merchants, 1_000_000);
    if (!m) return;
    const ex = eco.rng.pick(a.exchanges);
    pay(a, m, [eco.output(eco.depositAddress(m, ex), amountOf(a, eco.balance(m), 50, 90))]);
  } else if (r < 0.87) {
    const k = eco.rng.next();
    const picks = Array.from({ length: k < 0.2 ? 60 : 12 }, () => eco.rng.pick(a.users));
    const unique = [...new Set(picks)];
    if (k < 0.2) a.coinjoin.wabisabiRound(eco, unique);
    else if (k < 0.6) a.coinjoin.whirlpoolRound(eco, unique);
    else a.coinjoin.joinmarketRound(eco, unique);
  } else {
    const payer = funded(a, a.users, 50_000);
    if (!payer) return;
    pay(a, payer, [
      eco.output(receiveAddress(a, eco.rng.pick(a.merchants)), amountOf(a, eco.balance(payer), 2, 20)),
    ]);
  }
}
