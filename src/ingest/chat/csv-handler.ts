/**
 * @module ingest/chat/csv-handler
 * Generic CSV export with a header row and a text column → one `chat-message` per row
 * (container `chat-export`), streamed. Column choice: see pick-columns (`--text-column`).
 */
import { fail, fatal } from '../../core/result.js';
import type { FormatHandler } from '../format-handler.js';
import { csvRecords } from './csv-records.js';
import { type Columns, pickColumns } from './pick-columns.js';
import { tableRowItem } from './table-row-item.js';

/** Handler for generic CSV exports (container `chat-export`). */
export const csvHandler: FormatHandler = {
  format: 'csv',
  container: 'chat-export',
  async *parse(file, options) {
    let headers: string[] | undefined;
    let cols: Columns | undefined;
    let index = 0;
    for await (const rec of csvRecords(file.stream())) {
      if (!headers) {
        headers = rec.fields.map((h) => h.trim());
        const picked = pickColumns(headers, options.textColumn);
        if (!picked.ok) {
          // Without a text column nothing in the file is usable: fail it whole.
          yield { ok: false, problems: picked.problems.map((p) => ({ ...p, fatal: true })) };
          return;
        }
        cols = picked.value;
        continue;
      }
      if (rec.problem) {
        yield fail(`line ${rec.line}: ${rec.problem}`);
        continue;
      }
      const row: Record<string, string> = {};
      for (const [i, h] of headers.entries()) row[h || `column${i + 1}`] = rec.fields[i] ?? '';
      if (rec.fields.length > headers.length) row._extra = rec.fields.slice(headers.length).join(',');
      yield tableRowItem(row, cols!, file.path, index++, rec.line, options);
    }
    if (!headers) yield fatal('empty CSV file: no header row');
  },
};
