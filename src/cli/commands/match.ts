/**
 * @module cli/commands/match
 * `dragnet match [FILE…]`: imports partner intelligence (STIX 2.1 bundles, MISP events) into the
 * case — each file in one transaction, idempotent by digest, with its per-object errors on stderr —
 * then lists the case indicators that appear in any imported intelligence.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { badInput, DragnetError } from '../../core/errors.js';
import { parseIntel } from '../../share/import-intel-file.js';
import { loadPartnerIndicators, saveIntel } from '../../share/intel-store.js';
import { loadShareInput } from '../../share/load-share-input.js';
import { matchIntel } from '../../share/match-intel.js';
import { DEFAULT_IMPORT_LIMITS } from '../../share/partner-intel.js';
import { withCase } from '../open-store.js';
import { formatTable, outputMode, writeJsonLine, writeLine } from '../output.js';
import { action } from '../run-command.js';

async function readPartnerFile(file: string): Promise<Buffer> {
  try {
    const st = await stat(file);
    if (st.isDirectory()) throw badInput(file, 'is a directory');
    if (st.size > DEFAULT_IMPORT_LIMITS.maxBytes) {
      throw new DragnetError('LIMIT', `larger than the ${DEFAULT_IMPORT_LIMITS.maxBytes}-byte import limit`, {
        subject: file,
      });
    }
    return await readFile(file);
  } catch (err) {
    if (err instanceof DragnetError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw badInput(
      file,
      code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`,
      undefined,
      err,
    );
  }
}

export function register(program: Command): void {
  program
    .command('match')
    .description('import partner STIX/MISP intelligence and show which case indicators it names')
    .argument('[files...]', 'STIX 2.1 bundles or MISP event JSON files to import first')
    .action(
      action(async (files: string[], _opts: unknown, self: Command) =>
        withCase(self, async (store) => {
          // Parse everything before writing anything: a bad file fails the command with the case untouched.
          const parsed = [];
          for (const file of files) {
            const bytes = await readPartnerFile(file);
            const res = parseIntel(bytes, file);
            if (!res.ok)
              throw badInput(file, res.problems.map((p) => p.message.replace(`${file}: `, '')).join('; '));
            parsed.push({ file, intel: res.value, sha256: createHash('sha256').update(bytes).digest('hex') });
          }
          for (const p of parsed) {
            const r = await saveIntel(store, p.intel, p.sha256, p.file);
            process.stderr.write(
              `${p.file}: ${r.imported ? `imported ${r.indicators} indicator(s)` : 'already imported'}` +
                `${r.errors.length > 0 ? `, ${r.errors.length} object(s) skipped` : ''}\n`,
            );
            for (const e of r.errors.slice(0, 20)) process.stderr.write(`  ${e.object}: ${e.message}\n`);
            if (r.errors.length > 20) process.stderr.write(`  … ${r.errors.length - 20} more\n`);
          }
          const matches = matchIntel(loadShareInput(store).indicators, loadPartnerIndicators(store));
          const mode = outputMode(self);
          if (mode === 'jsonl') for (const m of matches) await writeJsonLine(m);
          else if (mode === 'json') await writeJsonLine(matches);
          else if (matches.length === 0)
            await writeLine('no case indicator appears in the imported partner intelligence');
          else {
            await writeLine(
              formatTable([
                ['type', 'value', 'match', 'evidence', 'source', 'context'],
                ...matches.map((m) => [
                  m.type,
                  m.value,
                  m.match,
                  m.evidence.length,
                  m.source,
                  m.context ?? '',
                ]),
              ]),
            );
          }
          return 0;
        }),
      ),
    );
}
