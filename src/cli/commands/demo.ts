/**
 * @module cli/commands/demo
 * `dragnet demo`: builds a case from the bundled sample evidence with every capability Dragnet
 * has, and prints a short report. It is the first thing a newcomer runs.
 */

import path from 'node:path';
import type { Command } from 'commander';
import { formatDemoReport } from '../../demo/format-demo-report.js';
import { runDemo } from '../../demo/run-demo.js';
import { outputMode, writeJsonLine, writeLine } from '../output.js';
import { createProgress } from '../progress.js';
import { action } from '../run-command.js';

const DEMO_CASE_DIR = 'dragnet-demo-case';

export function register(program: Command): void {
  program
    .command('demo')
    .description('build a demo case from the bundled sample evidence and print a report')
    .addHelpText(
      'after',
      '\nThe case is built in --case DIR (default ./dragnet-demo-case); an earlier demo case there is replaced.',
    )
    .action(
      action(async (_opts: unknown, self: Command) => {
        const dir = self.optsWithGlobals<{ case?: string }>().case ?? DEMO_CASE_DIR;
        const progress = createProgress('demo');
        const report = await runDemo(path.resolve(dir), (step, done, total) =>
          progress.update(done, total, step),
        );
        progress.stop();
        if (outputMode(self) !== 'human') await writeJsonLine(report);
        else await writeLine(formatDemoReport(report));
        return report.verify.ok ? 0 : 4;
      }),
    );
}
