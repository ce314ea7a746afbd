/**
 * @module analyse/crypto/import/json-fields
 * Small readers for untyped JSON (`unknown` until checked), shared by the format parsers.
 */

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export const str = (o: Json, k: string): string | undefined => {
  const v = o[k];
  return typeof v === 'string' ? v : undefined;
};

export const num = (o: Json, k: string): number | undefined => {
  const v = o[k];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
};

export const arr = (o: Json, k: string): unknown[] | undefined => {
  const v = o[k];
  return Array.isArray(v) ? v : undefined;
};

export const obj = (o: Json, k: string): Json | undefined => {
  const v = o[k];
  return isObject(v) ? v : undefined;
};

/** A problem that aborts the import, phrased for the analyst: which transaction, what is wrong. */
export class TxProblem extends Error {
  constructor(
    readonly txid: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

export const TXID = /^[0-9a-fA-F]{64}$/;

/** The outpoint a non-coinbase input spends (`txid` + `vout`, as Bitcoin Core and Esplora both write it). */
export function readOutpoint(raw: Json, i: number, txid: string): { prevTxid: string; prevN: number } {
  const prevTxid = str(raw, 'txid');
  const prevN = num(raw, 'vout');
  if (!prevTxid || !TXID.test(prevTxid) || prevN === undefined)
    throw new TxProblem(txid, `vin[${i}] lacks txid/vout`);
  return { prevTxid: prevTxid.toLowerCase(), prevN };
}
