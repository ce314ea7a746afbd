/**
 * @module analyse/crypto/tags/parse-tag-list
 * Reads a tag list: CSV with a header naming `address,label,category,source` (optional `chain`;
 * `entity` is read as `label`) or JSON (an array of such objects). Every address is validated
 * (checksum, and chain when given); rows that fail are reported by row number and left out, so a
 * list with a few bad rows (they exist in public lists) still imports the good ones.
 */

import { splitCsvLine } from '../../../core/csv-line.js';
import type { Chain } from '../address/types.js';
import { CHAINS } from '../address/types.js';
import { validateAddress } from '../address/validate-address.js';
import { addressKey } from '../store/crypto-case.js';

export type TagCategory =
  | 'exchange'
  | 'mixer'
  | 'scam'
  | 'sanctioned'
  | 'ransomware'
  | 'darknet'
  | 'gambling'
  | 'mining'
  | 'service'
  | 'other';

const CATEGORIES: ReadonlySet<string> = new Set([
  'exchange',
  'mixer',
  'scam',
  'sanctioned',
  'ransomware',
  'darknet',
  'gambling',
  'mining',
  'service',
  'other',
]);

export interface Tag {
  chain: Chain;
  /** Storage key (see `addressKey`). */
  address: string;
  label: string;
  category: TagCategory;
  source: string;
}

export interface RejectedRow {
  /** 1-based row (CSV: line number, header = 1; JSON: element number). */
  row: number;
  address: string;
  error: string;
}

export interface TagList {
  tags: Tag[];
  rejected: RejectedRow[];
}

export interface TagDefaults {
  category?: TagCategory;
  source?: string;
  chain?: Chain;
}

function toTag(
  raw: Record<string, string | undefined>,
  row: number,
  defaults: TagDefaults,
  out: TagList,
): void {
  const address = (raw.address ?? '').trim();
  if (address === '' || address.startsWith('#')) return;
  const chainText = (raw.chain ?? '').trim().toLowerCase();
  const chain = chainText
    ? (CHAINS.find((c) => c === chainText) ?? (chainText === 'xbt' ? 'btc' : undefined))
    : defaults.chain;
  if (chainText && !chain) {
    out.rejected.push({ row, address, error: `unsupported chain "${chainText}"` });
    return;
  }
  const v = validateAddress(address, chain ? { chain } : {});
  if (!v.valid || !v.chain || !v.normalized) {
    out.rejected.push({ row, address, error: v.error ?? 'invalid address' });
    return;
  }
  const categoryText = (raw.category ?? '').trim().toLowerCase();
  const category = (
    CATEGORIES.has(categoryText) ? categoryText : (defaults.category ?? 'other')
  ) as TagCategory;
  out.tags.push({
    chain: v.chain,
    address: addressKey(v.chain, v.normalized),
    label: (raw.label ?? raw.entity ?? '').trim() || 'unnamed',
    category,
    source: (raw.source ?? '').trim() || defaults.source || 'unknown',
  });
}

export function parseTagList(text: string, defaults: TagDefaults = {}): TagList {
  const out: TagList = { tags: [], rejected: [] };
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('[')) {
    const rows = JSON.parse(trimmed) as unknown[];
    rows.forEach((r, i) => {
      if (typeof r !== 'object' || r === null) {
        out.rejected.push({ row: i + 1, address: '', error: 'not an object' });
        return;
      }
      const rec: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(r))
        if (v !== null && v !== undefined) rec[k.toLowerCase()] = String(v);
      toTag(rec, i + 1, defaults, out);
    });
    return out;
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | undefined;
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = splitCsvLine(line)?.map((c) => c.trim());
    if (!cells) {
      out.rejected.push({ row: i + 1, address: '', error: 'a quoted field is never closed' });
      return;
    }
    if (!header) {
      header = cells.map((c) => c.toLowerCase());
      if (!header.includes('address')) header = ['address', 'label', 'category', 'source'];
      else return;
    }
    const rec: Record<string, string | undefined> = {};
    header.forEach((h, k) => {
      rec[h] = cells[k];
    });
    toTag(rec, i + 1, defaults, out);
  });
  return out;
}
