/**
 * @module cli/commands/observables
 * `dragnet observables list [--type T] [--value V] [--evidence ID] [--jsonl|--json]`: the
 * indicators ingest stored in the case, one record per occurrence (`type`, `value`, `raw`,
 * `start`, `end`, `source`, `evidence`…). `--distinct` folds them to one record per type and value
 * with the evidence items it appears in.
 */
import type { Command } from 'commander';
import type { ObservableFilter, StoredObservable } from '../../case/case-store.js';
import { usageError } from '../../core/errors.js';
import { OBSERVABLE_TYPES, type ObservableType } from '../../core/observable.js';
import { withCase } from '../open-store.js';
import { formatTable, outputMode, writeJsonLine, writeLine } from '../output.js';
import { action } from '../run-command.js';

const TYPES = new Set<string>(OBSERVABLE_TYPES);

interface ListOptions {
  type?: string;
  value?: string;
  evidence?: string;
  distinct?: boolean;
}

/** The output record of one stored occurrence: the extract contract plus the evidence id. */
export function occurrenceRecord(o: StoredObservable): Record<string, unknown> {
  const { evidenceId, ...rest } = o;
  return { ...rest, source: rest.source ?? 'text', evidence: evidenceId };
}

/** Folds occurrences into one record per (type, value), evidence ids in first-seen order. */
export function distinctRecords(
  list: ReadonlyArray<StoredObservable>,
): Array<{ type: string; value: string; count: number; evidence: string[] }> {
  const map = new Map<string, { type: string; value: string; count: number; evidence: string[] }>();
  for (const o of list) {
    const key = `${o.type}\u0000${o.value}`;
    let r = map.get(key);
    if (!r) {
      r = { type: o.type, value: o.value, count: 0, evidence: [] };
      map.set(key, r);
    }
    r.count++;
    if (!r.evidence.includes(o.evidenceId)) r.evidence.push(o.evidenceId);
  }
  return [...map.values()];
}

export function register(program: Command): void {
  const cmd = program.command('observables').description('indicators stored in the case');
  cmd
    .command('list')
    .description('list stored indicators (one per occurrence; --distinct for one per value)')
    .option('--type <type>', 'only this type (url, domain, ipv4, email, iban, btc, …)')
    .option('--value <value>', 'only this normalised value')
    .option('--evidence <id>', 'only indicators of this evidence item')
    .option('--distinct', 'one record per type and value, with the evidence items it appears in')
    .action(
      action(async (opts: ListOptions, self: Command) => {
        if (opts.type && !TYPES.has(opts.type)) {
          throw usageError(`unknown observable type '${opts.type}'`, `one of: ${[...TYPES].join(', ')}`);
        }
        return withCase(self, async (store) => {
          const filter: ObservableFilter = {
            ...(opts.type ? { type: opts.type as ObservableType } : {}),
            ...(opts.value ? { value: opts.value } : {}),
            ...(opts.evidence ? { evidenceId: opts.evidence } : {}),
          };
          const list = store.listObservables(filter);
          const records = opts.distinct ? distinctRecords(list) : list.map(occurrenceRecord);
          const mode = outputMode(self);
          if (mode === 'jsonl') {
            for (const r of records) await writeJsonLine(r);
          } else if (mode === 'json') {
            await writeJsonLine(records);
          } else if (records.length === 0) {
            await writeLine('no indicators stored');
          } else if (opts.distinct) {
            const rows: unknown[][] = [['TYPE', 'VALUE', 'COUNT', 'EVIDENCE']];
            for (const r of distinctRecords(list))
              rows.push([r.type, r.value, r.count, r.evidence.join(',')]);
            await writeLine(formatTable(rows, 90));
          } else {
            const rows: unknown[][] = [['TYPE', 'VALUE', 'EVIDENCE', 'SOURCE', 'AS WRITTEN']];
            for (const o of list)
              rows.push([o.type, o.value, o.evidenceId, o.source ?? 'text', o.raw === o.value ? '' : o.raw]);
            await writeLine(formatTable(rows, 90));
          }
          return 0;
        });
      }),
    );
}
