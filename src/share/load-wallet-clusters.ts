/**
 * @module share/load-wallet-clusters
 * Wallet address → cluster id, from the crypto analyser's clustering tables (migration
 * `0002-crypto`), so exports and the entity graph can say "these wallets are one entity". Only
 * clusters of two or more addresses count; a case without crypto data yields an empty map.
 */
import type { CaseStore } from '../case/case-store.js';
import { canonicalValue } from '../graph/normalise-entity.js';
import type { SqlCaseStore } from './intel-store.js';

const hasDb = (store: CaseStore): store is SqlCaseStore => 'db' in store;

/** The map, keyed by canonical address (as observables are). */
export function loadWalletClusters(store: CaseStore): Map<string, string> {
  const out = new Map<string, string>();
  if (!hasDb(store)) return out;
  let rows: { chain: string; address: string; cluster: string }[];
  try {
    rows = store.db
      .prepare(
        `SELECT a.chain, a.address, c.cluster FROM crypto_clusters c
         JOIN crypto_addresses a ON a.id = c.address_id
         WHERE c.cluster IN (SELECT cluster FROM crypto_clusters GROUP BY cluster HAVING COUNT(*) > 1)
         ORDER BY c.cluster, a.address`,
      )
      .all() as { chain: string; address: string; cluster: string }[];
  } catch {
    return out; // crypto tables absent (older case): no clusters
  }
  for (const r of rows) out.set(canonicalValue(r.chain.toLowerCase(), r.address), r.cluster);
  return out;
}
