/**
 * @module cli/commands/ingest
 * `dragnet ingest PATH…`: files and folders into the case (created if missing). Exit 3 when
 * nothing could be ingested and something failed; partial failures are listed on stderr.
 */
import type { Command } from 'commander';
import { usageError } from '../../core/errors.js';
import { EvidenceSpool } from '../../ingest/evidence-spool.js';
import { type IngestedItem, type IngestReport, ingestPaths } from '../../ingest/ingest-paths.js';
import { withCase } from '../open-store.js';
import { outputMode, writeLine } from '../output.js';
import { createProgress } from '../progress.js';
import { action } from '../run-command.js';

interface IngestCliOptions {
  textColumn?: string;
  region?: string;
  maxFileSize?: string;
  analyse: boolean;
  parseWorkers?: string;
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
    .option(
      '--parse-workers <n>',
      'threads parsing and analysing mailbox messages (0: none; default: 1 with analysers, else one per core)',
    )
    .action(
      action(async (paths: string[], opts: IngestCliOptions, self: Command) => {
        const maxMiB = Number(opts.maxFileSize);
        if (!Number.isFinite(maxMiB) || maxMiB <= 0)
          throw usageError('--max-file-size takes a positive number of MiB');
        const parseWorkers = opts.parseWorkers === undefined ? undefined : Number(opts.parseWorkers);
        if (
          parseWorkers !== undefined &&
          !(Number.isInteger(parseWorkers) && parseWorkers >= 0 && parseWorkers <= 64)
        )
          throw usageError('--parse-workers takes a whole number from 0 to 64');
        const mode = outputMode(self);
        // Machine output lists every item: spooled to a temporary file, not held in memory.
        const spool = mode === 'human' ? undefined : new EvidenceSpool<IngestedItem>();
        try {
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
                  ...(spool ? { evidenceSpool: spool } : {}),
                  ...(parseWorkers !== undefined ? { parseWorkers } : {}),
                  onProgress: (p) => progress.update(p.filesDone, p.filesTotal, `${p.items} items ${p.path}`),
                });
              } finally {
                progress.stop();
              }
            },
            true,
          );
          await printReport(report, mode, spool);
          return report.ingested === 0 && report.duplicates === 0 && report.failed.length > 0 ? 3 : 0;
        } finally {
          spool?.close();
        }
      }),
    );
}

async function printReport(
  report: IngestReport,
  mode: 'human' | 'json' | 'jsonl',
  spool: EvidenceSpool<IngestedItem> | undefined,
): Promise<void> {
  for (const f of report.failed) process.stderr.write(`dragnet: ${f.path}: ${f.error}\n`);
  const items = spool ? spool.jsonTexts() : report.evidence.map((e) => JSON.stringify(e));
  if (mode === 'json') {
    // The same document as JSON.stringify(report), written piece by piece.
    const { evidence: _listed, ...counts } = report;
    const head = JSON.stringify({ ...counts, evidence: [] });
    await writeText(head.slice(0, -2));
    let first = true;
    for (const item of items) {
      await writeText(first ? item : `,${item}`);
      first = false;
    }
    await writeLine(']}');
    return;
  }
  if (mode === 'jsonl') {
    for (const item of items) await writeLine(item);
    return;
  }
  await writeLine(
    `ingested ${report.ingested} item(s), ${report.duplicates} duplicate(s), ${report.failed.length} failure(s)`,
  );
}

/** Writes to stdout without a line end, honouring back-pressure (as `writeLine` does). */
async function writeText(text: string): Promise<void> {
  if (!process.stdout.write(text)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}
