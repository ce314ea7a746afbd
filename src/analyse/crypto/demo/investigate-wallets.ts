/**
 * @module analyse/crypto/demo/investigate-wallets
 * The whole crypto investigation in one call, for `dragnet demo` and the API: import dumps and
 * tag lists into the case, cluster, then trace each wallet forward to the entities it paid.
 * Returns plain data; wallets absent from the data are reported, not fatal.
 */
import { isDragnetError } from '../../../core/errors.js';
import { type ClusterRun, clusterCase } from '../cluster/run-clustering.js';
import { type ImportSummary, importCryptoFiles } from '../import/import-files.js';
import type { CryptoCase } from '../store/crypto-case.js';
import { importTagFiles, type TagImportSummary } from '../tags/tag-store.js';
import { type TraceReport, traceInCase } from '../trace/trace-case.js';

export interface InvestigateOptions {
  dumps: ReadonlyArray<string>;
  tagFiles?: ReadonlyArray<string>;
  wallets: ReadonlyArray<string>;
  hops?: number;
}

export interface Investigation {
  imported: ImportSummary;
  tags: TagImportSummary | null;
  clusters: Pick<ClusterRun, 'stats'> & { count: number };
  traces: TraceReport[];
  notFound: { wallet: string; error: string }[];
}

export async function investigateWallets(
  store: CryptoCase,
  options: InvestigateOptions,
): Promise<Investigation> {
  const imported = await importCryptoFiles(store, options.dumps, { skipDuplicates: true });
  const tags =
    options.tagFiles && options.tagFiles.length > 0 ? await importTagFiles(store, options.tagFiles) : null;
  const run = await clusterCase(store, 'btc');
  const traces: TraceReport[] = [];
  const notFound: { wallet: string; error: string }[] = [];
  for (const w of options.wallets) {
    try {
      traces.push(traceInCase(store, w, { hops: options.hops ?? 10, model: 'haircut' }));
    } catch (err) {
      if (!isDragnetError(err)) throw err;
      notFound.push({ wallet: w, error: err.message });
    }
  }
  return { imported, tags, clusters: { stats: run.stats, count: run.clusters.length }, traces, notFound };
}
