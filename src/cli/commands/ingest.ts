/**
 * @module cli/commands/ingest
 * Placeholder: the capability behind `dragnet ingest` has not landed yet.
 */
import type { Command } from 'commander';
import { DragnetError } from '../../core/errors.js';
import { action } from '../run-command.js';

export function register(program: Command): void {
  program
    .command('ingest')
    .description('(not yet available)')
    .allowUnknownOption()
    .action(
      action(() => {
        throw new DragnetError('USAGE', '`dragnet ingest` is not available in this version');
      }),
    );
}
