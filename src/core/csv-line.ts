/**
 * @module core/csv-line
 * One line of a small CSV file (brand lists, tag lists, Etherscan exports) split into fields, per
 * RFC 4180: a field may be quoted, `""` inside quotes is one quote, and a quote opens a quoted field
 * only at the field's start (after blanks): `5" screen` stays as written. These files never put a
 * line break inside a field; streamed chat CSV with multi-line records uses
 * `ingest/chat/csv-records` instead.
 */

/** The fields of `line`, untrimmed; `undefined` when a quoted field is never closed. */
export function splitCsvLine(line: string): string[] | undefined {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (quoted) return undefined;
  out.push(cur);
  return out;
}
