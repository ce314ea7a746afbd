/**
 * @module analyse/crypto/cluster/run-clustering
 * `dragnet crypto cluster`: loads a chain from the case, clusters it, stores the clusters and
 * their links (one write, one audit entry) and returns them as plain records: `{cluster,
 * addresses, heuristics, links}`. Cluster ids are derived from the cluster's smallest address,
 * so the same data gives the same ids in any case.
 */
import { createHash } from 'node:crypto';
import type { CryptoCase } from '../store/crypto-case.js';
import { loadUtxoGraph } from '../store/load-utxo-graph.js';
import {
  type Clustering,
  type ClusteringStats,
  type ClusterOptions,
  clusterAddresses,
  heuristicNames,
} from './cluster-addresses.js';

export interface ClusterLinkRecord {
  a: string;
  b: string;
  heuristic: string[];
  txid: string;
}

/** One line of `dragnet crypto cluster --jsonl`. */
export interface ClusterRecord {
  cluster: string;
  chain: string;
  size: number;
  addresses: string[];
  heuristics: string[];
  links: ClusterLinkRecord[];
}

export interface ClusterRun {
  stats: ClusteringStats;
  clusters: ClusterRecord[];
}

export const clusterIdOf = (chain: string, smallest: string): string =>
  `${chain}-${createHash('sha256').update(`${chain}:${smallest}`).digest('hex').slice(0, 12)}`;

/** Turns a clustering into records (clusters of two or more addresses), largest first. */
export function clusterRecords(
  db: CryptoCase['db'],
  chain: string,
  c: Clustering,
  graphTxDbIds: Int32Array,
): ClusterRecord[] {
  const address = new Map<number, string>();
  for (const r of db
    .prepare('SELECT id, address FROM crypto_addresses WHERE chain = ?')
    .raw()
    .iterate(chain)) {
    const [id, a] = r as [number, string];
    if (c.present[id]) address.set(id, a);
  }
  const members = new Map<number, number[]>();
  for (const id of address.keys()) {
    const root = c.uf.find(id);
    let m = members.get(root);
    if (!m) {
      m = [];
      members.set(root, m);
    }
    m.push(id);
  }
  const txid = db.prepare('SELECT txid FROM crypto_txs WHERE id = ?').pluck();
  const linksByRoot = new Map<number, ClusterLinkRecord[]>();
  for (let k = 0; k < c.links.count; k++) {
    const a = c.links.a[k] as number;
    const root = c.uf.find(a);
    let l = linksByRoot.get(root);
    if (!l) {
      l = [];
      linksByRoot.set(root, l);
    }
    l.push({
      a: address.get(a) ?? String(a),
      b: address.get(c.links.b[k] as number) ?? String(c.links.b[k]),
      heuristic: heuristicNames(c.links.bits[k] as number),
      txid: String(txid.get(graphTxDbIds[c.links.tx[k] as number])),
    });
  }
  const out: ClusterRecord[] = [];
  for (const [root, ids] of members) {
    if (ids.length < 2) continue;
    const addresses = ids.map((i) => address.get(i) as string).sort();
    const links = linksByRoot.get(root) ?? [];
    const heuristics = [...new Set(links.flatMap((l) => l.heuristic))].sort();
    out.push({
      cluster: clusterIdOf(chain, addresses[0] as string),
      chain,
      size: addresses.length,
      addresses,
      heuristics,
      links,
    });
  }
  return out.sort((x, y) => y.size - x.size || (x.cluster < y.cluster ? -1 : 1));
}

/** Clusters `chain` in the case and stores the result (replacing the previous clustering of that chain). */
export async function clusterCase(
  store: CryptoCase,
  chain = 'btc',
  options: ClusterOptions = {},
): Promise<ClusterRun> {
  const graph = loadUtxoGraph(store.db, chain);
  const c = clusterAddresses(graph, options);
  const clusters = clusterRecords(store.db, chain, c, graph.txDbIds);
  await store.write(
    { action: 'crypto.cluster', target: chain, details: { options: c.options, stats: c.stats } },
    () => {
      const db = store.db;
      db.prepare(
        'DELETE FROM crypto_clusters WHERE address_id IN (SELECT id FROM crypto_addresses WHERE chain = ?)',
      ).run(chain);
      db.prepare('DELETE FROM crypto_cluster_links WHERE cluster LIKE ?').run(`${chain}-%`);
      const ids = db.prepare('SELECT id FROM crypto_addresses WHERE chain = ? AND address = ?').pluck();
      const member = db.prepare('INSERT INTO crypto_clusters (address_id, cluster) VALUES (?, ?)');
      const link = db.prepare(
        'INSERT INTO crypto_cluster_links (cluster, a, b, heuristic, txid) VALUES (?, ?, ?, ?, ?)',
      );
      for (const cl of clusters) {
        for (const a of cl.addresses) member.run(ids.get(chain, a), cl.cluster);
        for (const l of cl.links)
          link.run(cl.cluster, ids.get(chain, l.a), ids.get(chain, l.b), l.heuristic.join('+'), l.txid);
      }
    },
  );
  return { stats: c.stats, clusters };
}
