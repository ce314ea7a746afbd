/**
 * @module cli/program
 * Builds the commander program: global options, then one `register` per command file.
 */
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';
import { VERSION } from './version.js';

export function buildProgram(): Command {
  const program = new Command('dragnet')
    .description('Offline evidence triage for investigators: cases, ingest, indicators, verdicts, campaigns, crypto, exports.')
    .version(VERSION, '-V, --version')
    .option('--case <dir>', 'case folder (default ./dragnet-case, env DRAGNET_CASE)')
    .option('--json', 'machine output: one JSON document on stdout')
    .option('--jsonl', 'machine output: one JSON object per line on stdout')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerCommands(program);
  // Sub-commands inherit exitOverride so that usage errors reach run-command's exit-code mapping.
  for (const cmd of program.commands) applyExitOverride(cmd);
  return program;
}

function applyExitOverride(cmd: Command): void {
  cmd.exitOverride();
  for (const sub of cmd.commands) applyExitOverride(sub);
}
