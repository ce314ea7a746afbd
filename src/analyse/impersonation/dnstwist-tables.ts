/**
 * @module analyse/impersonation/dnstwist-tables
 * Typed access to the keyboard and glyph tables dnstwist's fuzzers use, extracted verbatim from
 * dnstwist 20221213 (Debian 12) and 20250130 (upstream) into `data/impersonation/dnstwist-tables.json`
 * (Apache-2.0, see data/impersonation/PROVENANCE.md). Exact tables are what lets `generate`
 * cover every candidate dnstwist produces.
 */
import { readDataFile } from './data-file.js';

export type GlyphTable = Readonly<Record<string, ReadonlyArray<string>>>;

export interface DnstwistTables {
  keyboards: Readonly<Record<'qwerty' | 'qwertz' | 'azerty', Readonly<Record<string, string>>>>;
  /** The single-character glyph table of dnstwist 20221213. */
  glyphs2022: GlyphTable;
  latinToCyrillic: Readonly<Record<string, string>>;
  glyphsAscii: GlyphTable;
  glyphsUnicode: GlyphTable;
  /** Per-TLD IDN glyphs (registries restrict IDN repertoires); empty tables mean "no IDN". */
  glyphsIdnByTld: Readonly<Record<string, GlyphTable>>;
}

let tables: DnstwistTables | undefined;

export function dnstwistTables(): DnstwistTables {
  tables ??= JSON.parse(readDataFile('dnstwist-tables.json')) as DnstwistTables;
  return tables;
}

/** dnstwist 20250130's glyph table for a TLD: ASCII look-alikes merged with the IDN repertoire. */
export function glyphsForTld(tld: string): Map<string, string[]> {
  const t = dnstwistTables();
  const idn = t.glyphsIdnByTld[tld] ?? t.glyphsUnicode;
  const merged = new Map<string, string[]>();
  for (const table of [t.glyphsAscii, idn]) {
    for (const [k, v] of Object.entries(table)) {
      const cur = merged.get(k) ?? [];
      for (const g of v) if (!cur.includes(g)) cur.push(g);
      merged.set(k, cur);
    }
  }
  return merged;
}

/** Neighbouring keys of `c` on all three layouts (with repeats, as dnstwist iterates them). */
export function keyboardNeighbours(c: string): string[] {
  const out: string[] = [];
  for (const layout of Object.values(dnstwistTables().keyboards)) {
    const keys = layout[c];
    if (keys) out.push(...keys);
  }
  return out;
}
