/**
 * @module ingest/chat/jsonl-handler
 * Generic JSON Lines export (one object per line) → one `chat-message` per object (container
 * `chat-export`), streamed. Columns are picked from the first object's keys (`--text-column`
 * wins); a line that is not a JSON object is reported with its number and skipped.
 */
import { fail, fatal } from '../../core/result.js';
import type { FormatHandler } from '../format-handler.js';
import { type Columns, pickColumns } from './pick-columns.js';
import { readLines } from './read-lines.js';
import { tableRowItem } from './table-row-item.js';

/** Handler for generic JSON Lines exports (container `chat-export`). */
export const jsonlHandler: FormatHandler = {
  format: 'jsonl',
  container: 'chat-export',
  async *parse(file, options) {
    let cols: Columns | undefined;
    let index = 0;
    let seen = 0;
    for await (const { line, text } of readLines(file.stream())) {
      if (text.trim() === '') continue;
      seen++;
      let row: unknown;
      try {
        row = JSON.parse(text);
      } catch (err) {
        yield fail(`line ${line}: invalid JSON (${err instanceof Error ? err.message : String(err)})`);
        continue;
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        yield fail(`line ${line}: not a JSON object`);
        continue;
      }
      const obj = row as Record<string, unknown>;
      if (!cols) {
        const picked = pickColumns(Object.keys(obj), options.textColumn);
        if (!picked.ok) {
          yield {
            ok: false,
            problems: picked.problems.map((p) => ({
              ...p,
              message: `line ${line}: ${p.message}`,
              fatal: true,
            })),
          };
          return;
        }
        cols = picked.value;
      }
      yield tableRowItem(obj, cols, file.path, index++, line, options);
    }
    if (seen === 0) yield fatal('empty JSONL file');
  },
};
