/**
 * @module cli/commands/ingest
 * `dragnet ingest PATH…`: files and folders into the case (created if missing). Exit 3 when
 * nothing could be ingested and something failed; partial failures are listed on stderr.
 */
import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import { type IngestReport, ingestPaths } from '../../ingest/ingest-paths.js';
import { withCase } from '../open-store.js';
import { outputMode, writeJsonLine, writeLine } from '../output.js';
import { createProgress } from '../progress.js';
import { action } from '../run-command.js';

interface IngestCliOptions {
  textColumn?: string;
  region?: string;
  maxFileSize?: string;
  analyse: boolean;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'ingest evidence files and folders (eml, mbox, msg, WhatsApp, Telegram, SMS backup, CSV/JSONL, html, txt, zip, any file)',
    )
    .argument('<path...>', 'files or folders (walked recursively)')
    .option('--text-column <name>', 'CSV/JSONL exports: the column holding the message text')
    .option('--region <cc>', 'default phone region for national numbers, e.g. DE')
    .option('--max-file-size <MiB>', 'largest single message/file read into memory, in MiB', '64')
    .option('--no-analyse', 'store evidence only; skip indicator extraction, impersonation and triage')
    .action(
      action(async (paths: string[], opts: IngestCliOptions, self: Command) => {
        const maxMiB = Number(opts.maxFileSize);
        if (!Number.isFinite(maxMiB) || maxMiB <= 0)
          throw usageError('--max-file-size takes a positive number of MiB');
        const report = await withCase(
          self,
          async (store) => {
            const progress = createProgress('ingesting');
            try {
              return await ingestPaths(store, paths, {
                ...(opts.textColumn ? { textColumn: opts.textColumn } : {}),
                ...(opts.region ? { region: opts.region.toUpperCase() } : {}),
                limits: { maxInMemoryBytes: Math.floor(maxMiB * 1024 * 1024) },
                ...(opts.analyse ? {} : { analysers: [] }),
                onProgress: (p) => progress.update(p.filesDone, p.filesTotal, `${p.items} items ${p.path}`),
              });
            } finally {
              progress.stop();
            }
          },
          true,
        );
        await printReport(report, outputMode(self));
        return report.ingested === 0 && report.duplicates === 0 && report.failed.length > 0 ? 3 : 0;
      }),
    );
}

async function printReport(report: IngestReport, mode: 'human' | 'json' | 'jsonl'): Promise<void> {
  for (const f of report.failed) process.stderr.write(`dragnet: ${f.path}: ${f.error}\n`);
  if (mode === 'json') {
    await writeJsonLine(report);
    return;
  }
  if (mode === 'jsonl') {
    for (const e of report.evidence) await writeJsonLine(e);
    return;
  }
  await writeLine(
    `ingested ${report.ingested} item(s), ${report.duplicates} duplicate(s), ${report.failed.length} failure(s)`,
  );
}
