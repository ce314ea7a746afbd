/**
 * @module analyse/crypto/store/crypto-case
 * What the crypto capability needs from a case: its SQLite handle (for the `crypto_*` tables of
 * migration 0002) and `write()`, which wraps one SQLite transaction and one audit entry. The
 * case store's `SqliteCaseStore` satisfies it as is; tests may pass any object of this shape.
 */
import type Database from 'better-sqlite3';
import type { CaseWriter, WriteOptions } from '../../../case/case-store.js';

export interface CryptoCase {
  readonly db: Database.Database;
  write<T>(options: WriteOptions, fn: (w: CaseWriter) => T | Promise<T>): Promise<T>;
}

/** Amounts up to 2^53 are stored as INTEGER, larger ones (wei) as decimal TEXT. */
export const toDbAmount = (v: bigint): number | string =>
  v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();

export const fromDbAmount = (v: unknown): bigint => {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'string') return BigInt(v);
  return 0n;
};

/** The key an address is stored under: EVM addresses lower-case, others in their normalised form. */
export const addressKey = (chain: string, normalized: string): string =>
  chain === 'eth' ? normalized.toLowerCase() : normalized;
