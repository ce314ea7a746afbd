/**
 * @module analyse/crypto/store/load-utxo-graph
 * Loads a chain's transactions from the case into a {@link UtxoGraph}: three streamed queries,
 * counting-sort into chain order, no per-row objects kept.
 */
import type Database from 'better-sqlite3';
import type { UtxoGraph } from './utxo-graph.js';

function csr(
  db: Database.Database,
  table: 'crypto_inputs' | 'crypto_outputs',
  txIndex: Int32Array,
  txCount: number,
  typeCode: (t: string | null) => number,
): { start: Int32Array; addr: Int32Array; value: Float64Array; type: Uint8Array } {
  const bound = Number(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());
  // Rows are buffered once in typed arrays (no per-row objects), then counting-sorted by tx.
  const rowTx = new Int32Array(bound);
  const rowAddr = new Int32Array(bound);
  const rowValue = new Float64Array(bound);
  const rowType = new Uint8Array(bound);
  const start = new Int32Array(txCount + 1);
  const typeCol = table === 'crypto_outputs' ? 'x.script_type' : 'NULL';
  // A plain scan in primary-key order (tx_id, n): no join, no sort. Rows of other chains are
  // dropped by `txIndex` (-1 for transactions not loaded).
  const sql = `SELECT x.tx_id, x.address_id, x.value, ${typeCol} FROM ${table} x`;
  let total = 0;
  for (const r of db.prepare(sql).raw().iterate()) {
    const row = r as [number, number | null, number | string, string | null];
    const t = txIndex[row[0]] ?? -1;
    if (t < 0) continue;
    rowTx[total] = t;
    rowAddr[total] = row[1] ?? -1;
    rowValue[total] = Number(row[2]);
    rowType[total] = typeCode(row[3]);
    start[t + 1] = (start[t + 1] as number) + 1;
    total++;
  }
  for (let i = 0; i < txCount; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, txCount);
  const addr = new Int32Array(total);
  const value = new Float64Array(total);
  const type = new Uint8Array(total);
  for (let k = 0; k < total; k++) {
    const t = rowTx[k] as number;
    const at = fill[t] as number;
    fill[t] = at + 1;
    addr[at] = rowAddr[k] as number;
    value[at] = rowValue[k] as number;
    type[at] = rowType[k] as number;
  }
  return { start, addr, value, type };
}

/** Loads every transaction of `chain` (a UTXO chain) in (height, position) order. */
export function loadUtxoGraph(db: Database.Database, chain: string): UtxoGraph {
  const maxTx = Number(db.prepare('SELECT COALESCE(MAX(id), 0) FROM crypto_txs').pluck().get());
  const txIndex = new Int32Array(maxTx + 1).fill(-1);
  const ids: number[] = [];
  const cb: number[] = [];
  for (const r of db
    .prepare('SELECT id, coinbase FROM crypto_txs WHERE chain = ? ORDER BY block_height, position, id')
    .raw()
    .iterate(chain)) {
    const [id, coinbase] = r as [number, number];
    txIndex[id] = ids.length;
    ids.push(id);
    cb.push(coinbase);
  }
  const txCount = ids.length;
  const scriptTypes = [''];
  const codes = new Map<string, number>();
  const typeCode = (t: string | null): number => {
    if (!t) return 0;
    let c = codes.get(t);
    if (c === undefined) {
      c = scriptTypes.length;
      scriptTypes.push(t);
      codes.set(t, c);
    }
    return c;
  };
  const ins = csr(db, 'crypto_inputs', txIndex, txCount, typeCode);
  const outs = csr(db, 'crypto_outputs', txIndex, txCount, typeCode);
  const addressSpace = Number(
    db.prepare('SELECT COALESCE(MAX(id), 0) + 1 FROM crypto_addresses').pluck().get(),
  );
  // An address's script type is that of the outputs paying it (no scan of the address table:
  // addresses only ever seen as inputs from outside the data keep type 0, "unknown").
  const addrType = new Uint8Array(addressSpace);
  for (let k = 0; k < outs.addr.length; k++) {
    const a = outs.addr[k] as number;
    if (a >= 0 && addrType[a] === 0) addrType[a] = outs.type[k] as number;
  }
  return {
    chain,
    txCount,
    txDbIds: Int32Array.from(ids),
    coinbase: Uint8Array.from(cb),
    inStart: ins.start,
    inAddr: ins.addr,
    inValue: ins.value,
    outStart: outs.start,
    outAddr: outs.addr,
    outValue: outs.value,
    outType: outs.type,
    addressSpace,
    addrType,
    scriptTypes,
  };
}
