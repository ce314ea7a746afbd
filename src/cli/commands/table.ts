/**
 * @module cli/commands/table
 * The CLI's table of contents, loaded lazily: only the module of the command being run is
 * imported, so `dragnet --version` or `dragnet case info` do not pay for the triage model,
 * the brand index or the HTTP server. Descriptions here are what `dragnet --help` lists.
 */
import type { Command } from 'commander';

export interface CommandEntry {
  name: string;
  description: string;
  load: () => Promise<{ register(program: Command): void }>;
}

export const COMMAND_TABLE: ReadonlyArray<CommandEntry> = [
  { name: 'case', description: 'create, inspect and verify a case', load: () => import('./case.js') },
  {
    name: 'ingest',
    description: 'ingest evidence files and folders into the case',
    load: () => import('./ingest.js'),
  },
  { name: 'evidence', description: 'list and show evidence items', load: () => import('./evidence.js') },
  {
    name: 'extract',
    description: 'extract indicators (URLs, IPs, wallets, IBANs, phones…) from files or stdin',
    load: () => import('./extract.js'),
  },
  {
    name: 'observables',
    description: 'indicators stored in the case',
    load: () => import('./observables.js'),
  },
  {
    name: 'score',
    description: 'score messages: P(unwanted), class, language, reasons',
    load: () => import('./score.js'),
  },
  {
    name: 'lookalike',
    description: 'generate lookalike domains, or say which brand a domain imitates',
    load: () => import('./lookalike.js'),
  },
  {
    name: 'crypto',
    description: 'crypto addresses, transactions, clustering and fund tracing',
    load: () => import('./crypto.js'),
  },
  {
    name: 'campaigns',
    description: 'group messages into campaigns (near-duplicate text + shared infrastructure)',
    load: () => import('./campaigns.js'),
  },
  {
    name: 'timeline',
    description: 'ordered events of the case, or of one campaign',
    load: () => import('./campaigns.js'),
  },
  {
    name: 'export',
    description: 'export indicators and campaigns: STIX 2.1, MISP event JSON, or CSV',
    load: () => import('./export.js'),
  },
  {
    name: 'match',
    description: 'import partner STIX/MISP intelligence and match it against the case',
    load: () => import('./match.js'),
  },
  {
    name: 'serve',
    description: 'serve the HTTP API and the web UI (127.0.0.1 by default)',
    load: () => import('./serve.js'),
  },
  {
    name: 'demo',
    description: 'build a demo case from the bundled sample evidence and print a report',
    load: () => import('./demo.js'),
  },
];

/** Global options that take a value: their value is not the command name. */
const GLOBAL_VALUE_OPTIONS = new Set(['--case']);

/** The command named on the command line (`help X` names X), or undefined. */
export function commandNameOf(args: ReadonlyArray<string>): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (GLOBAL_VALUE_OPTIONS.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    return a === 'help' ? args[i + 1] : a;
  }
  return undefined;
}

/**
 * Registers the named command for real and every other one as a listing-only stub. A module
 * may register several commands (`campaigns` and `timeline`); its other commands replace stubs.
 */
export async function registerLazily(program: Command, args: ReadonlyArray<string>): Promise<void> {
  const wanted = COMMAND_TABLE.find((c) => c.name === commandNameOf(args));
  if (wanted) (await wanted.load()).register(program);
  const registered = new Set(program.commands.map((c) => c.name()));
  for (const entry of COMMAND_TABLE) {
    if (!registered.has(entry.name)) program.command(entry.name).description(entry.description);
  }
}
