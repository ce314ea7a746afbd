/**
 * @module analyse/crypto/import/read-chain-file
 * Streams one dump file as transactions, whatever its format: Bitcoin Core `getblock`
 * (verbosity 2/3) or `getrawtransaction` JSON, Esplora transaction JSON, EVM JSON-RPC blocks
 * (each as one document, a JSON array, JSON Lines, or wrapped in `{"result": …}`), or an
 * Etherscan CSV export. Problems throw `DragnetError` naming the file and the transaction.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { splitCsvLine } from '../../../core/csv-line.js';
import { DragnetError } from '../../../core/errors.js';
import { validateAddress } from '../address/validate-address.js';
import type { AccountTx, ChainTx, UtxoChain } from '../model/transaction.js';
import { quoteAmounts } from './amount.js';
import { isObject, type Json, TxProblem } from './json-fields.js';
import { JsonSplitError, splitJsonValues } from './json-values.js';
import { coreTxBlock, isCoreBlock, isCoreTx, parseCoreBlock, parseCoreTx } from './parse-bitcoin-core.js';
import { isEsploraTx, parseEsploraTx } from './parse-esplora.js';
import { etherscanLayout, parseEtherscanRow, TRANSFER_IDX_BASE } from './parse-etherscan-csv.js';
import { isEvmBlock, parseEvmBlock } from './parse-evm-rpc.js';

export type DumpFormat = 'bitcoin-core' | 'esplora' | 'evm-rpc' | 'etherscan-csv';

export interface ReadOptions {
  /** UTXO chain of Core/Esplora dumps; detected from the first address when absent. */
  chain?: UtxoChain;
  warn?: (message: string) => void;
}

export interface FileInfo {
  format: DumpFormat | undefined;
  chain: string | undefined;
}

const UTXO_CHAINS = new Set(['btc', 'ltc', 'doge', 'bch']);

function firstAddress(o: Json): string | undefined {
  const m = /"(?:address|scriptpubkey_address)"\s*:\s*"([^"]+)"/.exec(JSON.stringify(o).slice(0, 200_000));
  return m?.[1];
}

function detectUtxoChain(o: Json): UtxoChain {
  const a = firstAddress(o);
  const v = a ? validateAddress(a) : undefined;
  return v?.valid && v.chain && UTXO_CHAINS.has(v.chain) ? (v.chain as UtxoChain) : 'btc';
}

/** Streams the transactions of a JSON dump. `info` is filled as the format becomes known. */
async function* readJsonDump(path: string, options: ReadOptions, info: FileInfo): AsyncGenerator<ChainTx> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let chain = options.chain;
  let position = 0;
  const fromValue = function* (value: unknown, at: string): Generator<ChainTx> {
    if (Array.isArray(value)) {
      for (const v of value) yield* fromValue(v, at);
      return;
    }
    if (!isObject(value)) throw new TxProblem(undefined, `${at}: not a block or transaction object`);
    if ('result' in value && ('id' in value || 'error' in value || Object.keys(value).length === 1)) {
      if (value.error) throw new TxProblem(undefined, `${at}: RPC error ${JSON.stringify(value.error)}`);
      yield* fromValue(value.result, at);
      return;
    }
    if (isEvmBlock(value)) {
      info.format ??= 'evm-rpc';
      info.chain ??= 'eth';
      yield* parseEvmBlock(value);
      return;
    }
    chain ??= detectUtxoChain(value);
    info.chain ??= chain;
    if (isCoreBlock(value)) {
      info.format ??= 'bitcoin-core';
      yield* parseCoreBlock(value, chain);
      return;
    }
    if (isEsploraTx(value)) {
      info.format ??= 'esplora';
      yield parseEsploraTx(value, chain, position++);
      return;
    }
    if (isCoreTx(value)) {
      info.format ??= 'bitcoin-core';
      yield parseCoreTx(value, chain, coreTxBlock(value), position++);
      return;
    }
    for (const key of ['blocks', 'transactions', 'txs']) {
      if (Array.isArray(value[key])) {
        yield* fromValue(value[key], at);
        return;
      }
    }
    throw new TxProblem(
      undefined,
      `${at}: not a recognised block or transaction (Bitcoin Core, Esplora or EVM JSON-RPC)`,
    );
  };
  for await (const piece of splitJsonValues(stream)) {
    let value: unknown;
    try {
      value = JSON.parse(quoteAmounts(piece.text));
    } catch (err) {
      throw new TxProblem(
        undefined,
        `value #${piece.index + 1} at character ${piece.offset} is not valid JSON (${(err as Error).message})`,
      );
    }
    yield* fromValue(value, `value #${piece.index + 1} at character ${piece.offset}`);
  }
}

/** Streams an Etherscan CSV export, grouping consecutive rows of one transaction. */
async function* readEtherscanCsv(
  path: string,
  options: ReadOptions,
  info: FileInfo,
): AsyncGenerator<ChainTx> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let layout: ReturnType<typeof etherscanLayout>;
  let row = 0;
  let current: AccountTx | undefined;
  const counters = new Map<string, number>();
  const warned = new Set<string>();
  const warn = (w: string): void => {
    if (!warned.has(w)) options.warn?.(`${path}: ${w}`);
    warned.add(w);
  };
  for await (const line of lines) {
    row++;
    if (row === 1) {
      layout = etherscanLayout(line);
      if (!layout)
        throw new TxProblem(undefined, 'row 1: not an Etherscan export header (expected Txhash, From, To…)');
      info.format = 'etherscan-csv';
      info.chain = 'eth';
      continue;
    }
    if (line.trim() === '' || !layout) continue;
    const cells = splitCsvLine(line);
    if (!cells) throw new TxProblem(undefined, `row ${row}: a quoted field is never closed`);
    const parsed = parseEtherscanRow(layout, cells, row, warn);
    if (!parsed) continue;
    const n = counters.get(parsed.txid) ?? 0;
    counters.set(parsed.txid, n + 1);
    const transfer = { ...parsed.transfer, idx: TRANSFER_IDX_BASE[layout.kind] + n };
    if (current && current.txid === parsed.txid) {
      current.transfers.push(transfer);
      continue;
    }
    if (current) yield current;
    current = {
      kind: 'account',
      chain: 'eth',
      txid: parsed.txid,
      block: { height: parsed.height, hash: null, time: parsed.time },
      position: row,
      fee: parsed.fee,
      transfers: [transfer],
    };
  }
  if (current) yield current;
}

async function sniff(path: string): Promise<'csv' | 'json'> {
  if (/\.csv$/i.test(path)) return 'csv';
  const stream = createReadStream(path, { encoding: 'utf8', start: 0, end: 4095 });
  let head = '';
  for await (const chunk of stream) head += chunk as string;
  return /^\uFEFF?\s*[[{]/.test(head) ? 'json' : 'csv';
}

/**
 * Streams the transactions of one dump file.
 * @throws DragnetError BAD_INPUT naming the file (and the transaction or row) on any problem.
 */
export async function* readChainFile(
  path: string,
  options: ReadOptions = {},
  info: FileInfo = { format: undefined, chain: undefined },
): AsyncGenerator<ChainTx> {
  try {
    const kind = await sniff(path);
    yield* kind === 'csv' ? readEtherscanCsv(path, options, info) : readJsonDump(path, options, info);
  } catch (err) {
    throw toDragnetError(path, err);
  }
}

export function toDragnetError(path: string, err: unknown): DragnetError {
  if (err instanceof DragnetError) return err;
  if (err instanceof TxProblem) {
    return new DragnetError('BAD_INPUT', err.txid ? `transaction ${err.txid}: ${err.message}` : err.message, {
      subject: path,
      hint: 'nothing was imported; fix or remove the file and import again',
    });
  }
  if (err instanceof JsonSplitError) {
    return new DragnetError('BAD_INPUT', `${err.message} (character ${err.offset})`, {
      subject: path,
      hint: 'nothing was imported',
    });
  }
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new DragnetError('NOT_FOUND', 'no such file', { subject: path });
  if (code === 'EISDIR') return new DragnetError('BAD_INPUT', 'is a directory', { subject: path });
  return new DragnetError('BAD_INPUT', (err as Error).message ?? String(err), { subject: path, cause: err });
}
