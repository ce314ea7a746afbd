/**
 * @module cli/commands/lookalike
 * Placeholder: the capability behind `dragnet lookalike` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('lookalike')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet lookalike` is not available in this version');
      }),
    );
}
