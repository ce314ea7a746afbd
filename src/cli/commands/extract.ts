/**
 * @module cli/commands/extract
 * `dragnet extract [FILE…|-]`: the indicators in text, HTML or e-mail files (or standard input),
 * refanged and validated. `--jsonl` prints one `{"type","value","raw","start","end","source",…}`
 * record per indicator (plus `file`); `--json` one array; otherwise a table.
 * `.eml` files are parsed (headers, bodies, attachment names); `.html`/`.htm` files (or input that
 * starts like HTML) are read as HTML: offsets then refer to the decoded text (visible text, a blank
 * line, one line per href/src value). Plain text is decoded as UTF-8 (UTF-16 with a BOM).
 */
import type { Command } from 'commander';
import type { ExtractOptions } from '../../analyse/observables/index.js';
import {
  extractFromEvidence,
  extractFromHtml,
  extractObservables,
  refang,
} from '../../analyse/observables/index.js';
import { badInput, usageError } from '../../core/errors.js';
import {
  isObservableType,
  OBSERVABLE_TYPES,
  type Observable,
  type ObservableType,
} from '../../core/observable.js';
import { parseEmail } from '../../ingest/email/parse-email.js';
import { formatTable, outputMode, writeJsonLine, writeLine } from '../output.js';
import { readInputs } from '../read-inputs.js';
import { action } from '../run-command.js';

interface ExtractCliOptions {
  region?: string;
  types?: string;
  includeHashesInUrls?: boolean;
  urlHosts: boolean;
  refang?: boolean;
}

/** Decodes input bytes: UTF-16 with a BOM, else UTF-8 (BOM stripped, invalid bytes replaced). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

function parseTypes(list: string | undefined): ObservableType[] | undefined {
  if (!list) return undefined;
  const out: ObservableType[] = [];
  for (const t of list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)) {
    if (!isObservableType(t)) {
      throw usageError(`unknown type '${t}' in --types`, `one of: ${OBSERVABLE_TYPES.join(', ')}`);
    }
    out.push(t);
  }
  return out;
}

const looksLikeHtml = (name: string, text: string): boolean =>
  /\.x?html?$/i.test(name) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 512));

/** Extracts from one input according to its kind. */
async function extractInput(source: string, bytes: Buffer, options: ExtractOptions): Promise<Observable[]> {
  if (/\.eml$/i.test(source)) {
    const r = await parseEmail(bytes, source);
    if (!r.ok) throw badInput(source, r.problems[0]?.message ?? 'not an e-mail message');
    const ev = r.value;
    const attachmentNames = (ev.children ?? []).map((c) => c.fileName).filter((n): n is string => !!n);
    return extractFromEvidence({ ...ev, fileName: undefined, attachmentNames }, options);
  }
  const text = decodeText(bytes);
  if (looksLikeHtml(source, text)) return extractFromHtml(text, options).observables;
  return extractObservables(text, { ...options, source: options.source ?? 'text' });
}

export function register(program: Command): void {
  program
    .command('extract')
    .description(
      'extract indicators (URLs, domains, IPs, e-mails, phones, IBANs, cards, wallets, hashes, CVEs…) from files or stdin',
    )
    .argument('[files...]', 'text, .html or .eml files; `-` or nothing for standard input')
    .option('--region <CC>', 'ISO 3166 region for national-format phone numbers, e.g. DE')
    .option('--types <list>', 'only these types, comma-separated (e.g. url,domain,ipv4)')
    .option('--include-hashes-in-urls', 'also report hashes that sit inside URLs')
    .option('--no-url-hosts', 'do not report the host of each URL as its own domain/IP')
    .option('--refang', 'print the refanged text instead of indicators')
    .action(
      action(async (files: string[], opts: ExtractCliOptions, self: Command) => {
        if (opts.region && !/^[A-Za-z]{2}$/.test(opts.region))
          throw usageError(`--region must be a two-letter ISO 3166 code, got '${opts.region}'`);
        const types = parseTypes(opts.types);
        const options: ExtractOptions = {
          ...(opts.region ? { region: opts.region.toUpperCase() } : {}),
          ...(types ? { types } : {}),
          includeHashesInUrls: opts.includeHashesInUrls ?? false,
          urlHosts: opts.urlHosts,
        };
        const mode = outputMode(self);
        const all: Array<Observable & { file: string }> = [];
        for await (const input of readInputs(files)) {
          if (opts.refang) {
            await writeLine(refang(decodeText(input.bytes)));
            continue;
          }
          for (const o of await extractInput(input.source, input.bytes, options)) {
            const rec = { ...o, source: o.source ?? 'text', file: input.source };
            if (mode === 'jsonl') await writeJsonLine(rec);
            else all.push(rec);
          }
        }
        if (opts.refang || mode === 'jsonl') return 0;
        if (mode === 'json') {
          await writeJsonLine(all);
          return 0;
        }
        const rows: unknown[][] = [['TYPE', 'VALUE', 'AS WRITTEN', 'WHERE', 'NOTES']];
        for (const o of all) {
          const notes = [
            o.defanged ? 'defanged' : '',
            typeof o.scope === 'string' ? o.scope : '',
            o.mixedScript ? 'mixed-script' : '',
          ]
            .filter(Boolean)
            .join(' ');
          rows.push([
            o.type,
            o.value,
            o.raw === o.value ? '' : o.raw,
            `${o.file}:${o.source}@${o.start}`,
            notes,
          ]);
        }
        await writeLine(all.length === 0 ? 'no indicators found' : formatTable(rows, 80));
        if (all.length > 0) process.stderr.write(`${all.length} indicator(s)\n`);
        return 0;
      }),
    );
}
