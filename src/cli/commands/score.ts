/**
 * @module cli/commands/score
 * `dragnet score [FILE…|-]`: triage verdicts for e-mails (.eml, .mbox) and JSONL rows
 * `{"id","text","subject"?,"from"?}`. One `{"id","score","class","lang","reasons"}` per message
 * with `--jsonl`, written as each message is scored; a message that cannot be scored gets
 * `{"id","error"}` and the others go on.
 */
import type { Command } from 'commander';
import { prepareTriageEngine } from '../../analyse/triage/engine.js';
import { type ScoreRecord, scoreSources } from '../../analyse/triage/score-inputs.js';
import { formatTable, outputMode, writeLine } from '../output.js';
import { action } from '../run-command.js';

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
    .action(
      action(async (files: string[], _opts: unknown, cmd: Command) => {
        const mode = outputMode(cmd);
        const engine = await prepareTriageEngine();
        let n = 0;
        let failed = 0;
        if (mode === 'json') await writeLine('[');
        for await (const rec of scoreSources(engine, files, process.stdin)) {
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
