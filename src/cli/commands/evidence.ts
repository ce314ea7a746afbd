/**
 * @module cli/commands/evidence
 * `dragnet evidence list|show`: what the case holds, with each item's verdict.
 */
import type { Command } from 'commander';
import type { SqliteCaseStore } from '../../case/sqlite-case-store.js';
import { DragnetError } from '../../core/errors.js';
import type { Evidence, EvidenceKind } from '../../core/evidence.js';
import type { Verdict } from '../../core/finding.js';
import { withCase } from '../open-store.js';
import { formatTable, outputMode, writeJsonLine, writeLine } from '../output.js';
import { action } from '../run-command.js';

interface ListOptions {
  kind?: string;
  class?: string;
  search?: string;
  limit: string;
  offset: string;
}

/** The triage verdict stored for an item, if any. */
export function verdictOf(store: SqliteCaseStore, id: string): Verdict | undefined {
  const f = store.listFindings(id, 'triage').find((x) => x.kind === 'verdict');
  if (!f) return undefined;
  return {
    score: f.score ?? 0,
    class: (f.label ?? 'ham') as Verdict['class'],
    lang: String(f.data?.lang ?? 'und'),
    reasons: f.reasons ?? [],
  };
}

function listRecord(store: SqliteCaseStore, e: Evidence) {
  const v = verdictOf(store, e.id);
  return {
    id: e.id,
    sha256: e.sha256,
    kind: e.kind,
    path: e.path,
    parent: e.parentId ?? null,
    date: e.date ?? null,
    from: e.from?.address ?? null,
    subject: e.subject ?? null,
    size: e.size,
    class: v?.class ?? null,
    score: v?.score ?? null,
    lang: v?.lang ?? null,
  };
}

export function register(program: Command): void {
  const cmd = program.command('evidence').description('list and show evidence items');

  cmd
    .command('list')
    .description('list evidence items with their verdicts')
    .option('--kind <kind>', 'only this kind (email, sms, chat-message, webpage, file, …)')
    .option('--class <class>', 'only this verdict class (phishing, scam, spam, ham)')
    .option('--search <text>', 'substring in subject, sender or text')
    .option('--limit <n>', 'at most n items', '1000000')
    .option('--offset <n>', 'skip the first n items', '0')
    .action(
      action(async (opts: ListOptions, self: Command) =>
        withCase(self, async (store) => {
          const filter = {
            ...(opts.kind ? { kind: opts.kind as EvidenceKind } : {}),
            ...(opts.class ? { verdictClass: opts.class } : {}),
            ...(opts.search ? { search: opts.search } : {}),
            limit: Number(opts.limit) || 0,
            offset: Number(opts.offset) || 0,
          };
          const mode = outputMode(self);
          if (mode === 'jsonl') {
            for (const e of store.iterateEvidence(filter)) await writeJsonLine(listRecord(store, e));
          } else if (mode === 'json') {
            await writeJsonLine([...store.iterateEvidence(filter)].map((e) => listRecord(store, e)));
          } else {
            const rows = [...store.iterateEvidence(filter)].map((e) => {
              const r = listRecord(store, e);
              return [
                r.id,
                r.kind,
                r.class ? `${r.class} ${r.score?.toFixed(2)}` : '',
                r.lang ?? '',
                r.date?.slice(0, 16) ?? '',
                r.from ?? '',
                r.subject ?? r.path,
              ];
            });
            await writeLine(
              formatTable([['ID', 'KIND', 'VERDICT', 'LANG', 'DATE', 'FROM', 'SUBJECT / PATH'], ...rows], 50),
            );
          }
          return 0;
        }),
      ),
    );

  cmd
    .command('show')
    .description('show one item: parsed fields, verdict with reasons, findings and indicators')
    .argument('<id>', 'evidence id (or full SHA-256)')
    .option('--raw', 'write the original bytes to stdout instead')
    .action(
      action(async (id: string, opts: { raw?: boolean }, self: Command) =>
        withCase(self, async (store) => {
          const e = store.getEvidence(id);
          if (!e)
            throw new DragnetError('NOT_FOUND', `no evidence with id ${id} in this case`, {
              hint: 'list ids with `dragnet evidence list`',
            });
          if (opts.raw) {
            process.stdout.write(store.readBlob(e.sha256));
            return 0;
          }
          const findings = store.listFindings(e.id);
          const observables = store.listObservables({ evidenceId: e.id });
          const children = store
            .listEvidence({ parentId: e.id, limit: 1000 })
            .map((c) => ({ id: c.id, kind: c.kind, path: c.path }));
          const verdict = verdictOf(store, e.id);
          if (outputMode(self) !== 'human') {
            await writeJsonLine({ ...e, verdict: verdict ?? null, findings, observables, children });
            return 0;
          }
          await writeLine(`${e.kind} ${e.id}  sha256 ${e.sha256}`);
          await writeLine(`  path:     ${e.path}`);
          if (e.date) await writeLine(`  date:     ${e.date}`);
          if (e.from)
            await writeLine(
              `  from:     ${e.from.name ? `${e.from.name} <${e.from.address}>` : e.from.address}`,
            );
          if (e.to?.length) await writeLine(`  to:       ${e.to.map((p) => p.address).join(', ')}`);
          if (e.subject) await writeLine(`  subject:  ${e.subject}`);
          if (verdict) {
            await writeLine(
              `  verdict:  ${verdict.class} (score ${verdict.score.toFixed(3)}, language ${verdict.lang})`,
            );
            for (const r of verdict.reasons) {
              // Triage lists the strongest signals against its verdict after the reasons for it.
              const against = verdict.class === 'ham' ? r.weight > 0 : r.weight < 0;
              await writeLine(
                `            ${r.weight >= 0 ? '+' : ''}${r.weight.toFixed(2)} ${r.signal}${against ? ' (against)' : ''}: ${r.evidence}`,
              );
            }
          }
          // The verdict is printed above; every other finding, triage's own (not-scored, a story
          // told across a chat) included, with its first reason (which story, for a chat's).
          for (const f of findings.filter((x) => !(x.analyser === 'triage' && x.kind === 'verdict'))) {
            await writeLine(
              `  finding:  ${f.analyser}/${f.kind}${f.label ? ` ${f.label}` : ''}${f.score !== undefined ? ` (${f.score.toFixed(2)})` : ''}`,
            );
            const why = f.reasons?.[0];
            if (why?.evidence) await writeLine(`            ${why.signal}: ${why.evidence}`);
          }
          if (observables.length) {
            await writeLine('  indicators:');
            for (const o of observables)
              await writeLine(`            ${o.type.padEnd(8)} ${o.value}${o.defanged ? ' (defanged)' : ''}`);
          }
          if (children.length)
            await writeLine(`  contains: ${children.map((c) => `${c.kind} ${c.id}`).join(', ')}`);
          if (e.text) await writeLine(`\n${e.text.length > 2000 ? `${e.text.slice(0, 2000)}…` : e.text}`);
          return 0;
        }),
      ),
    );
}
