/**
 * @module cli/commands/crypto
 * `dragnet crypto validate|import|cluster|trace|tags|simulate`. Thin: parse options, call the
 * crypto capability (`analyse/crypto`), print. Records follow the CLI contract.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CHAINS, type Chain } from '../../analyse/crypto/address/types.js';
import { validateAddress } from '../../analyse/crypto/address/validate-address.js';
import { CHANGE_HEURISTICS, type ChangeHeuristic } from '../../analyse/crypto/cluster/change-heuristics.js';
import { clusterCase } from '../../analyse/crypto/cluster/run-clustering.js';
import { importCryptoFiles } from '../../analyse/crypto/import/import-files.js';
import type { UtxoChain } from '../../analyse/crypto/model/transaction.js';
import { writeSimulation } from '../../analyse/crypto/simulate/write-simulation.js';
import type { TagCategory } from '../../analyse/crypto/tags/parse-tag-list.js';
import { importTagFiles } from '../../analyse/crypto/tags/tag-store.js';
import type { TraceModel } from '../../analyse/crypto/trace/taint.js';
import { traceInCase } from '../../analyse/crypto/trace/trace-case.js';
import { DragnetError, describeError, usageError } from '../../core/errors.js';
import { withCase } from '../open-store.js';
import { formatTable, outputMode, writeJsonLine, writeLine } from '../output.js';
import { createProgress } from '../progress.js';
import { readStdin } from '../read-inputs.js';
import { action } from '../run-command.js';

const UTXO = ['btc', 'ltc', 'doge', 'bch'];

function chainOption(value: string | undefined, allowed: ReadonlyArray<string> = CHAINS): Chain | undefined {
  if (value === undefined) return undefined;
  const c = value.toLowerCase();
  if (!allowed.includes(c)) throw usageError(`unknown chain "${value}"`, `one of ${allowed.join(', ')}`);
  return c as Chain;
}

function registerValidate(crypto: Command): void {
  crypto
    .command('validate')
    .description(
      'validate addresses (BTC, LTC, DOGE, BCH, ETH/EVM, TRX, XMR, XRP, SOL); `-` reads one per line from stdin',
    )
    .argument('[address...]', 'addresses, or - for stdin')
    .option('--chain <chain>', 'accept only this chain')
    .action(
      action(async (inputs: string[], opts: { chain?: string }, self: Command) => {
        const chain = chainOption(opts.chain);
        let list = inputs;
        if (list.length === 0 || (list.length === 1 && list[0] === '-')) {
          list = (await readStdin())
            .toString('utf8')
            .split(/\r?\n/)
            .filter((l) => l.trim() !== '');
        }
        const results = list.map((a) => validateAddress(a, chain ? { chain } : {}));
        const mode = outputMode(self);
        if (mode === 'json') await writeJsonLine(results);
        else if (mode === 'jsonl') for (const r of results) await writeJsonLine(r);
        else {
          await writeLine(
            formatTable(
              [
                ['input', 'valid', 'chain', 'type', 'network', 'normalized / error'],
                ...results.map((r) => [
                  r.input,
                  r.valid ? 'yes' : 'NO',
                  r.chain ?? '-',
                  r.type ?? '-',
                  r.network ?? '-',
                  r.valid ? r.normalized : r.error,
                ]),
              ],
              100,
            ),
          );
        }
        return results.every((r) => r.valid) ? 0 : 3;
      }),
    );
}

function registerImport(crypto: Command): void {
  crypto
    .command('import')
    .description(
      'import transaction dumps (Bitcoin Core getblock/getrawtransaction JSON, Esplora JSON, EVM JSON-RPC blocks, Etherscan CSV); all files land or none',
    )
    .argument('<file...>', 'dump files')
    .option('--chain <chain>', 'UTXO chain of Core/Esplora dumps (default: detected, else btc)')
    .option('--skip-duplicates', 'skip transactions already in the case instead of failing')
    .option('--no-evidence', 'do not keep the files as evidence blobs')
    .action(
      action(
        async (
          files: string[],
          opts: { chain?: string; skipDuplicates?: boolean; evidence: boolean },
          self: Command,
        ) =>
          withCase(
            self,
            async (store) => {
              const chain = chainOption(opts.chain, UTXO) as UtxoChain | undefined;
              const progress = createProgress('importing');
              const mode = outputMode(self);
              let summary: Awaited<ReturnType<typeof importCryptoFiles>>;
              const started = Date.now();
              try {
                summary = await importCryptoFiles(store, files, {
                  ...(chain ? { chain } : {}),
                  skipDuplicates: opts.skipDuplicates ?? false,
                  keepEvidence: opts.evidence,
                  onProgress: (n) => progress.update(n, n, 'transactions'),
                });
              } catch (err) {
                progress.stop();
                if (mode !== 'human')
                  await writeJsonLine({
                    transactions: 0,
                    addresses: 0,
                    failed: [
                      { path: (err as DragnetError).subject ?? files.join(','), error: describeError(err) },
                    ],
                  });
                throw err;
              }
              progress.stop();
              for (const w of summary.warnings) process.stderr.write(`dragnet: warning: ${w}\n`);
              if (mode !== 'human') await writeJsonLine(summary);
              else {
                const secs = (Date.now() - started) / 1000;
                await writeLine(
                  `Imported ${summary.transactions} transactions, ${summary.addresses} new addresses in ${secs.toFixed(1)} s${summary.skippedDuplicates ? ` (${summary.skippedDuplicates} duplicates skipped)` : ''}`,
                );
                for (const f of summary.files)
                  await writeLine(`  ${f.path}: ${f.transactions} ${f.chain} transactions (${f.format})`);
              }
              return 0;
            },
            true,
          ),
      ),
    );
}

function registerCluster(crypto: Command): void {
  crypto
    .command('cluster')
    .description(
      'cluster addresses into wallets (multi-input with CoinJoin guard, change heuristics) and store the clusters',
    )
    .option('--chain <chain>', 'UTXO chain', 'btc')
    .option('--no-coinjoin-guard', 'also join the inputs of detected CoinJoins (for comparison only)')
    .option(
      '--change <list>',
      `change heuristics: comma list of ${CHANGE_HEURISTICS.join(', ')}, or none`,
      CHANGE_HEURISTICS.join(','),
    )
    .option('--min-change-votes <n>', 'change heuristics that must agree', '2')
    .option('--no-links', 'omit the per-link explanations from the output')
    .action(
      action(
        async (
          opts: {
            chain: string;
            coinjoinGuard: boolean;
            change: string;
            minChangeVotes: string;
            links: boolean;
          },
          self: Command,
        ) =>
          withCase(self, async (store) => {
            const chain = chainOption(opts.chain, UTXO) as string;
            const change = opts.change === 'none' ? [] : opts.change.split(',').map((s) => s.trim());
            for (const h of change)
              if (!(CHANGE_HEURISTICS as string[]).includes(h))
                throw usageError(`unknown change heuristic "${h}"`);
            const votes = Number(opts.minChangeVotes);
            if (!Number.isInteger(votes) || votes < 1)
              throw usageError('--min-change-votes must be a positive integer');
            const run = await clusterCase(store, chain, {
              coinjoinGuard: opts.coinjoinGuard,
              change: change as ChangeHeuristic[],
              minChangeVotes: votes,
            });
            const mode = outputMode(self);
            const records = run.clusters.map((c) => (opts.links ? c : { ...c, links: undefined }));
            if (mode === 'json') await writeJsonLine({ stats: run.stats, clusters: records });
            else if (mode === 'jsonl') for (const c of records) await writeJsonLine(c);
            else {
              const s = run.stats;
              await writeLine(
                `${run.clusters.length} clusters of 2+ addresses from ${s.transactions} transactions; CoinJoins skipped: ${Object.entries(
                  s.coinjoins,
                )
                  .map(([k, v]) => `${v} ${k}`)
                  .join(', ')}`,
              );
              await writeLine(
                formatTable(
                  [
                    ['cluster', 'size', 'heuristics', 'first address'],
                    ...run.clusters
                      .slice(0, 50)
                      .map((c) => [c.cluster, c.size, c.heuristics.join(' '), c.addresses[0]]),
                  ],
                  80,
                ),
              );
            }
            return 0;
          }),
      ),
    );
}

function registerTrace(crypto: Command): void {
  crypto
    .command('trace')
    .description(
      'follow funds from an address, txid or txid:n; stops at tagged entities and reports exposure',
    )
    .argument('<seed>', 'address, txid, or txid:n')
    .option('--hops <n>', 'maximum transactions to follow', '6')
    .option('--model <model>', 'fifo, haircut or poison', 'haircut')
    .option('--direction <dir>', 'forward or back', 'forward')
    .option(
      '--no-bundled-tags',
      'use only the case tags (not the OFAC and public lists shipped with Dragnet)',
    )
    .action(
      action(
        async (
          seed: string,
          opts: { hops: string; model: string; direction: string; bundledTags: boolean },
          self: Command,
        ) =>
          withCase(self, async (store) => {
            const hops = Number(opts.hops);
            if (!Number.isInteger(hops) || hops < 0 || hops > 1000)
              throw usageError('--hops must be an integer from 0 to 1000');
            if (!['fifo', 'haircut', 'poison'].includes(opts.model))
              throw usageError(`unknown model "${opts.model}"`, 'fifo, haircut or poison');
            if (!['forward', 'back'].includes(opts.direction))
              throw usageError(`unknown direction "${opts.direction}"`, 'forward or back');
            const report = traceInCase(store, seed, {
              hops,
              model: opts.model as TraceModel,
              direction: opts.direction as 'forward' | 'back',
              bundledTags: opts.bundledTags,
            });
            const mode = outputMode(self);
            if (mode === 'json') await writeJsonLine(report);
            else if (mode === 'jsonl') for (const r of report.results) await writeJsonLine(r);
            else {
              await writeLine(
                `Traced ${report.seedAmount} base units from ${seed} (${report.model}, ${report.direction}, ${report.hops} hops); fees ${report.fees}`,
              );
              await writeLine(
                formatTable(
                  [
                    ['address', 'amount', 'hops', 'status', 'entity'],
                    ...report.results.map((r) => [
                      r.address ?? '-',
                      r.amount,
                      r.hops,
                      r.status,
                      r.tag ? `${r.tag.label} (${r.tag.category})` : '',
                    ]),
                  ],
                  70,
                ),
              );
              if (report.exposure.length > 0) {
                await writeLine('Exposure:');
                await writeLine(
                  formatTable(
                    report.exposure.map((e) => [
                      `  ${e.label}`,
                      e.category,
                      e.amount,
                      `${(e.share * 100).toFixed(2)} %`,
                    ]),
                  ),
                );
              }
            }
            return 0;
          }),
      ),
    );
}

function registerTags(crypto: Command): void {
  const tags = crypto.command('tags').description('address tag lists (exchange, mixer, scam, sanctioned…)');
  tags
    .command('import')
    .description(
      'import CSV/JSON tag lists (address,label,category,source[,chain]); invalid rows are reported, not imported',
    )
    .argument('<file...>')
    .option('--category <c>', 'category for rows without one')
    .option('--source <s>', 'source for rows without one')
    .option('--chain <chain>', 'chain for rows without one (checked against each address)')
    .action(
      action(
        async (
          files: string[],
          opts: { category?: string; source?: string; chain?: string },
          self: Command,
        ) =>
          withCase(
            self,
            async (store) => {
              const chain = chainOption(opts.chain);
              const r = await importTagFiles(store, files, {
                ...(opts.category ? { category: opts.category as TagCategory } : {}),
                ...(opts.source ? { source: opts.source } : {}),
                ...(chain ? { chain } : {}),
              });
              if (outputMode(self) !== 'human') await writeJsonLine(r);
              else {
                await writeLine(`Imported ${r.imported} tags; ${r.rejected.length} rows rejected`);
                for (const x of r.rejected) await writeLine(`  ${x.error}: ${x.address}`);
              }
              return 0;
            },
            true,
          ),
      ),
    );
}

function registerSimulate(crypto: Command): void {
  crypto
    .command('simulate')
    .description(
      'write a seeded synthetic Bitcoin economy (getblock verbosity-3 JSON) with ground-truth owners and flows',
    )
    .requiredOption('--out <dir>', 'output folder')
    .option('--transactions <n>', 'about how many transactions', '10000')
    .option('--seed <n>', 'random seed', '1')
    .option('--hops <n>', 'peel hops per criminal flow', '8')
    .option('--tx-per-block <n>', 'transactions per block', '200')
    .option(
      '--scam-wallets <file>',
      'JSON [{chain,address,role}] of BTC scam wallets that victims pay (e.g. samples/wallets.json)',
    )
    .action(
      action(
        async (
          opts: {
            out: string;
            transactions: string;
            seed: string;
            hops: string;
            txPerBlock: string;
            scamWallets?: string;
          },
          self: Command,
        ) => {
          const transactions = Number(opts.transactions);
          const txPerBlock = Number(opts.txPerBlock);
          if (!Number.isInteger(txPerBlock) || txPerBlock < 2)
            throw usageError('--tx-per-block must be an integer >= 2');
          const seed = Number(opts.seed);
          const hops = Number(opts.hops);
          if (!Number.isInteger(transactions) || transactions < 10)
            throw usageError('--transactions must be an integer >= 10');
          if (!Number.isInteger(seed) || !Number.isInteger(hops) || hops < 1)
            throw usageError('--seed and --hops must be integers');
          let scams: { address: string; label: string }[] = [];
          if (opts.scamWallets) {
            let rows: Array<{ chain?: string; address?: string; role?: string }>;
            try {
              rows = JSON.parse(readFileSync(opts.scamWallets, 'utf8')) as typeof rows;
            } catch (err) {
              throw new DragnetError('BAD_INPUT', `not a JSON wallet list (${(err as Error).message})`, {
                subject: opts.scamWallets,
              });
            }
            scams = rows
              .filter(
                (r) => r.chain === 'btc' && r.address && validateAddress(r.address, { chain: 'btc' }).valid,
              )
              .map((r) => ({ address: r.address as string, label: r.role ?? 'scam wallet' }));
          }
          const sim = writeSimulation(opts.out, { seed, transactions, hops, scams, txPerBlock });
          if (outputMode(self) !== 'human')
            await writeJsonLine({ ...sim, truth: { ...sim.truth, entities: sim.truth.entities.length } });
          else
            await writeLine(
              `Wrote ${sim.truth.transactions} transactions in ${sim.truth.blocks} blocks to ${sim.blocks}; tags ${sim.tags}; truth in ${sim.addresses} and ${sim.flows}`,
            );
          return 0;
        },
      ),
    );
}

export function register(program: Command): void {
  const crypto = program
    .command('crypto')
    .description('crypto addresses, transactions, clustering and fund tracing');
  registerValidate(crypto);
  registerImport(crypto);
  registerCluster(crypto);
  registerTrace(crypto);
  registerTags(crypto);
  registerSimulate(crypto);
}
