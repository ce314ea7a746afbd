/**
 * @module analyse/crypto/simulate/launder-flow
 * Criminal proceeds with a known path: victims pay a receiving address (a ransom address, or a
 * scam wallet), the operator consolidates the receipts, then peels: each hop sends a slice to
 * the operator's deposit address at an exchange and the rest to a fresh address of its own.
 * Every hop is recorded, so the exact amount reaching each exchange is known (ground truth).
 */
import type { SimUtxo } from './core-json.js';
import type { Economy, Entity } from './economy.js';

export interface FlowHop {
  hop: number;
  txid: string;
  /** The slice sent to an exchange deposit address (absent on the consolidation hop). */
  peel?: { address: string; amount: string; exchange: string };
  /** Where the rest went. */
  remainder: { address: string; amount: string };
}

export interface FlowTruth {
  name: string;
  /** The receiving address: the trace seed. */
  seed: string;
  /** Victim payments into the seed (hop 0). */
  received: { txid: string; amount: string }[];
  hops: FlowHop[];
}

export class LaunderFlow {
  readonly truth: FlowTruth;
  private coins: SimUtxo[] = [];
  private hopsLeft: number;
  done = false;

  constructor(
    private readonly eco: Economy,
    readonly operator: Entity,
    readonly seed: string,
    name: string,
    hops: number,
  ) {
    this.truth = { name, seed, received: [], hops: [] };
    this.hopsLeft = hops;
  }

  /** A victim pays `amount` to the seed; returns false if the victim cannot afford it. */
  pay(victim: Entity, amount: number): boolean {
    const coins = this.eco.select(victim, amount + 2_000, 8);
    if (!coins) return false;
    const total = coins.reduce((s, c) => s + c.value, 0);
    const outs = [this.eco.output(this.seed, amount)];
    const change = total - amount - this.eco.fee(coins.length, 2);
    if (change > 546) outs.push(this.eco.output(this.eco.fresh(victim), change));
    const tx = this.eco.emit(coins, outs);
    this.truth.received.push({ txid: tx.txid, amount: String(amount) });
    this.take(tx.txid);
    return true;
  }

  private take(txid: string): SimUtxo {
    const u = this.operator.utxos.find((c) => c.txid === txid) as SimUtxo;
    this.eco.take(this.operator, u);
    this.coins.push(u);
    return u;
  }

  /** Makes the next hop (consolidation first when there are several receipts). */
  step(exchanges: ReadonlyArray<Entity>): void {
    if (this.done || this.coins.length === 0) return;
    const hop = this.truth.hops.length + 1;
    const total = this.coins.reduce((s, c) => s + c.value, 0);
    if (this.coins.length > 1) {
      const to = this.eco.fresh(this.operator);
      const amount = total - this.eco.fee(this.coins.length, 1);
      const tx = this.eco.emit(this.coins, [this.eco.output(to, amount)]);
      this.coins = [];
      this.take(tx.txid);
      this.truth.hops.push({ hop, txid: tx.txid, remainder: { address: to, amount: String(amount) } });
      return;
    }
    const exchange = this.eco.rng.pick(exchanges);
    const deposit = this.eco.depositAddress(this.operator, exchange);
    const fee = this.eco.fee(1, 2);
    const slice = Math.floor((total * this.eco.rng.int(8, 20)) / 100);
    const rest = total - slice - fee;
    const to = this.eco.fresh(this.operator);
    const tx = this.eco.emit(this.coins, [this.eco.output(deposit, slice), this.eco.output(to, rest)]);
    this.coins = [];
    // The slice now belongs to the exchange; only the rest stays with the operator.
    const mine = this.operator.utxos.find((c) => c.txid === tx.txid) as SimUtxo;
    this.eco.take(this.operator, mine);
    this.coins.push(mine);
    this.truth.hops.push({
      hop,
      txid: tx.txid,
      peel: { address: deposit, amount: String(slice), exchange: exchange.name },
      remainder: { address: to, amount: String(rest) },
    });
    this.hopsLeft--;
    if (this.hopsLeft <= 0 || rest < 100_000) this.done = true;
  }
}
