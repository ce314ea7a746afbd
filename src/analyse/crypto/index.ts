/**
 * @module analyse/crypto
 * Crypto capability: address validation, transaction import, clustering, tracing, tags,
 * simulation. Everything returns plain data; the case is passed in (`CryptoCase`, which
 * `SqliteCaseStore` satisfies).
 */
export * from './address/index.js';
export { CHANGE_HEURISTICS, type ChangeHeuristic } from './cluster/change-heuristics.js';
export { type ClusterOptions, clusterAddresses } from './cluster/cluster-addresses.js';
export { type CoinJoinKind, type CoinJoinVerdict, detectCoinJoin } from './cluster/detect-coinjoin.js';
export { evaluateClustering } from './cluster/evaluate-clustering.js';
export { type ClusterRecord, type ClusterRun, clusterCase } from './cluster/run-clustering.js';
export {
  type InvestigateOptions,
  type Investigation,
  investigateWallets,
} from './demo/investigate-wallets.js';
export { type ImportOptions, type ImportSummary, importCryptoFiles } from './import/import-files.js';
export { readChainFile } from './import/read-chain-file.js';
export type { AccountTx, ChainTx, UtxoTx } from './model/transaction.js';
export { type SimulateOptions, simulateChain } from './simulate/simulate-chain.js';
export { writeSimulation } from './simulate/write-simulation.js';
export type { CryptoCase } from './store/crypto-case.js';
export { loadUtxoGraph } from './store/load-utxo-graph.js';
export { parseTagList, type Tag, type TagCategory } from './tags/parse-tag-list.js';
export { bundledTags, importTagFiles, tagIndex } from './tags/tag-store.js';
export type { TraceModel } from './trace/taint.js';
export { type TraceRecord, type TraceReport, traceInCase } from './trace/trace-case.js';
export { traceFunds } from './trace/trace-funds.js';
