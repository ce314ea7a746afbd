/**
 * @module cli/commands/evidence
 * Placeholder: the capability behind `dragnet evidence` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('evidence')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet evidence` is not available in this version');
      }),
    );
}
