#!/usr/bin/env node
/**
 * @module cli/main
 * Entry point of the `dragnet` binary.
 */
import { CommanderError } from 'commander';
import { buildProgramFor } from './program.js';
import { reportError } from './run-command.js';

async function main(argv: string[]): Promise<void> {
  const program = await buildProgramFor(argv.slice(2));
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (
      err instanceof CommanderError &&
      (err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help')
    ) {
      process.exitCode = 0;
      return;
    }
    process.exitCode = reportError(err);
  }
}

// A closed stdout (`dragnet … | head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

await main(process.argv);
