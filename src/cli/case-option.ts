/**
 * @module cli/case-option
 * `--case DIR` (default `./dragnet-case`, env `DRAGNET_CASE`) as the contract fixes it.
 */
import path from 'node:path';
import type { Command } from 'commander';

export const DEFAULT_CASE_DIR = 'dragnet-case';

export function caseDir(cmd: Command): string {
  const opts = cmd.optsWithGlobals<{ case?: string }>();
  return path.resolve(opts.case ?? process.env.DRAGNET_CASE ?? DEFAULT_CASE_DIR);
}
