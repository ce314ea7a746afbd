/**
 * @module share/to-csv
 * Indicators as CSV (RFC 4180) for spreadsheets and block lists:
 * `type,value,first_seen,last_seen,evidence_count,campaigns,verdicts`. Cells that a spreadsheet
 * would run as a formula (leading `=`, `+`, `-`, `@`, except plain E.164 numbers) are prefixed with `'` — exported evidence
 * must not execute on the analyst's machine.
 */
import type { ShareInput } from './share-input.js';

const HEADER = ['type', 'value', 'first_seen', 'last_seen', 'evidence_count', 'campaigns', 'verdicts'];

/** One CSV cell, quoted when needed and defused against formula injection. */
export function csvCell(value: string): string {
  // An E.164 number (`+4420…`) is a plain number to a spreadsheet, not a formula: keep it as is.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^\+\d{4,15}$/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV document (CRLF line ends, header first). */
export function toCsv(input: ShareInput): string {
  const rows = [HEADER.join(',')];
  for (const i of input.indicators) {
    const verdicts = Object.entries(i.verdicts)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ');
    rows.push(
      [i.type, i.value, i.first_seen, i.last_seen, String(i.evidence.length), i.campaigns.join(' '), verdicts]
        .map(csvCell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
