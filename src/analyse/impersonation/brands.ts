/**
 * @module analyse/impersonation/brands
 * Protected organisations: the bundled list (data/impersonation/brands.csv, ≈ 760 brands with
 * their legitimate domains; sources in data/impersonation/PROVENANCE.md) or a user CSV with the
 * header `name,domain`, one row per legitimate domain. Several rows may share a name; the first
 * row of a name is that brand's main domain.
 */
import { splitCsvLine } from '../../core/csv-line.js';
import { DragnetError } from '../../core/errors.js';
import { fail, ok, type Result } from '../../core/result.js';
import { readDataFile } from './data-file.js';
import { parseTarget } from './parse-target.js';

export interface Brand {
  name: string;
  /** Legitimate domain, ASCII lower-case. */
  domain: string;
}

/**
 * Parses a brands CSV. The first problem stops parsing and names its line: a wrong header, a row
 * without exactly two fields, an empty name, or a domain that is not a valid domain name.
 */
export function parseBrandsCsv(text: string): Result<Brand[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '')?.map((h) => h.trim().toLowerCase());
  if (header?.[0] !== 'name' || header[1] !== 'domain' || header.length !== 2) {
    return fail('line 1: header must be "name,domain"', 0);
  }
  const brands: Brand[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const where = `line ${i + 1}`;
    const fields = splitCsvLine(raw)?.map((f) => f.trim());
    if (!fields)
      return {
        ok: false,
        problems: [{ message: `${where}: unterminated quote`, line: i + 1, severity: 'error' }],
      };
    if (fields.length !== 2) {
      return {
        ok: false,
        problems: [
          {
            message: `${where}: expected 2 fields (name,domain), found ${fields.length}`,
            line: i + 1,
            severity: 'error',
          },
        ],
      };
    }
    const [name = '', domain = ''] = fields;
    if (name === '')
      return { ok: false, problems: [{ message: `${where}: empty name`, line: i + 1, severity: 'error' }] };
    const parsed = parseTarget(domain);
    if (!parsed.ok || parsed.path !== '') {
      const why = parsed.ok ? 'a domain, not a URL, is expected' : parsed.error;
      return {
        ok: false,
        problems: [{ message: `${where}: bad domain "${domain}": ${why}`, line: i + 1, severity: 'error' }],
      };
    }
    if (seen.has(parsed.host)) continue;
    seen.add(parsed.host);
    brands.push({ name, domain: parsed.host });
  }
  if (brands.length === 0) return fail('no brand rows after the header');
  return ok(brands);
}

/** Like `parseBrandsCsv` but throws `DragnetError('BAD_INPUT')` naming the file and line. */
export function brandsFromCsv(text: string, source: string): Brand[] {
  const r = parseBrandsCsv(text);
  if (!r.ok) {
    throw new DragnetError('BAD_INPUT', r.problems[0]?.message ?? 'malformed brands file', {
      subject: source,
      hint: 'the brands file is a CSV with the header "name,domain" and one legitimate domain per row',
    });
  }
  return r.value;
}

let bundled: Brand[] | undefined;

/** The bundled list of most-impersonated brands (data/impersonation/brands.csv). */
export function loadBundledBrands(): Brand[] {
  bundled ??= brandsFromCsv(readDataFile('brands.csv'), 'data/impersonation/brands.csv');
  return bundled;
}
