/**
 * @module cli/program
 * Builds the commander program: global options, then one `register` per command file.
 */
import { Command } from 'commander';
import { COMMAND_TABLE, registerLazily } from './commands/table.js';
import { VERSION } from './version.js';

function baseProgram(): Command {
  return new Command('dragnet')
    .description(
      'Offline evidence triage for investigators: cases, ingest, indicators, verdicts, campaigns, crypto, exports.',
    )
    .version(VERSION, '-V, --version')
    .option('--case <dir>', 'case folder (default ./dragnet-case, env DRAGNET_CASE)')
    .option('--json', 'machine output: one JSON document on stdout')
    .option('--jsonl', 'machine output: one JSON object per line on stdout')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
}

/** Every command registered eagerly (tests drive the program in-process with it). */
export async function buildProgram(): Promise<Command> {
  const program = baseProgram();
  for (const entry of COMMAND_TABLE) {
    // One module may register several commands (`campaigns` and `timeline`): load it once.
    if (!program.commands.some((c) => c.name() === entry.name)) (await entry.load()).register(program);
  }
  for (const cmd of program.commands) applyExitOverride(cmd);
  return program;
}

/** Only the command named in `args` is loaded; the others are listed for `--help`. */
export async function buildProgramFor(args: ReadonlyArray<string>): Promise<Command> {
  const program = baseProgram();
  await registerLazily(program, args);
  // Sub-commands inherit exitOverride so that usage errors reach run-command's exit-code mapping.
  for (const cmd of program.commands) applyExitOverride(cmd);
  return program;
}

function applyExitOverride(cmd: Command): void {
  cmd.exitOverride();
  for (const sub of cmd.commands) applyExitOverride(sub);
}
