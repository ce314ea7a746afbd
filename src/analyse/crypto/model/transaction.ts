/**
 * @module analyse/crypto/model/transaction
 * The chain-neutral shape every importer produces and the store persists. UTXO chains carry
 * inputs (with the spent output's address and value, "prevout") and outputs; account chains
 * carry transfers. Amounts are exact `bigint` base units (satoshi, wei, token base units).
 */

export type UtxoChain = 'btc' | 'ltc' | 'doge' | 'bch';
export type AccountChain = 'eth';

export interface TxInput {
  prevTxid: string;
  prevN: number;
  /** Spent output's address; undefined when the dump lacks the prevout (resolved from the case). */
  address?: string | null;
  value?: bigint;
  scriptType?: string | null;
}

export interface TxOutput {
  n: number;
  /** Null for outputs without an address (OP_RETURN, bare multisig, P2PK). */
  address: string | null;
  value: bigint;
  scriptType: string | null;
}

export interface BlockRef {
  height: number | null;
  hash: string | null;
  /** Unix seconds. */
  time: number | null;
}

export interface UtxoTx {
  kind: 'utxo';
  chain: UtxoChain;
  txid: string;
  block: BlockRef;
  /** Position within the block (or within the file when no block is known). */
  position: number;
  coinbase: boolean;
  fee: bigint | null;
  inputs: TxInput[];
  outputs: TxOutput[];
}

export type TransferKind = 'normal' | 'internal' | 'token';

export interface Transfer {
  idx: number;
  kind: TransferKind;
  /** `ETH` for ether, else the token contract address (lower-case). */
  asset: string;
  from: string | null;
  to: string | null;
  value: bigint;
  decimals: number;
}

export interface AccountTx {
  kind: 'account';
  chain: AccountChain;
  txid: string;
  block: BlockRef;
  position: number;
  fee: bigint | null;
  transfers: Transfer[];
}

export type ChainTx = UtxoTx | AccountTx;
