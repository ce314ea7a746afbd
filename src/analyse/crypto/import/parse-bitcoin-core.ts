/**
 * @module analyse/crypto/import/parse-bitcoin-core
 * Bitcoin Core RPC JSON: `getblock` with verbosity 3 (transactions with `prevout`) or 2, and
 * `getrawtransaction` verbose (with `prevout` since Core 25 at verbosity 2). Also fits the forks
 * that keep Core's RPC (Litecoin, Dogecoin, Bitcoin Cash nodes). Amounts are decimal coins with at
 * most 8 decimals; the caller has quoted them (see `quoteAmounts`) so their text is exact.
 */
import type { BlockRef, TxInput, TxOutput, UtxoChain, UtxoTx } from '../model/transaction.js';
import { parseDecimalAmount } from './amount.js';
import { arr, isObject, type Json, num, obj, readOutpoint, str, TXID, TxProblem } from './json-fields.js';

const CORE_TYPES: Readonly<Record<string, string>> = {
  pubkeyhash: 'p2pkh',
  scripthash: 'p2sh',
  witness_v0_keyhash: 'p2wpkh',
  witness_v0_scripthash: 'p2wsh',
  witness_v1_taproot: 'p2tr',
  witness_unknown: 'witness-unknown',
  nulldata: 'op_return',
  pubkey: 'p2pk',
  multisig: 'multisig',
  nonstandard: 'nonstandard',
  anchor: 'anchor',
};

export const isCoreBlock = (o: Json): boolean => Array.isArray(o.tx) && ('height' in o || 'merkleroot' in o);
export const isCoreTx = (o: Json): boolean =>
  typeof o.txid === 'string' &&
  Array.isArray(o.vout) &&
  o.vout.some((v) => isObject(v) && 'scriptPubKey' in v);

function coins(value: unknown, txid: string, what: string): bigint {
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new TxProblem(txid, `${what}: missing amount`);
  const r = parseDecimalAmount(String(value), 8);
  if (!r.ok) throw new TxProblem(txid, `${what}: ${r.error}`);
  return r.value;
}

function scriptAddress(spk: Json | undefined): { address: string | null; scriptType: string | null } {
  if (!spk) return { address: null, scriptType: null };
  const type = str(spk, 'type');
  const address =
    str(spk, 'address') ??
    (arr(spk, 'addresses')?.length === 1 ? String(arr(spk, 'addresses')?.[0]) : undefined);
  return { address: address ?? null, scriptType: type ? (CORE_TYPES[type] ?? type) : null };
}

/** Converts one Core transaction object. Throws `TxProblem` naming the transaction. */
export function parseCoreTx(o: Json, chain: UtxoChain, block: BlockRef, position: number): UtxoTx {
  const txid = str(o, 'txid');
  if (!txid || !TXID.test(txid)) throw new TxProblem(txid, `transaction #${position} has no valid txid`);
  const vin = arr(o, 'vin');
  const vout = arr(o, 'vout');
  if (!vin || !vout) throw new TxProblem(txid, 'missing vin or vout');
  let coinbase = false;
  const inputs: TxInput[] = [];
  vin.forEach((raw, i) => {
    if (!isObject(raw)) throw new TxProblem(txid, `vin[${i}] is not an object`);
    if (typeof raw.coinbase === 'string') {
      coinbase = true;
      return;
    }
    const { prevTxid, prevN } = readOutpoint(raw, i, txid);
    const prevout = obj(raw, 'prevout');
    if (!prevout) {
      inputs.push({ prevTxid, prevN });
      return;
    }
    const { address, scriptType } = scriptAddress(obj(prevout, 'scriptPubKey'));
    inputs.push({
      prevTxid,
      prevN,
      address,
      scriptType,
      value: coins(prevout.value, txid, `vin[${i}].prevout.value`),
    });
  });
  const outputs: TxOutput[] = vout.map((raw, i) => {
    if (!isObject(raw)) throw new TxProblem(txid, `vout[${i}] is not an object`);
    const { address, scriptType } = scriptAddress(obj(raw, 'scriptPubKey'));
    return { n: num(raw, 'n') ?? i, address, scriptType, value: coins(raw.value, txid, `vout[${i}].value`) };
  });
  const fee = o.fee === undefined ? null : coins(o.fee, txid, 'fee');
  return { kind: 'utxo', chain, txid: txid.toLowerCase(), block, position, coinbase, fee, inputs, outputs };
}

/** Converts a `getblock` result (verbosity 2 or 3). */
export function parseCoreBlock(o: Json, chain: UtxoChain): UtxoTx[] {
  const block: BlockRef = {
    height: num(o, 'height') ?? null,
    hash: str(o, 'hash') ?? null,
    time: num(o, 'time') ?? null,
  };
  const txs = arr(o, 'tx') ?? [];
  return txs.map((t, i) => {
    if (!isObject(t)) {
      throw new TxProblem(
        typeof t === 'string' ? t : undefined,
        `block ${block.height ?? block.hash}: transactions are ids only (verbosity 1); export with getblock verbosity 3`,
      );
    }
    return parseCoreTx(t, chain, block, i);
  });
}

/** Block reference of a standalone `getrawtransaction` result. */
export const coreTxBlock = (o: Json): BlockRef => ({
  height: num(o, 'height') ?? null,
  hash: str(o, 'blockhash') ?? null,
  time: num(o, 'blocktime') ?? num(o, 'time') ?? null,
});
