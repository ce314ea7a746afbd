/**
 * @module cli/commands/extract
 * Placeholder: the capability behind `dragnet extract` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('extract')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet extract` is not available in this version');
      }),
    );
}
