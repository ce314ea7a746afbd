/**
 * @module analyse/crypto/tags/tag-lookup
 * Answers "which tagged entity is this address?" during a trace, lazily: a trace touches tens
 * to thousands of addresses, while a case may hold hundreds of thousands of tags, so nothing is
 * loaded up front. An address counts as tagged when it is tagged itself (case tags first, then
 * the bundled lists) or when its cluster holds a tagged address (then `cluster` says which).
 */
import type { CryptoCase } from '../store/crypto-case.js';
import { bundledTags } from './tag-store.js';

export interface TagRef {
  label: string;
  category: string;
  source: string;
  /** Set when the tag comes from another address of the same cluster. */
  cluster?: string;
}

export function tagLookup(
  store: Pick<CryptoCase, 'db'>,
  chain: string,
  withBundled = true,
): (address: string) => TagRef | undefined {
  const db = store.db;
  const direct = db.prepare(
    'SELECT label, category, source FROM crypto_tags WHERE chain = ? AND address = ? ORDER BY rowid LIMIT 1',
  );
  const clusterOf = db
    .prepare(
      'SELECT c.cluster FROM crypto_clusters c JOIN crypto_addresses a ON a.id = c.address_id WHERE a.chain = ? AND a.address = ?',
    )
    .pluck();
  const clusterTag = db.prepare(
    `SELECT t.label, t.category, t.source FROM crypto_clusters c
       JOIN crypto_addresses a ON a.id = c.address_id
       JOIN crypto_tags t ON t.chain = a.chain AND t.address = a.address
     WHERE c.cluster = ? ORDER BY t.rowid LIMIT 1`,
  );
  const bundled = new Map<string, TagRef>();
  if (withBundled)
    for (const t of bundledTags())
      if (t.chain === chain && !bundled.has(t.address))
        bundled.set(t.address, { label: t.label, category: t.category, source: t.source });
  // Clusters holding a bundled-tagged address: a few hundred lookups, once.
  const bundledClusters = new Map<string, TagRef>();
  for (const [address, tag] of bundled) {
    const c = clusterOf.get(chain, address) as string | undefined;
    if (c && !bundledClusters.has(c)) bundledClusters.set(c, tag);
  }
  const byAddress = new Map<string, TagRef | undefined>();
  const byCluster = new Map<string, TagRef | undefined>();
  return (address) => {
    if (byAddress.has(address)) return byAddress.get(address);
    let tag: TagRef | undefined = (direct.get(chain, address) as TagRef | undefined) ?? bundled.get(address);
    if (!tag) {
      const c = clusterOf.get(chain, address) as string | undefined;
      if (c) {
        if (!byCluster.has(c))
          byCluster.set(c, (clusterTag.get(c) as TagRef | undefined) ?? bundledClusters.get(c));
        const ct = byCluster.get(c);
        if (ct) tag = { ...ct, cluster: c };
      }
    }
    if (tag) tag = { ...tag };
    byAddress.set(address, tag);
    return tag;
  };
}
