/**
 * @module cli/commands/lookalike
 * `dragnet lookalike generate DOMAIN` — lookalike candidates (`{"domain","fuzzer"}` per line):
 * every dnstwist fuzzer, UTS #39 confusables and multilingual combosquatting, punycode for IDNs.
 * `dragnet lookalike check DOMAIN_OR_URL…|- [--brands FILE]` — which brand each input imitates
 * (`{"input","target","score","techniques"}`); bad inputs answer `target: null` with an `error`.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  brandsFromCsv,
  buildBrandIndex,
  checkLookalike,
  FUZZER_ORDER,
  generateLookalikes,
  loadBundledBrands,
} from '../../analyse/impersonation/index.js';
import { badInput, usageError } from '../../core/errors.js';
import { formatTable, outputMode, writeJsonLine, writeLine } from '../output.js';
import { readStdin } from '../read-inputs.js';
import { action } from '../run-command.js';

async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw badInput(
      file,
      code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`,
      undefined,
      err,
    );
  }
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

export function register(program: Command): void {
  const cmd = program
    .command('lookalike')
    .description('generate lookalike domains, or say which brand a domain imitates');

  cmd
    .command('generate')
    .description('lookalike candidates of DOMAIN (dnstwist fuzzers + Unicode confusables + combosquatting)')
    .argument('<domain>', 'the domain to protect')
    .option('--tld <file>', 'TLDs for tld-swap, one per line (as dnstwist --tld)')
    .option('--dictionary <file>', 'words for the dictionary fuzzer, one per line (as dnstwist --dictionary)')
    .option('--fuzzers <list>', `comma-separated subset of: ${FUZZER_ORDER.join(',')}`)
    .action(
      action(
        async (
          domain: string,
          opts: { tld?: string; dictionary?: string; fuzzers?: string },
          self: Command,
        ) => {
          const fuzzers = opts.fuzzers?.split(',').map((f) => f.trim().toLowerCase());
          const unknown = fuzzers?.filter((f) => !(FUZZER_ORDER as ReadonlyArray<string>).includes(f));
          if (unknown && unknown.length > 0) throw usageError(`unknown fuzzer(s): ${unknown.join(', ')}`);
          const results = generateLookalikes(domain, {
            ...(opts.tld ? { tlds: lines(await readTextFile(opts.tld)) } : {}),
            ...(opts.dictionary ? { dictionary: lines(await readTextFile(opts.dictionary)) } : {}),
            ...(fuzzers ? { fuzzers } : {}),
          });
          const mode = outputMode(self);
          if (mode === 'json') await writeJsonLine(results);
          else if (mode === 'jsonl') for (const r of results) await writeJsonLine(r);
          else {
            await writeLine(
              formatTable([
                ['FUZZER', 'DOMAIN', 'UNICODE'],
                ...results.map((r) => [r.fuzzer, r.domain, r.unicode ?? '']),
              ]),
            );
            process.stderr.write(`${results.length} candidates\n`);
          }
          return 0;
        },
      ),
    );

  cmd
    .command('check')
    .description(
      'which brand each domain, URL or e-mail address imitates (`-` reads one per line from stdin)',
    )
    .argument('[inputs...]', 'domains, URLs or addresses; `-` for stdin')
    .option('--brands <file>', 'CSV "name,domain" of protected organisations (replaces the bundled list)')
    .action(
      action(async (inputs: string[], opts: { brands?: string }, self: Command) => {
        if (inputs.length === 0)
          throw usageError('nothing to check', 'give domains or URLs, or `-` to read them from stdin');
        const brands = opts.brands
          ? brandsFromCsv(await readTextFile(opts.brands), opts.brands)
          : loadBundledBrands();
        const index = buildBrandIndex(brands);
        const list: string[] = [];
        for (const i of inputs) {
          if (i === '-')
            list.push(
              ...(await readStdin())
                .toString('utf8')
                .split(/\r?\n/)
                .filter((l) => l.trim() !== ''),
            );
          else list.push(i);
        }
        const mode = outputMode(self);
        const results = [];
        for (const input of list) {
          const r = checkLookalike(input, index);
          if (mode === 'jsonl') await writeJsonLine(r);
          else results.push(r);
        }
        if (mode === 'json') await writeJsonLine(results);
        else if (mode === 'human') {
          const rows = results.map((r) => [
            r.input,
            r.target ?? (r.error ? `error: ${r.error}` : '-'),
            r.score.toFixed(2),
            r.techniques.join(','),
          ]);
          await writeLine(formatTable([['INPUT', 'TARGET', 'SCORE', 'TECHNIQUES'], ...rows]));
        }
        return 0;
      }),
    );
}
