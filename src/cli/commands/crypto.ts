/**
 * @module cli/commands/crypto
 * Placeholder: the capability behind `dragnet crypto` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('crypto')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet crypto` is not available in this version');
      }),
    );
}
