/**
 * @module analyse/crypto/store/tx-writer
 * Inserts imported transactions into the `crypto_*` tables, inside the caller's transaction.
 * Addresses are interned to integer ids (one map per chain, loaded once) so millions of inputs
 * and outputs are rows of integers. An input without its prevout is completed from an output
 * already in the case (earlier files of the same import included); if there is none the import
 * fails naming the transaction.
 */
import type Database from 'better-sqlite3';
import { TxProblem } from '../import/json-fields.js';
import type { AccountTx, ChainTx, UtxoTx } from '../model/transaction.js';
import { addressKey, toDbAmount } from './crypto-case.js';

export interface TxWriterStats {
  transactions: number;
  newAddresses: number;
  skippedDuplicates: number;
}

export class TxWriter {
  readonly stats: TxWriterStats = { transactions: 0, newAddresses: 0, skippedDuplicates: 0 };
  private readonly addressMaps = new Map<string, Map<string, number>>();
  private readonly insertTx: Database.Statement;
  private readonly findTx: Database.Statement;
  private readonly insertAddress: Database.Statement;
  private readonly insertOutput: Database.Statement;
  private readonly insertInput: Database.Statement;
  private readonly insertTransfer: Database.Statement;
  private readonly findPrevout: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly importId: number,
    private readonly skipDuplicates: boolean,
  ) {
    this.insertTx = db.prepare(
      'INSERT OR IGNORE INTO crypto_txs (chain, txid, block_height, block_hash, block_time, position, fee, coinbase, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.findTx = db.prepare('SELECT id FROM crypto_txs WHERE chain = ? AND txid = ?').pluck();
    this.insertAddress = db.prepare(
      'INSERT INTO crypto_addresses (chain, address, script_type) VALUES (?, ?, ?)',
    );
    this.insertOutput = db.prepare(
      'INSERT INTO crypto_outputs (tx_id, n, address_id, value, script_type) VALUES (?, ?, ?, ?, ?)',
    );
    this.insertInput = db.prepare(
      'INSERT INTO crypto_inputs (tx_id, n, prev_txid, prev_n, address_id, value) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.insertTransfer = db.prepare(
      'INSERT OR IGNORE INTO crypto_transfers (tx_id, idx, kind, asset, from_id, to_id, value, decimals) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.findPrevout = db.prepare(
      `SELECT o.address_id AS addressId, o.value AS value FROM crypto_txs t JOIN crypto_outputs o ON o.tx_id = t.id
       WHERE t.chain = ? AND t.txid = ? AND o.n = ?`,
    );
  }

  private addresses(chain: string): Map<string, number> {
    let m = this.addressMaps.get(chain);
    if (!m) {
      m = new Map();
      for (const row of this.db
        .prepare('SELECT id, address FROM crypto_addresses WHERE chain = ?')
        .raw()
        .iterate(chain)) {
        const [id, address] = row as [number, string];
        m.set(address, id);
      }
      this.addressMaps.set(chain, m);
    }
    return m;
  }

  addressId(
    chain: string,
    address: string | null | undefined,
    scriptType: string | null = null,
  ): number | null {
    if (!address) return null;
    const key = addressKey(chain, address);
    const m = this.addresses(chain);
    const known = m.get(key);
    if (known !== undefined) return known;
    const id = Number(this.insertAddress.run(chain, key, scriptType).lastInsertRowid);
    m.set(key, id);
    this.stats.newAddresses++;
    return id;
  }

  /** Inserts the transaction row; returns its id, or undefined when skipped as a duplicate. */
  private txRow(tx: ChainTx): number | undefined {
    const r = this.insertTx.run(
      tx.chain,
      tx.txid,
      tx.block.height,
      tx.block.hash,
      tx.block.time,
      tx.position,
      tx.fee === null ? null : toDbAmount(tx.fee),
      tx.kind === 'utxo' && tx.coinbase ? 1 : 0,
      this.importId,
    );
    if (r.changes === 1) return Number(r.lastInsertRowid);
    if (tx.kind === 'account') return Number(this.findTx.get(tx.chain, tx.txid));
    if (this.skipDuplicates) {
      this.stats.skippedDuplicates++;
      return undefined;
    }
    throw new TxProblem(tx.txid, 'duplicate transaction: already in the case or earlier in this import');
  }

  add(tx: ChainTx): void {
    if (tx.kind === 'utxo') this.addUtxo(tx);
    else this.addAccount(tx);
  }

  private addUtxo(tx: UtxoTx): void {
    const id = this.txRow(tx);
    if (id === undefined) return;
    tx.inputs.forEach((input, n) => {
      let addressId: number | null;
      let value: bigint;
      if (input.value === undefined) {
        const prev = this.findPrevout.get(tx.chain, input.prevTxid, input.prevN) as
          | { addressId: number | null; value: number | string }
          | undefined;
        if (!prev) {
          throw new TxProblem(
            tx.txid,
            `input ${n} spends ${input.prevTxid}:${input.prevN}, which is neither in the dump's prevouts nor in the case (export blocks with getblock verbosity 3)`,
          );
        }
        addressId = prev.addressId;
        value = BigInt(prev.value);
      } else {
        addressId = this.addressId(tx.chain, input.address, input.scriptType ?? null);
        value = input.value;
      }
      this.insertInput.run(id, n, input.prevTxid, input.prevN, addressId, toDbAmount(value));
    });
    for (const o of tx.outputs) {
      this.insertOutput.run(
        id,
        o.n,
        this.addressId(tx.chain, o.address, o.scriptType),
        toDbAmount(o.value),
        o.scriptType,
      );
    }
    this.stats.transactions++;
  }

  private addAccount(tx: AccountTx): void {
    const id = this.txRow(tx);
    if (id === undefined) return;
    for (const t of tx.transfers) {
      this.insertTransfer.run(
        id,
        t.idx,
        t.kind,
        t.asset,
        this.addressId(tx.chain, t.from),
        this.addressId(tx.chain, t.to),
        toDbAmount(t.value),
        t.decimals,
      );
    }
    this.stats.transactions++;
  }
}
