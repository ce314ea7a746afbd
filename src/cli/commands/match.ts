/**
 * @module cli/commands/match
 * Placeholder: the capability behind `dragnet match` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('match')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet match` is not available in this version');
      }),
    );
}
