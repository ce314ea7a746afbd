/**
 * @module analyse/crypto/simulate/simulate-chain
 * `dragnet crypto simulate`: a seeded synthetic Bitcoin economy written as Bitcoin Core
 * `getblock` verbosity-3 blocks, with its ground truth: the owner of every address, the
 * exchanges' addresses as a tag list, and the exact path of criminal proceeds (a ransom payment
 * peeled toward exchanges; optionally scam wallets paid by victims, e.g. those of the samples).
 * Same options ⇒ byte-identical output.
 */

import { joinmarketRound, wabisabiRound, whirlpoolRound } from './coinjoin-rounds.js';
import { blockJson } from './core-json.js';
import { Economy, type Entity } from './economy.js';
import { scriptTypeOf } from './fake-address.js';
import { type FlowTruth, LaunderFlow } from './launder-flow.js';
import { Prng } from './prng.js';
import { type Actions, randomAction } from './random-actions.js';

export interface SimulateOptions {
  seed: number;
  /** Stop after about this many transactions. */
  transactions: number;
  txPerBlock?: number;
  /** Ransom payments to peel (default 1). */
  ransoms?: number;
  /** Given receiving addresses (scam wallets): victims pay them, then the money is peeled. */
  scams?: ReadonlyArray<{ address: string; label: string }>;
  /** Peel hops per flow (default 8). */
  hops?: number;
  startHeight?: number;
  startTime?: number;
}

export interface SimulationSink {
  block(json: string, height: number, txCount: number): void;
  /** Every address with its true owner. */
  address(address: string, entity: { id: number; kind: string; name: string }): void;
}

export interface SimulationTruth {
  seed: number;
  transactions: number;
  blocks: number;
  entities: { id: number; kind: string; name: string }[];
  flows: FlowTruth[];
}

export function simulateChain(options: SimulateOptions, sink: SimulationSink): SimulationTruth {
  const rng = new Prng(options.seed);
  const eco = new Economy(rng, (a, e) => sink.address(a, e));
  const txPerBlock = options.txPerBlock ?? 200;
  const nUsers = Math.max(60, Math.floor(options.transactions / 20));
  const users = Array.from({ length: nUsers }, (_, i) => eco.addEntity('user', `user-${i}`));
  const merchants = Array.from({ length: Math.max(5, Math.floor(nUsers / 25)) }, (_, i) =>
    eco.addEntity('merchant', `merchant-${i}`),
  );
  const exchangeNames = ['Bitfrost Exchange', 'Krakatoa Markets', 'CoinHarbor', 'NorthBit', 'Satoshi Square'];
  const exchanges = exchangeNames.map((n) => eco.addEntity('exchange', n));
  const miners = Array.from({ length: 3 }, (_, i) => eco.addEntity('miner', `pool-${i}`));
  for (const e of [...exchanges, ...merchants, ...miners]) e.reusable.push(eco.fresh(e), eco.fresh(e));
  const flows: LaunderFlow[] = [];
  const pendingVictims: Array<{ flow: LaunderFlow; payments: number }> = [];
  const ransomware = eco.addEntity('ransomware', 'ransomware-operator');
  for (let i = 0; i < (options.ransoms ?? 1); i++) {
    flows.push(new LaunderFlow(eco, ransomware, eco.fresh(ransomware), `ransom-${i + 1}`, options.hops ?? 8));
    pendingVictims.push({ flow: flows.at(-1) as LaunderFlow, payments: 1 });
  }
  for (const s of options.scams ?? []) {
    const op = eco.addEntity('scam', s.label);
    eco.claim(s.address, op, scriptTypeOf(s.address));
    flows.push(new LaunderFlow(eco, op, s.address, s.label, options.hops ?? 8));
    pendingVictims.push({ flow: flows.at(-1) as LaunderFlow, payments: 4 });
  }
  const actions: Actions = {
    eco,
    users,
    merchants,
    exchanges,
    miners,
    coinjoin: { whirlpoolRound, joinmarketRound, wabisabiRound },
  };

  let height = options.startHeight ?? 800_000;
  let time = options.startTime ?? 1_700_000_000;
  let prev = '0'.repeat(64);
  let emitted = 0;
  let blocks = 0;
  const closeBlock = (): void => {
    eco.height = height;
    const miner = rng.pick(miners);
    const fees = eco.block.reduce((s, t) => s + t.fee, 0);
    const body = eco.block;
    eco.block = [];
    const reward = blocks === 0 ? 0 : 312_500_000 + fees;
    const cbOuts = [eco.output(rng.pick(miner.reusable), reward)];
    if (blocks === 0) {
      // Genesis of the simulation: exchanges and miners start with coins to circulate.
      cbOuts.pop();
      for (const e of [...exchanges, ...miners])
        for (let i = 0; i < 20; i++) cbOuts.push(eco.output(eco.fresh(e), 500_000_000_000 / 20));
    }
    eco.emit([], cbOuts, true);
    const coinbase = eco.block;
    eco.block = [];
    const txs = [...coinbase, ...body];
    const hash = rng.hex(32);
    sink.block(blockJson(hash, prev, height, time, txs), height, txs.length);
    emitted += txs.length;
    blocks++;
    prev = hash;
    height++;
    time += 600;
    eco.height = height;
  };
  eco.height = height;
  closeBlock();
  while (emitted < options.transactions) {
    // Victims pay once the economy has spread coins around; then each flow makes one hop per block.
    if (blocks >= 5) {
      for (const p of pendingVictims) {
        while (p.payments > 0) {
          const victim = rng.pick(users);
          const amount = p.flow.truth.name.startsWith('ransom')
            ? rng.int(20, 80) * 1_000_000
            : rng.int(5, 40) * 1_000_000;
          if (eco.balance(victim) < amount * 1.2 || !p.flow.pay(victim, amount)) break;
          p.payments--;
        }
      }
      for (const f of flows)
        if (f.truth.received.length > 0 && pendingVictims.every((p) => p.flow !== f || p.payments === 0))
          f.step(exchanges);
    }
    const target = Math.min(txPerBlock - 1, options.transactions - emitted - 1);
    let guard = 0;
    while (eco.block.length < target && guard++ < target * 5) randomAction(actions);
    closeBlock();
  }
  return {
    seed: options.seed,
    transactions: emitted,
    blocks,
    entities: eco.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name })),
    flows: flows.map((f) => f.truth),
  };
}

export type { Entity };
