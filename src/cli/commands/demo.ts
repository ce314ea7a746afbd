/**
 * @module cli/commands/demo
 * Placeholder: the capability behind `dragnet demo` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('demo')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet demo` is not available in this version');
      }),
    );
}
