/**
 * @module cli/output
 * Machine output goes to stdout only; human output too, but logs and progress go to stderr.
 * `--jsonl` prints one JSON object per line as records are produced (streamable); `--json` one
 * document at the end.
 */
import type { Command } from 'commander';

export type OutputMode = 'human' | 'json' | 'jsonl';

export function outputMode(cmd: Command): OutputMode {
  const opts = cmd.optsWithGlobals<{ json?: boolean; jsonl?: boolean }>();
  if (opts.jsonl) return 'jsonl';
  if (opts.json) return 'json';
  return 'human';
}

/** Writes a line to stdout, honouring back-pressure so huge outputs do not buffer in memory. */
export async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

export async function writeJsonLine(record: unknown): Promise<void> {
  await writeLine(JSON.stringify(record));
}

/** Pads columns for human tables; values are stringified and cut at `max` characters. */
export function formatTable(rows: ReadonlyArray<ReadonlyArray<unknown>>, max = 60): string {
  const cells = rows.map((r) =>
    r.map((c) => {
      const s = c === undefined || c === null ? '' : String(c).replace(/\s+/g, ' ');
      return s.length > max ? `${s.slice(0, max - 1)}…` : s;
    }),
  );
  const widths: number[] = [];
  for (const r of cells) {
    r.forEach((c, i) => {
      widths[i] = Math.max(widths[i] ?? 0, c.length);
    });
  }
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
