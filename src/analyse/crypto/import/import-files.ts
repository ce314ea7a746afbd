/**
 * @module analyse/crypto/import/import-files
 * `dragnet crypto import`: streams dump files into the case in ONE write (one SQLite transaction,
 * one audit entry). Either every file lands or none does. Each file is also kept as an evidence
 * item (content-addressed blob, kind `crypto-transactions`) so the analysis can be reproduced.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { evidenceIdFromSha256 } from '../../../core/evidence.js';
import type { UtxoChain } from '../model/transaction.js';
import type { CryptoCase } from '../store/crypto-case.js';
import { TxWriter } from '../store/tx-writer.js';
import { type FileInfo, readChainFile, toDragnetError } from './read-chain-file.js';

/** Total input size from which secondary indexes are rebuilt instead of maintained. */
const BULK_BYTES = 64 * 1024 * 1024;

/** Must match migration 0002-crypto. */
const SECONDARY_INDEXES = [
  {
    name: 'crypto_outputs_address',
    sql: 'CREATE INDEX crypto_outputs_address ON crypto_outputs (address_id)',
  },
  { name: 'crypto_inputs_prev', sql: 'CREATE INDEX crypto_inputs_prev ON crypto_inputs (prev_txid, prev_n)' },
  { name: 'crypto_inputs_address', sql: 'CREATE INDEX crypto_inputs_address ON crypto_inputs (address_id)' },
];

function fileSize(f: string): number | undefined {
  try {
    return statSync(f).size;
  } catch {
    return undefined;
  }
}

/** A folder stands for its dump files (`*.json`, `*.jsonl`, `*.csv`), in name order. */
export function expandDumpPaths(paths: ReadonlyArray<string>): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return [p];
    }
    if (!isDir) return [p];
    return readdirSync(p)
      .filter((n) => /\.(json|jsonl|ndjson|csv)$/i.test(n))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((n) => path.join(p, n));
  });
}

export interface ImportOptions {
  chain?: UtxoChain;
  /** Skip transactions already in the case instead of failing (re-importing an overlapping dump). */
  skipDuplicates?: boolean;
  /** Keep each file as an evidence blob (default true). */
  keepEvidence?: boolean;
  onProgress?: (transactions: number) => void;
}

export interface ImportedFile {
  path: string;
  sha256: string | null;
  format: string;
  chain: string;
  transactions: number;
}

/** The `dragnet crypto import --json` document. */
export interface ImportSummary {
  transactions: number;
  addresses: number;
  skippedDuplicates: number;
  files: ImportedFile[];
  failed: { path: string; error: string }[];
  warnings: string[];
}

export async function importCryptoFiles(
  store: CryptoCase,
  inputs: ReadonlyArray<string>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const files = expandDumpPaths(inputs);
  const warnings: string[] = [];
  return store.write(
    {
      action: 'crypto.import',
      target: files.map((f) => path.basename(f)).join(', '),
      details: { files: [...files] },
    },
    async (w) => {
      const imported: ImportedFile[] = [];
      const insertImport = store.db.prepare(
        'INSERT INTO crypto_imports (audit_seq, path, sha256, evidence_id, format, chain, transactions) VALUES (?, ?, ?, ?, ?, ?, 0)',
      );
      const finishImport = store.db.prepare(
        'UPDATE crypto_imports SET format = ?, chain = ?, transactions = ? WHERE id = ?',
      );
      // Index pages of address, txid and prevout keys are hit at random: a large page cache turns
      // that from disk-bound into memory-bound on million-transaction dumps.
      const previousCache = store.db.pragma('cache_size', { simple: true });
      store.db.pragma('cache_size = -1000000');
      // For bulk loads, building the secondary indexes once at the end (a sort) beats updating
      // them row by row at random; both happen inside the same transaction.
      const bulk = files.reduce((s, f) => s + (fileSize(f) ?? 0), 0) >= BULK_BYTES;
      if (bulk) for (const ix of SECONDARY_INDEXES) store.db.exec(`DROP INDEX IF EXISTS ${ix.name}`);
      let total = 0;
      let addresses = 0;
      let skipped = 0;
      for (const file of files) {
        let sha256: string | null = null;
        let evidenceId: string | null = null;
        try {
          const size = statSync(file).size;
          if (options.keepEvidence !== false) {
            sha256 = await w.putBlobFromFile(file);
            evidenceId = evidenceIdFromSha256(sha256);
            w.addEvidence({
              id: evidenceId,
              sha256,
              kind: 'crypto-transactions',
              path: file,
              fileName: path.basename(file),
              size,
            });
          }
        } catch (err) {
          throw toDragnetError(file, err);
        }
        const importId = Number(
          insertImport.run(w.seq, file, sha256 ?? '', evidenceId, 'unknown', 'unknown').lastInsertRowid,
        );
        const writer = new TxWriter(store.db, importId, options.skipDuplicates ?? false);
        const info: FileInfo = { format: undefined, chain: undefined };
        try {
          for await (const tx of readChainFile(
            file,
            { ...(options.chain ? { chain: options.chain } : {}), warn: (m) => warnings.push(m) },
            info,
          )) {
            writer.add(tx);
            if (options.onProgress && writer.stats.transactions % 10_000 === 0)
              options.onProgress(total + writer.stats.transactions);
          }
        } catch (err) {
          throw toDragnetError(file, err);
        }
        finishImport.run(
          info.format ?? 'empty',
          info.chain ?? 'unknown',
          writer.stats.transactions,
          importId,
        );
        imported.push({
          path: file,
          sha256,
          format: info.format ?? 'empty',
          chain: info.chain ?? 'unknown',
          transactions: writer.stats.transactions,
        });
        total += writer.stats.transactions;
        addresses += writer.stats.newAddresses;
        skipped += writer.stats.skippedDuplicates;
      }
      if (bulk) for (const ix of SECONDARY_INDEXES) store.db.exec(ix.sql);
      store.db.pragma(`cache_size = ${Number(previousCache)}`);
      w.note({ transactions: total, addresses, skippedDuplicates: skipped });
      return {
        transactions: total,
        addresses,
        skippedDuplicates: skipped,
        files: imported,
        failed: [],
        warnings,
      };
    },
  );
}
