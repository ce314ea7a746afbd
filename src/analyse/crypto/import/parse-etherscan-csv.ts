/**
 * @module analyse/crypto/import/parse-etherscan-csv
 * Etherscan "Download CSV" exports of an address: normal transactions, internal transactions
 * and ERC-20 token transfers, told apart by their header. Values are decimal ether (18 places) or
 * token units; token base units need the token's decimals, which the export does not carry: the
 * common stablecoins are known, others are assumed to have 18 and a warning says so.
 */
import { splitCsvLine } from '../../../core/csv-line.js';
import type { AccountTx, Transfer, TransferKind } from '../model/transaction.js';
import { parseDecimalAmount } from './amount.js';
import { TxProblem } from './json-fields.js';

/** Decimals of well-known ERC-20 tokens by symbol (upper-case). */
const TOKEN_DECIMALS: Readonly<Record<string, number>> = {
  USDT: 6,
  USDC: 6,
  WBTC: 8,
  EURC: 6,
  PYUSD: 6,
  DAI: 18,
  WETH: 18,
};

export type EtherscanKind = TransferKind;

export interface EtherscanLayout {
  kind: EtherscanKind;
  col: (name: string) => number;
}

/** Recognises an Etherscan export header; undefined when it is not one. */
export function etherscanLayout(headerLine: string): EtherscanLayout | undefined {
  const cols = (splitCsvLine(headerLine.replace(/^\uFEFF/, '')) ?? []).map((c) => c.trim());
  const idx = (name: string): number => cols.findIndex((c) => c.toLowerCase().startsWith(name.toLowerCase()));
  const hashCol = idx('Txhash') >= 0 ? idx('Txhash') : idx('Transaction Hash');
  if (hashCol < 0 || idx('From') < 0) return undefined;
  const kind: EtherscanKind =
    idx('TokenValue') >= 0 || idx('TokenSymbol') >= 0
      ? 'token'
      : idx('ParentTxFrom') >= 0 || idx('TxTo') >= 0
        ? 'internal'
        : 'normal';
  return { kind, col: (name) => (name === 'hash' ? hashCol : idx(name)) };
}

const ADDR = /^0x[0-9a-fA-F]{40}$/;

/**
 * Converts one data row into a transfer. Returns undefined for failed transactions (they moved
 * nothing). `row` is 1-based with the header as row 1, for error messages.
 */
export function parseEtherscanRow(
  layout: EtherscanLayout,
  cells: string[],
  row: number,
  warn: (w: string) => void,
):
  | {
      txid: string;
      height: number | null;
      time: number | null;
      transfer: Omit<Transfer, 'idx'>;
      fee: bigint | null;
    }
  | undefined {
  const get = (name: string): string => (layout.col(name) >= 0 ? (cells[layout.col(name)] ?? '').trim() : '');
  const txid = get('hash').toLowerCase();
  if (!/^0x[0-9a-f]{64}$/.test(txid))
    throw new TxProblem(undefined, `row ${row}: "${get('hash')}" is not a transaction hash`);
  const status = `${get('Status')} ${get('ErrCode')} ${get('isError')}`.toLowerCase();
  if (/error|fail|revert/.test(status)) return undefined;
  const from = get('From').toLowerCase();
  const to = (layout.kind === 'internal' ? get('TxTo') || get('To') : get('To')).toLowerCase();
  for (const [what, a] of [
    ['From', from],
    ['To', to],
  ] as const) {
    if (a !== '' && !ADDR.test(a)) throw new TxProblem(txid, `row ${row}: ${what} "${a}" is not an address`);
  }
  let asset = 'ETH';
  let decimals = 18;
  let text: string;
  if (layout.kind === 'token') {
    asset = get('ContractAddress').toLowerCase();
    const symbol = get('TokenSymbol').toUpperCase();
    const known = TOKEN_DECIMALS[symbol];
    if (known === undefined) warn(`token ${symbol || asset}: decimals unknown, assumed 18`);
    decimals = known ?? 18;
    text = get('TokenValue');
  } else {
    const vin = get('Value_IN');
    const vout = get('Value_OUT');
    text = vin !== '' && /[1-9]/.test(vin) ? vin : vout || vin || '0';
  }
  const value = parseDecimalAmount(text || '0', decimals);
  if (!value.ok) throw new TxProblem(txid, `row ${row}: ${value.error}`);
  const feeText = get('TxnFee(ETH)');
  const fee = feeText ? parseDecimalAmount(feeText, 18) : undefined;
  const height = Number(get('Blockno'));
  const time = Number(get('UnixTimestamp'));
  return {
    txid,
    height: Number.isFinite(height) && get('Blockno') !== '' ? height : null,
    time: Number.isFinite(time) && get('UnixTimestamp') !== '' ? time : null,
    transfer: { kind: layout.kind, asset, from: from || null, to: to || null, value: value.value, decimals },
    fee: fee?.ok ? fee.value : null,
  };
}

/** Index offsets keep transfers of different exports of the same transaction apart. */
export const TRANSFER_IDX_BASE: Readonly<Record<TransferKind, number>> = {
  normal: 0,
  internal: 1_000_000,
  token: 2_000_000,
};

export type { AccountTx };
