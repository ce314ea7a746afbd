/**
 * @module cli/run-command
 * The one place where errors become one-line messages and exit codes. Commands throw
 * `DragnetError`s; anything else is a bug and is reported as such, still without a stack trace
 * unless `DRAGNET_DEBUG` is set.
 */
import { CommanderError } from 'commander';
import { DragnetError, describeError, EXIT_CODES } from '../core/errors.js';

export function exitCodeFor(err: unknown): number {
  if (err instanceof DragnetError) return EXIT_CODES[err.code];
  if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
  return 1;
}

export function reportError(err: unknown): number {
  const code = exitCodeFor(err);
  if (err instanceof CommanderError) return code; // commander already printed its message
  const prefix = err instanceof DragnetError ? 'dragnet' : 'dragnet: internal error';
  process.stderr.write(`${prefix}: ${describeError(err)}\n`);
  if (process.env.DRAGNET_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
  return code;
}

/** Wraps a command action so that it sets `process.exitCode` instead of throwing. */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<number | undefined> | number | undefined,
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      const code = await fn(...args);
      if (typeof code === 'number' && code !== 0) process.exitCode = code;
    } catch (err) {
      process.exitCode = reportError(err);
    }
  };
}
