/**
 * @module analyse/crypto/simulate/core-json
 * Writes simulated transactions and blocks exactly as Bitcoin Core's `getblock <hash> 3` does
 * (the fields Dragnet and other tools read: txid, vin with prevout, vout with scriptPubKey
 * address/type, fee; values as decimal BTC with 8 places).
 */
import { CORE_TYPE, type SimScriptType } from './fake-address.js';

export interface SimOutput {
  address: string;
  value: number;
  type: SimScriptType;
  owner: number;
}

export interface SimUtxo extends SimOutput {
  txid: string;
  n: number;
  height: number;
}

export interface SimTx {
  txid: string;
  coinbase: boolean;
  inputs: SimUtxo[];
  outputs: SimOutput[];
  fee: number;
}

/** Satoshi → `1.23456789` (always 8 decimals, as Core prints). */
export function btc(sats: number): string {
  const s = String(sats).padStart(9, '0');
  return `${s.slice(0, -8)}.${s.slice(-8)}`;
}

const spk = (o: SimOutput): string => `{"address":"${o.address}","type":"${CORE_TYPE[o.type]}"}`;

export function txJson(tx: SimTx, height: number): string {
  const vin = tx.coinbase
    ? `[{"coinbase":"03${height.toString(16).padStart(6, '0')}","sequence":4294967295}]`
    : `[${tx.inputs
        .map(
          (i) =>
            `{"txid":"${i.txid}","vout":${i.n},"prevout":{"generated":false,"height":${i.height},"value":${btc(i.value)},"scriptPubKey":${spk(i)}},"sequence":4294967293}`,
        )
        .join(',')}]`;
  const vout = `[${tx.outputs.map((o, n) => `{"value":${btc(o.value)},"n":${n},"scriptPubKey":${spk(o)}}`).join(',')}]`;
  const fee = tx.coinbase ? '' : `,"fee":${btc(tx.fee)}`;
  return `{"txid":"${tx.txid}","hash":"${tx.txid}","version":2,"locktime":0,"vin":${vin},"vout":${vout}${fee}}`;
}

export function blockJson(
  hash: string,
  prev: string,
  height: number,
  time: number,
  txs: ReadonlyArray<SimTx>,
): string {
  return `{"hash":"${hash}","height":${height},"version":536870912,"time":${time},"previousblockhash":"${prev}","nTx":${txs.length},"tx":[${txs
    .map((t) => txJson(t, height))
    .join(',')}]}`;
}
