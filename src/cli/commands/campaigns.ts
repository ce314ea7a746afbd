/**
 * @module cli/commands/campaigns
 * Placeholder: the capability behind `dragnet campaigns` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('campaigns')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet campaigns` is not available in this version');
      }),
    );
}
