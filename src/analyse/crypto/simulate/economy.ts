/**
 * @module analyse/crypto/simulate/economy
 * The simulated economy's state: entities with wallets, address creation (recording the true
 * owner of every address), coin selection and transaction assembly. Behaviour (who pays whom)
 * lives in `simulate-chain.ts`, CoinJoins in `coinjoin-rounds.ts`.
 */

import type { SimOutput, SimTx, SimUtxo } from './core-json.js';
import { fakeAddress, type SimScriptType } from './fake-address.js';
import type { Prng } from './prng.js';

export type EntityKind = 'user' | 'merchant' | 'exchange' | 'miner' | 'coinjoin' | 'ransomware' | 'scam';

export interface Entity {
  id: number;
  kind: EntityKind;
  name: string;
  /** Script type of the wallet's own addresses. */
  pref: SimScriptType;
  utxos: SimUtxo[];
  /** Addresses the entity hands out more than once (merchant checkout, hot wallet). */
  reusable: string[];
  /** Deposit address per exchange id (users and launderers). */
  deposit: Map<number, string>;
  /** Sum of `utxos` values, kept up to date by `Economy` (summing per call was the hot spot). */
  bal: number;
}

const TYPES: ReadonlyArray<[SimScriptType, number]> = [
  ['p2wpkh', 0.6],
  ['p2pkh', 0.15],
  ['p2sh', 0.15],
  ['p2tr', 0.1],
];

export class Economy {
  readonly entities: Entity[] = [];
  readonly owner = new Map<string, number>();
  readonly addressType = new Map<string, SimScriptType>();
  height = 0;
  block: SimTx[] = [];

  constructor(
    readonly rng: Prng,
    readonly onAddress: (address: string, entity: Entity) => void,
  ) {}

  randomType(): SimScriptType {
    let r = this.rng.next();
    for (const [t, p] of TYPES) {
      if (r < p) return t;
      r -= p;
    }
    return 'p2wpkh';
  }

  addEntity(kind: EntityKind, name: string): Entity {
    const e: Entity = {
      id: this.entities.length,
      kind,
      name,
      pref: this.randomType(),
      utxos: [],
      reusable: [],
      deposit: new Map(),
      bal: 0,
    };
    this.entities.push(e);
    return e;
  }

  /** A new address of `e` (its preferred type unless told otherwise), recorded in the truth. */
  fresh(e: Entity, type: SimScriptType = e.pref): string {
    const a = fakeAddress(this.rng, type);
    this.claim(a, e, type);
    return a;
  }

  /** Records a given address (scam wallets from the samples) as owned by `e`. */
  claim(address: string, e: Entity, type: SimScriptType): void {
    this.owner.set(address, e.id);
    this.addressType.set(address, type);
    this.onAddress(address, e);
  }

  /** The deposit address `user` has at `exchange` (owned by the exchange), created on first use. */
  depositAddress(user: Entity, exchange: Entity): string {
    let a = user.deposit.get(exchange.id);
    if (!a) {
      a = this.fresh(exchange);
      user.deposit.set(exchange.id, a);
    }
    return a;
  }

  output(address: string, value: number): SimOutput {
    return {
      address,
      value,
      type: this.addressType.get(address) ?? 'p2wpkh',
      owner: this.owner.get(address) ?? -1,
    };
  }

  balance(e: Entity): number {
    return e.bal;
  }

  /** Gives coins (back) to their owner. */
  credit(e: Entity, coins: ReadonlyArray<SimUtxo>): void {
    for (const u of coins) {
      e.utxos.push(u);
      e.bal += u.value;
    }
  }

  /** Takes up to `n` coins from the front of the wallet. */
  takeFirst(e: Entity, n: number): SimUtxo[] {
    const coins = e.utxos.splice(0, Math.min(n, e.utxos.length));
    for (const u of coins) e.bal -= u.value;
    return coins;
  }

  /** Picks random coins of `e` worth at least `amount`; removes them from the wallet. */
  select(e: Entity, amount: number, maxInputs = 6): SimUtxo[] | undefined {
    if (e.utxos.length === 0) return undefined;
    const picked: SimUtxo[] = [];
    let sum = 0;
    const pool = e.utxos;
    while (sum < amount && pool.length > 0 && picked.length < maxInputs) {
      const i = this.rng.int(0, pool.length - 1);
      const u = pool[i] as SimUtxo;
      pool[i] = pool[pool.length - 1] as SimUtxo;
      pool.pop();
      picked.push(u);
      sum += u.value;
    }
    e.bal -= sum;
    if (sum < amount) {
      this.credit(e, picked);
      return undefined;
    }
    return picked;
  }

  /** Takes one specific coin out of its owner's wallet. */
  take(e: Entity, u: SimUtxo): void {
    const i = e.utxos.indexOf(u);
    if (i >= 0) {
      e.utxos[i] = e.utxos[e.utxos.length - 1] as SimUtxo;
      e.utxos.pop();
      e.bal -= u.value;
    }
  }

  fee(nIn: number, nOut: number): number {
    return 100 + 68 * nIn + 31 * nOut;
  }

  /** Assembles a transaction, credits its outputs to their owners, and adds it to the block. */
  emit(inputs: SimUtxo[], outputs: SimOutput[], coinbase = false): SimTx {
    const txid = this.rng.hex(32);
    const fee = coinbase
      ? 0
      : inputs.reduce((s, u) => s + u.value, 0) - outputs.reduce((s, o) => s + o.value, 0);
    if (fee < 0) throw new Error(`simulator bug: negative fee in ${txid}`);
    const tx: SimTx = { txid, coinbase, inputs, outputs, fee };
    outputs.forEach((o, n) => {
      const e = this.entities[o.owner];
      if (e) this.credit(e, [{ ...o, txid, n, height: this.height }]);
    });
    this.block.push(tx);
    return tx;
  }
}
