/**
 * @module cli/commands/export
 * `dragnet export stix|misp|csv [--campaign ID]`: the case's (or one campaign's) indicators and
 * campaigns as a document on stdout. Deterministic: the same case exports the same bytes.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { loadShareInput } from '../../share/load-share-input.js';
import { toCsv } from '../../share/to-csv.js';
import { toMispEvent } from '../../share/to-misp-event.js';
import { toStixBundle } from '../../share/to-stix-bundle.js';
import { withCase } from '../open-store.js';
import { action } from '../run-command.js';

const FORMATS = ['stix', 'misp', 'csv'] as const;

async function writeDocument(text: string): Promise<void> {
  if (!process.stdout.write(text))
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}

export function register(program: Command): void {
  program
    .command('export')
    .description('export indicators and campaigns: STIX 2.1 bundle, MISP event JSON, or CSV')
    .argument('<format>', 'stix | misp | csv')
    .option('--campaign <id>', 'only this campaign (ids from `dragnet campaigns`)')
    .option('--producer <name>', 'organisation named as producer (default: "Dragnet case NAME")')
    .action(
      action(async (format: string, opts: { campaign?: string; producer?: string }, self: Command) => {
        if (!(FORMATS as ReadonlyArray<string>).includes(format)) {
          throw new DragnetError('USAGE', `unknown export format "${format}"`, {
            hint: 'use stix, misp or csv',
          });
        }
        return withCase(self, async (store) => {
          const input = loadShareInput(store, opts.campaign);
          const options = opts.producer ? { producer: opts.producer } : {};
          if (format === 'stix')
            await writeDocument(`${JSON.stringify(toStixBundle(input, options), null, 2)}\n`);
          else if (format === 'misp')
            await writeDocument(`${JSON.stringify(toMispEvent(input, options), null, 2)}\n`);
          else await writeDocument(toCsv(input));
          return 0;
        });
      }),
    );
}
