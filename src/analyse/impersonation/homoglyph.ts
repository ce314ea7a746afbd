/**
 * @module analyse/impersonation/homoglyph
 * dnstwist's `homoglyph` fuzzer in both historical forms, applied twice (a variant of a variant),
 * as dnstwist does:
 * - 20221213: every window of the label, one character value replaced by a glyph at all of its
 *   occurrences inside the window. The distinct results are exactly "a contiguous run of that
 *   character's occurrences replaced (never all the way from first to last character)", which we
 *   enumerate directly instead of every window.
 * - 20250130: one character or a two-character window (`rn` → `m`, `cl` → `d`) replaced, with
 *   the IDN repertoire the TLD's registry allows.
 * Labels are arrays of code points, as Python indexes strings.
 */
import { dnstwistTables, glyphsForTld } from './dnstwist-tables.js';

type Glyphs = ReadonlyMap<string, ReadonlyArray<string>>;

/** 20221213 `mix`. */
function mixWindows(label: string, table: Glyphs, out: Set<string>): void {
  const d = Array.from(label);
  const n = d.length;
  if (n < 2) return;
  const positions = new Map<string, number[]>();
  d.forEach((c, i) => {
    const p = positions.get(c);
    if (p) p.push(i);
    else positions.set(c, [i]);
  });
  for (const [c, pos] of positions) {
    const glyphs = table.get(c);
    if (!glyphs) continue;
    for (let a = 0; a < pos.length; a++) {
      for (let b = a; b < pos.length; b++) {
        if ((pos[b] ?? 0) - (pos[a] ?? 0) + 1 > n - 1) continue; // widest window: n-1 characters
        for (const g of glyphs) {
          const t = d.slice();
          for (let k = a; k <= b; k++) t[pos[k] ?? 0] = g;
          out.add(t.join(''));
        }
      }
    }
  }
}

/** 20250130 `mix`: single characters, then each two-character window's characters or the pair. */
function mixPairs(label: string, table: Glyphs, out: Set<string>): void {
  const d = Array.from(label);
  // Prefix/suffix strings once per position rather than once per glyph.
  const pre: string[] = [''];
  for (let i = 0; i < d.length; i++) pre.push((pre[i] ?? '') + (d[i] ?? ''));
  const suf: string[] = new Array(d.length + 1).fill('');
  for (let i = d.length - 1; i >= 0; i--) suf[i] = (d[i] ?? '') + (suf[i + 1] ?? '');
  for (let i = 0; i < d.length; i++) {
    const glyphs = table.get(d[i] ?? '');
    if (glyphs) for (const g of glyphs) out.add((pre[i] ?? '') + g + (suf[i + 1] ?? ''));
  }
  for (let i = 0; i < d.length - 1; i++) {
    const a = d[i] ?? '';
    const b = d[i + 1] ?? '';
    const p = pre[i] ?? '';
    const s = suf[i + 2] ?? '';
    for (const g of table.get(a) ?? []) out.add(p + g + (b === a ? g : b) + s);
    if (b !== a) for (const g of table.get(b) ?? []) out.add(p + a + g + s);
    for (const g of table.get(a + b) ?? []) out.add(p + g + s);
  }
}

/**
 * Above this many first-pass variants the (quadratic) second pass is skipped. Ordinary labels
 * (up to ≈ 20 characters: `bankofamericaonline` has 307) stay below it, so dnstwist's output is matched; long or repetitive
 * labels would otherwise yield millions of names (dnstwist itself runs for minutes on them).
 */
export const HOMOGLYPH_SECOND_PASS_LIMIT = 500;

function twice(
  label: string,
  table: Glyphs,
  mix: (l: string, t: Glyphs, o: Set<string>) => void,
): Set<string> {
  const first = new Set<string>();
  mix(label, table, first);
  const all = new Set(first);
  if (first.size > HOMOGLYPH_SECOND_PASS_LIMIT) return all;
  for (const r of first) mix(r, table, all);
  return all;
}

let table2022: Glyphs | undefined;
const tableByTld = new Map<string, Glyphs>();

/** Homoglyph variants of `label` for a domain under `tld` (union of both dnstwist versions). */
export function homoglyph(label: string, tld: string): Set<string> {
  table2022 ??= new Map(Object.entries(dnstwistTables().glyphs2022));
  let t = tableByTld.get(tld);
  if (!t) {
    t = glyphsForTld(tld);
    tableByTld.set(tld, t);
  }
  const out = twice(label, table2022, mixWindows);
  for (const v of twice(label, t, mixPairs)) out.add(v);
  out.delete(label);
  return out;
}
