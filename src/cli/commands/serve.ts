/**
 * @module cli/commands/serve
 * Placeholder: the capability behind `dragnet serve` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet serve` is not available in this version');
      }),
    );
}
