/**
 * @module analyse/crypto/import/parse-evm-rpc
 * EVM JSON-RPC `eth_getBlockByNumber(n, true)` results: hex quantities, full transaction
 * objects. Each transaction becomes one `normal` ether transfer (token transfers live in logs,
 * which blocks do not carry: import the Etherscan token CSV for those).
 */
import type { AccountTx } from '../model/transaction.js';
import { parseIntegerAmount } from './amount.js';
import { arr, isObject, type Json, str, TxProblem } from './json-fields.js';

const HEX = /^0x[0-9a-fA-F]+$/;
const HASH = /^0x[0-9a-fA-F]{64}$/;
const ADDR = /^0x[0-9a-fA-F]{40}$/;

export const isEvmBlock = (o: Json): boolean =>
  Array.isArray(o.transactions) && typeof o.number === 'string' && HEX.test(o.number);

const hexNum = (v: unknown): number | null =>
  typeof v === 'string' && HEX.test(v) ? Number.parseInt(v, 16) : null;

function address(v: unknown, txid: string, what: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string' || !ADDR.test(v))
    throw new TxProblem(txid, `${what} is not a 20-byte hex address`);
  return v.toLowerCase();
}

export function parseEvmBlock(o: Json): AccountTx[] {
  const block = { height: hexNum(o.number), hash: str(o, 'hash') ?? null, time: hexNum(o.timestamp) };
  return (arr(o, 'transactions') ?? []).map((raw, i) => {
    if (!isObject(raw))
      throw new TxProblem(
        undefined,
        `block ${block.height}: transaction #${i} is a hash only; fetch blocks with full transactions`,
      );
    const txid = str(raw, 'hash');
    if (!txid || !HASH.test(txid))
      throw new TxProblem(txid, `block ${block.height}: transaction #${i} has no valid hash`);
    const value = parseIntegerAmount(String(raw.value ?? ''));
    if (!value.ok) throw new TxProblem(txid, `value: ${value.error}`);
    return {
      kind: 'account',
      chain: 'eth',
      txid: txid.toLowerCase(),
      block,
      position: hexNum(raw.transactionIndex) ?? i,
      fee: null,
      transfers: [
        {
          idx: 0,
          kind: 'normal',
          asset: 'ETH',
          from: address(raw.from, txid, 'from'),
          to: address(raw.to, txid, 'to'),
          value: value.value,
          decimals: 18,
        },
      ],
    };
  });
}
