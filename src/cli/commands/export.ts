/**
 * @module cli/commands/export
 * Placeholder: the capability behind `dragnet export` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('export')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet export` is not available in this version');
      }),
    );
}
