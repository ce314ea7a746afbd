/**
 * @module cli/commands/score
 * `dragnet score [FILE…|-]`: triage verdicts for e-mails (.eml, .mbox) and JSONL rows
 * `{"id","text","subject"?,"from"?}`. One `{"id","score","class","lang","reasons"}` per message
 * with `--jsonl`, in input order, written as messages are scored; a message that cannot be scored
 * gets `{"id","error"}` and the others go on. The main thread parses and scores; worker threads
 * join it for large inputs (~2,000 e-mails) or with `--workers n` (see `score-pool/ordered-scoring`).
 */
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { Command } from 'commander';
import { readScoreUnits, type ScoreRecord } from '../../analyse/triage/score-inputs.js';
import { MAX_WORKERS, scoreInOrder } from '../../analyse/triage/score-pool/ordered-scoring.js';
import { usageError } from '../../core/errors.js';
import { formatTable, outputMode, writeLine } from '../output.js';
import { action } from '../run-command.js';

/**
 * Named files other than single e-mails totalling 16 MiB or more: enough messages that the pool
 * will be wanted (~2,000 e-mails or more, see `ordered-scoring.ts`), so it starts while they are
 * read (see `likelyLarge`). A smaller bound started workers that the read-ahead then closed
 * unused, their start-up (~0.3 CPU-s) wasted.
 */
function likelyLarge(files: ReadonlyArray<string>): boolean {
  let bytes = 0;
  for (const f of files) {
    if (f === '-' || /\.(?:eml|msg822)$/i.test(f)) continue;
    try {
      bytes += statSync(f).size;
    } catch {
      // reading the inputs reports it
    }
  }
  return bytes >= 16 * 1024 * 1024;
}

/**
 * TurboFan's inlining budget per optimised function, in bytecode bytes (V8's default is 920).
 * A `dragnet score` run is mostly V8 warming up: on the 500-mail bench mbox, ~0.55 of its
 * ~1.4 CPU-s were TurboFan compiling on V8's helper threads, most of it big functions
 * (extractFeatures, postal-mime's processHeaders, buildMessage) with everything they call
 * inlined. A budget of 100 still inlines the small helpers the hot loops need and compiles the
 * rest as calls. Measured (2 cores, alternating runs, medians): 500 mails 1.12 -> 0.99 CPU-s
 * (`--workers 1`) and 1.15 -> 0.99 (default threads), 9 runs each; 3,250 mails 3.76 -> 3.53
 * (`--workers 1`) and 4.73 -> 4.28 (pool), 4 runs: the steady state does not pay for it. V8
 * reads the flag when it optimises a function, so it is set here, before anything is scored;
 * worker threads share it (one V8 per process). Verdicts are unchanged (same arithmetic, other
 * machine code).
 */
const INLINING_BUDGET_FLAG = '--max-inlined-bytecode-size-cumulative=100';

/**
 * How much a function runs (V8's interrupt budget, default 132 KB of bytecode executed) before
 * V8 considers optimising it: 300 KB. With the default, a 500-mail run TurboFan-compiled ~210
 * functions; with 300 KB ~125 (the lukewarm ones stay in baseline code), the hot loops still get
 * optimised within the first mails. Measured against the inlining budget alone (2 cores,
 * alternating runs, medians): 500 mails 1.25 -> 1.12 CPU-s (`--workers 1`) and 1.29 -> 1.13
 * (default threads), 9 runs each; 3,250 mails 4.22 -> 3.85 (`--workers 1`) and 5.26 -> 4.69
 * (pool), 4 runs.
 */
const TIER_UP_BUDGET_FLAG = '--interrupt-budget=300000';

function humanLine(r: ScoreRecord): unknown[] {
  if (r.error) return [r.id, '', 'error', '', r.error];
  const top = (r.reasons ?? [])
    .slice(0, 3)
    .map((x) => `${x.signal} ${x.weight > 0 ? '+' : ''}${x.weight} (${x.evidence})`);
  return [r.id, r.score?.toFixed(3), r.class, r.lang, top.join('; ')];
}

export function register(program: Command): void {
  program
    .command('score')
    .description('score messages: P(unwanted), class phishing|scam|spam|ham, language, reasons')
    .argument(
      '[files...]',
      '.eml, .mbox or JSONL files ({"id","text","subject"?,"from"?} per line); - or none for stdin',
    )
    .option(
      '--workers <n>',
      `threads that parse and score (1: the main thread only; n: the main thread and n-1 workers; default: one per core, 1 for small inputs; max ${MAX_WORKERS})`,
    )
    .action(
      action(async (files: string[], opts: { workers?: string }, cmd: Command) => {
        const mode = outputMode(cmd);
        setFlagsFromString(INLINING_BUDGET_FLAG);
        setFlagsFromString(TIER_UP_BUDGET_FLAG);
        const workers = opts.workers === undefined ? undefined : Number(opts.workers);
        if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1 && workers <= MAX_WORKERS))
          throw usageError(`--workers takes a whole number from 1 to ${MAX_WORKERS}`);
        let n = 0;
        let failed = 0;
        if (mode === 'json') await writeLine('[');
        const records = scoreInOrder(
          readScoreUnits(files, process.stdin),
          workers ? { workers } : { likelyLarge: likelyLarge(files) },
        );
        for await (const rec of records) {
          if (rec.error) failed++;
          if (mode === 'jsonl') await writeLine(JSON.stringify(rec));
          else if (mode === 'json') await writeLine(`${n > 0 ? ',' : ''}${JSON.stringify(rec)}`);
          else await writeLine(formatTable([humanLine(rec)], 200));
          n++;
        }
        if (mode === 'json') await writeLine(']');
        if (mode === 'human') process.stderr.write(`${n} message(s) scored, ${failed} not scorable\n`);
        return 0;
      }),
    );
}
