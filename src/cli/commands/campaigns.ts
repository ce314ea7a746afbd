/**
 * @module cli/commands/campaigns
 * `dragnet campaigns` (messages grouped into operations) and `dragnet timeline` (ordered events of
 * the case or of one campaign). Thin: load the case, run `graph/`, print.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { buildTimeline } from '../../graph/build-timeline.js';
import { loadCaseCampaigns } from '../../graph/load-case-campaigns.js';
import { withCase } from '../open-store.js';
import { formatTable, outputMode, writeJsonLine, writeLine } from '../output.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('campaigns')
    .description('group messages into campaigns (near-duplicate text + shared infrastructure)')
    .option('--min-size <n>', 'smallest campaign to list', '2')
    .action(
      action(async (opts: { minSize: string }, self: Command) =>
        withCase(self, async (store) => {
          const minSize = Number(opts.minSize);
          if (!Number.isInteger(minSize) || minSize < 2)
            throw new DragnetError('USAGE', '--min-size must be an integer >= 2');
          const { campaigns } = loadCaseCampaigns(store, { minSize });
          const mode = outputMode(self);
          if (mode === 'jsonl') for (const c of campaigns) await writeJsonLine(c);
          else if (mode === 'json') await writeJsonLine(campaigns);
          else if (campaigns.length === 0)
            await writeLine('no campaigns (no two messages share wording or infrastructure)');
          else {
            await writeLine(
              formatTable(
                [
                  ['id', 'size', 'first seen', 'last seen', 'languages', 'summary'],
                  ...campaigns.map((c) => [
                    c.id,
                    c.size,
                    c.first_seen?.slice(0, 10),
                    c.last_seen?.slice(0, 10),
                    c.languages.join(' '),
                    c.summary,
                  ]),
                ],
                100,
              ),
            );
          }
          return 0;
        }),
      ),
    );

  program
    .command('timeline')
    .description('ordered events of the case, or of one campaign')
    .option('--campaign <id>', 'only this campaign (ids from `dragnet campaigns`)')
    .action(
      action(async (opts: { campaign?: string }, self: Command) =>
        withCase(self, async (store) => {
          const { messages, campaigns } = loadCaseCampaigns(store);
          if (opts.campaign && !campaigns.some((c) => c.id === opts.campaign)) {
            throw new DragnetError('NOT_FOUND', `no campaign ${opts.campaign} in this case`, {
              hint: 'list campaigns with `dragnet campaigns --case DIR`',
            });
          }
          const events = buildTimeline(messages, campaigns, opts.campaign);
          const mode = outputMode(self);
          if (mode === 'jsonl') for (const e of events) await writeJsonLine(e);
          else if (mode === 'json') await writeJsonLine(events);
          else {
            await writeLine(
              formatTable(
                [
                  ['time', 'evidence', 'kind', 'summary'],
                  ...events.map((e) => [e.time, e.evidence, e.kind, e.summary]),
                ],
                100,
              ),
            );
          }
          return 0;
        }),
      ),
    );
}
