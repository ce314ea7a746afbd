/**
 * @module cli/commands/score
 * Placeholder: the capability behind `dragnet score` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('score')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet score` is not available in this version');
      }),
    );
}
