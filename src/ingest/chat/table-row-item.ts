/**
 * @module ingest/chat/table-row-item
 * One row of a generic CSV/JSONL export → one `chat-message` item. The whole row is kept in
 * `meta.row` (all columns, as strings or JSON values) so nothing of the export is lost.
 */
import type { ParsedEvidence } from '../../core/evidence.js';
import { ok, type Problem, type Result } from '../../core/result.js';
import type { IngestOptions } from '../format-handler.js';
import { chatItem } from './chat-item.js';
import { phoneParty } from './phone-party.js';
import { type Columns, cellDate } from './pick-columns.js';

const cell = (v: unknown): string | undefined =>
  v === null || v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v);

/** The `chat-message` item for one CSV/JSONL row; `line` is where the row starts in the file. */
export function tableRowItem(
  row: Record<string, unknown>,
  cols: Columns,
  path: string,
  index: number,
  line: number,
  options: IngestOptions,
): Result<ParsedEvidence> {
  const warnings: Problem[] = [];
  const text = cell(row[cols.text]) ?? '';
  const sender = cols.from ? cell(row[cols.from])?.trim() || undefined : undefined;
  const recipient = cols.to ? cell(row[cols.to])?.trim() || undefined : undefined;
  const rawDate = cols.date ? row[cols.date] : undefined;
  const date = cellDate(rawDate);
  const meta: Record<string, unknown> = { line, row };
  if (rawDate !== undefined && rawDate !== '' && !date) {
    meta.rawDate = rawDate;
    warnings.push({
      message: `line ${line}: unparseable date ${JSON.stringify(cell(rawDate))}`,
      line,
      severity: 'warning',
    });
  }
  return ok(
    chatItem({
      kind: 'chat-message',
      containerPath: path,
      index,
      text,
      meta,
      ...(sender ? { sender, from: phoneParty(sender, options.region) } : {}),
      ...(recipient ? { to: [phoneParty(recipient, options.region)] } : {}),
      ...(date ? { date } : {}),
    }),
    warnings,
  );
}
