/**
 * @module analyse/crypto/import/parse-esplora
 * Esplora / mempool.space REST transaction JSON (`/tx/:txid`, `/address/:a/txs`): integer
 * satoshi values, `prevout` inline in every input, block in `status`.
 */
import type { TxInput, TxOutput, UtxoChain, UtxoTx } from '../model/transaction.js';
import { parseIntegerAmount } from './amount.js';
import { arr, isObject, type Json, num, obj, readOutpoint, str, TXID, TxProblem } from './json-fields.js';

const ESPLORA_TYPES: Readonly<Record<string, string>> = {
  v0_p2wpkh: 'p2wpkh',
  v0_p2wsh: 'p2wsh',
  v1_p2tr: 'p2tr',
  unknown: 'nonstandard',
};

export const isEsploraTx = (o: Json): boolean =>
  typeof o.txid === 'string' &&
  Array.isArray(o.vout) &&
  o.vout.some((v) => isObject(v) && 'scriptpubkey' in v);

function sats(value: unknown, txid: string, what: string): bigint {
  const r = parseIntegerAmount(String(value ?? ''));
  if (!r.ok) throw new TxProblem(txid, `${what}: ${r.error} (Esplora values are integer satoshi)`);
  return r.value;
}

const typeOf = (o: Json): string | null => {
  const t = str(o, 'scriptpubkey_type');
  return t ? (ESPLORA_TYPES[t] ?? t) : null;
};

export function parseEsploraTx(o: Json, chain: UtxoChain, position: number): UtxoTx {
  const txid = str(o, 'txid');
  if (!txid || !TXID.test(txid)) throw new TxProblem(txid, `transaction #${position} has no valid txid`);
  const status = obj(o, 'status');
  const block = {
    height: status ? (num(status, 'block_height') ?? null) : null,
    hash: status ? (str(status, 'block_hash') ?? null) : null,
    time: status ? (num(status, 'block_time') ?? null) : null,
  };
  let coinbase = false;
  const inputs: TxInput[] = [];
  (arr(o, 'vin') ?? []).forEach((raw, i) => {
    if (!isObject(raw)) throw new TxProblem(txid, `vin[${i}] is not an object`);
    if (raw.is_coinbase === true) {
      coinbase = true;
      return;
    }
    const { prevTxid, prevN } = readOutpoint(raw, i, txid);
    const prevout = obj(raw, 'prevout');
    if (!prevout) {
      inputs.push({ prevTxid, prevN });
      return;
    }
    inputs.push({
      prevTxid,
      prevN,
      address: str(prevout, 'scriptpubkey_address') ?? null,
      scriptType: typeOf(prevout),
      value: sats(prevout.value, txid, `vin[${i}].prevout.value`),
    });
  });
  const outputs: TxOutput[] = (arr(o, 'vout') ?? []).map((raw, i) => {
    if (!isObject(raw)) throw new TxProblem(txid, `vout[${i}] is not an object`);
    return {
      n: i,
      address: str(raw, 'scriptpubkey_address') ?? null,
      scriptType: typeOf(raw),
      value: sats(raw.value, txid, `vout[${i}].value`),
    };
  });
  const fee = o.fee === undefined ? null : sats(o.fee, txid, 'fee');
  return { kind: 'utxo', chain, txid: txid.toLowerCase(), block, position, coinbase, fee, inputs, outputs };
}
