/**
 * @module cli/commands/observables
 * Placeholder: the capability behind `dragnet observables` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('observables')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet observables` is not available in this version');
      }),
    );
}
