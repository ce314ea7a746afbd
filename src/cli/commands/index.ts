/**
 * @module cli/commands
 * Every command file exports `register(program)`; this list is the CLI's table of contents.
 * Commands are thin: parse options, call a core function, print.
 */
import type { Command } from 'commander';
import { register as campaigns } from './campaigns.js';
import { register as caseCmd } from './case.js';
import { register as crypto } from './crypto.js';
import { register as demo } from './demo.js';
import { register as evidence } from './evidence.js';
import { register as exportCmd } from './export.js';
import { register as extract } from './extract.js';
import { register as ingest } from './ingest.js';
import { register as lookalike } from './lookalike.js';
import { register as match } from './match.js';
import { register as observables } from './observables.js';
import { register as score } from './score.js';
import { register as serve } from './serve.js';

export function registerCommands(program: Command): void {
  for (const register of [
    caseCmd,
    ingest,
    evidence,
    extract,
    observables,
    score,
    lookalike,
    crypto,
    campaigns,
    exportCmd,
    match,
    serve,
    demo,
  ]) {
    register(program);
  }
}
