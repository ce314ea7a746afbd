/**
 * @module cli/commands/case
 * `dragnet case init|info|verify|audit`.
 */
import type { Command } from 'commander';
import { initCase } from '../../case/open-case.js';
import { EXIT_CODES } from '../../core/errors.js';
import { EVIDENCE_KINDS } from '../../core/evidence.js';
import { TRIAGE_CLASSES } from '../../core/finding.js';
import { formatBytes } from '../../ingest/source-file.js';
import { caseDir } from '../case-option.js';
import { withCase } from '../open-store.js';
import { formatTable, outputMode, writeJsonLine, writeLine } from '../output.js';
import { createProgress } from '../progress.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  const cmd = program.command('case').description('create, inspect and verify a case');

  cmd
    .command('init')
    .description('create a new, empty case in --case DIR')
    .option('--name <name>', 'human name of the case (default: the folder name)')
    .action(
      action(async (opts: { name?: string }, self: Command) => {
        const store = await initCase(caseDir(self), opts.name ? { name: opts.name } : {});
        const info = store.info;
        store.close();
        if (outputMode(self) === 'human')
          await writeLine(`Created case "${info.name}" (${info.id}) in ${info.dir}`);
        else await writeJsonLine(info);
        return 0;
      }),
    );

  cmd
    .command('info')
    .description('show the case identity and what it holds')
    .action(
      action(async (_opts: unknown, self: Command) =>
        withCase(self, async (store) => {
          const kinds = new Map<string, number>();
          for (const k of EVIDENCE_KINDS) {
            const n = store.countEvidence({ kind: k });
            if (n > 0) kinds.set(k, n);
          }
          const verdicts: Record<string, number> = {};
          for (const c of TRIAGE_CLASSES) verdicts[c] = store.countEvidence({ verdictClass: c });
          const audit = store.listAudit();
          const info = {
            ...store.info,
            evidence: store.countEvidence(),
            byKind: Object.fromEntries(kinds),
            verdicts,
            observables: store.listObservables().length,
            auditEntries: audit.length,
            lastChange: audit.at(-1)?.ts ?? null,
          };
          if (outputMode(self) !== 'human') {
            await writeJsonLine(info);
            return 0;
          }
          await writeLine(`Case "${info.name}" (${info.id})`);
          await writeLine(`  folder:       ${info.dir}`);
          await writeLine(`  created:      ${info.createdAt}`);
          await writeLine(
            `  evidence:     ${info.evidence} (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ') || 'none'})`,
          );
          await writeLine(
            `  verdicts:     ${Object.entries(verdicts)
              .map(([k, n]) => `${n} ${k}`)
              .join(', ')}`,
          );
          await writeLine(`  indicators:   ${info.observables}`);
          await writeLine(
            `  audit log:    ${info.auditEntries} entries, last change ${info.lastChange ?? '-'}`,
          );
          return 0;
        }),
      ),
    );

  cmd
    .command('verify')
    .description(
      're-hash every blob and the audit chain; report exactly what was tampered with (exit 4 if anything was)',
    )
    .action(
      action(async (_opts: unknown, self: Command) =>
        withCase(self, async (store) => {
          const progress = createProgress('verifying');
          const started = process.hrtime.bigint();
          const report = await store.verify((done, total) => progress.update(done, total));
          progress.stop();
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          if (outputMode(self) !== 'human') {
            await writeJsonLine({ ...report, seconds });
          } else {
            await writeLine(
              `${report.ok ? 'OK' : 'TAMPERED'}: ${report.blobsChecked} blobs (${formatBytes(report.bytesChecked)}), ${report.auditEntriesChecked} audit entries, ${report.evidenceChecked} evidence items checked in ${seconds.toFixed(2)} s`,
            );
            for (const p of report.problems) await writeLine(`  ${p.kind}: ${p.message}`);
          }
          return report.ok ? 0 : EXIT_CODES.INTEGRITY;
        }),
      ),
    );

  cmd
    .command('audit')
    .description('print the audit log (who did what, when), oldest first')
    .option('--from <seq>', 'first entry to print', '1')
    .action(
      action(async (opts: { from: string }, self: Command) =>
        withCase(self, async (store) => {
          const entries = store.listAudit(Number(opts.from) || 1);
          const mode = outputMode(self);
          if (mode === 'json') await writeJsonLine(entries);
          else if (mode === 'jsonl') for (const e of entries) await writeJsonLine(e);
          else {
            await writeLine(
              formatTable([
                ['SEQ', 'TIME', 'ACTOR', 'ACTION', 'TARGET', 'HASH'],
                ...entries.map((e) => [e.seq, e.ts, e.actor, e.action, e.target ?? '', e.hash.slice(0, 16)]),
              ]),
            );
          }
          return 0;
        }),
      ),
    );
}
