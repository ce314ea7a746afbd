/**
 * @module analyse/impersonation/brand-index
 * `buildBrandIndex(brands)`: every structure `checkLookalike` needs so that checking one domain
 * costs the same against 10 or 10,000 brands:
 * - `legit`: the legitimate domains (a host equal to or under one of them is the brand itself);
 * - `tokens`: brand tokens (the registrable label, `paypal`, and the compacted name,
 *   `bankofamerica`) by their confusable skeleton, for exact and homoglyph matches;
 * - `deletions`: a symmetric-delete index (every token with 1, or 2 for long tokens, characters
 *   deleted) for edit-distance candidates without scanning the brands;
 * - `automaton`: an Aho–Corasick automaton over the tokens for brand names inside longer labels,
 *   sub-domains and paths.
 */
import { parse } from 'tldts';
import { AhoCorasick } from './aho-corasick.js';
import type { Brand } from './brands.js';
import { skeleton } from './confusables.js';
import { readDataList } from './data-file.js';
import { forEachDeletionHash } from './deletion-hash.js';
import { lureWordSet } from './lure-words.js';
import { parseTarget } from './parse-target.js';

export interface BrandToken {
  /** Skeleton of the token, hyphen-free: what inputs are compared with. */
  token: string;
  /** The token as the brand writes it (ASCII, hyphen-free), to tell a homoglyph from an exact copy. */
  label: string;
  /** The brand's name. */
  brand: string;
  /** The legitimate domain reported as `target`. */
  target: string;
  /** Public suffix of `target` (for TLD-swap detection). */
  suffix: string;
  /** An ordinary word (data/impersonation/generic-tokens.txt): needs a lure or a trick to count. */
  generic: boolean;
}

export interface BrandIndex {
  readonly brands: ReadonlyArray<Brand>;
  readonly legit: ReadonlySet<string>;
  /** Legitimate domain → brand name (without the `(infrastructure)` mark). */
  readonly owner: ReadonlyMap<string, string>;
  /** `.brand` TLDs (data/impersonation/brand-tlds.txt) whose brand is in the list. */
  readonly brandTlds: ReadonlySet<string>;
  readonly tokens: ReadonlyMap<string, BrandToken>;
  /** Hash of a token with 0–2 characters deleted → the tokens (see deletion-hash.ts). */
  readonly deletions: ReadonlyMap<number, ReadonlyArray<string>>;
  readonly automaton: AhoCorasick;
  /** Length of the longest token: longer labels cannot be within edit distance 2 of any. */
  readonly maxTokenLength: number;
}

/** Tokens shorter than this are never matched fuzzily. */
export const MIN_FUZZY_TOKEN = 5;
/** Tokens at least this long are matched at edit distance 2 as well as 1. */
export const MIN_DISTANCE2_TOKEN = 9;
/** Tokens at least this long are searched inside longer labels, sub-domains and paths. */
export const MIN_SUBSTRING_TOKEN = 4;

/**
 * Rows whose name ends with `(infrastructure)` mark domains that are legitimate (score 0) but
 * name no brand (CDNs, API hosts): they produce no token, so `mzstatic` does not make `mlstatic`
 * a lookalike. The convention works in user CSVs too.
 */
export const INFRASTRUCTURE_SUFFIX = '(infrastructure)';

/** Labels that are parts of domain names rather than names (`com` from `amazon.com.be`). */
const NOT_A_NAME = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'int',
  'co',
  'ac',
  'www',
  'web',
  'app',
  'api',
  'cdn',
  'mail',
]);

export function buildBrandIndex(rows: ReadonlyArray<Brand>): BrandIndex {
  // Rows may come from options (unvalidated): normalise, and drop what is not a domain name.
  const allBrands: Brand[] = [];
  for (const b of rows) {
    const p = parseTarget(b.domain);
    if (p.ok) allBrands.push(p.host === b.domain ? b : { name: b.name, domain: p.host });
  }
  const legit = new Set<string>();
  const tokens = new Map<string, BrandToken>();
  const generic = new Set(readDataList('generic-tokens.txt'));
  const lure = lureWordSet();
  const add = (raw: string, brand: Brand, suffix: string): void => {
    const token = skeleton(raw).replace(/[-_.]/g, '');
    if (token.length < 3 || tokens.has(token) || NOT_A_NAME.has(token)) return; // first row wins
    const label = raw.replace(/[-_.]/g, '');
    const isGeneric = generic.has(label) || lure.has(label);
    tokens.set(token, { token, label, brand: brand.name, target: brand.domain, suffix, generic: isGeneric });
  };
  const owner = new Map<string, string>();
  for (const b of allBrands) {
    legit.add(b.domain);
    if (!owner.has(b.domain)) owner.set(b.domain, b.name.replace(INFRASTRUCTURE_SUFFIX, '').trim());
  }
  const brands = allBrands.filter((b) => !b.name.endsWith(INFRASTRUCTURE_SUFFIX));
  // Pass 1: registrable labels (`paypal` from paypal.com); pass 2: labels with their sub-domain
  // (`launchpadethereum`) and compacted names (`wellsfargo`), which must not steal pass-1 tokens.
  for (const b of brands) {
    const p = parse(b.domain, { allowPrivateDomains: false });
    if (p.domainWithoutSuffix) add(p.domainWithoutSuffix, b, p.publicSuffix ?? '');
  }
  for (const b of brands) {
    const p = parse(b.domain, { allowPrivateDomains: false });
    if (p.subdomain && p.domainWithoutSuffix && p.subdomain !== 'www') {
      add(p.subdomain + p.domainWithoutSuffix, b, p.publicSuffix ?? '');
    }
    const compact = b.name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]/g, '');
    if (compact.length >= MIN_FUZZY_TOKEN) add(compact, b, p.publicSuffix ?? '');
  }
  const del = new Map<number, string[]>();
  let maxTokenLength = 0;
  for (const t of tokens.keys()) {
    maxTokenLength = Math.max(maxTokenLength, t.length);
    if (t.length < MIN_FUZZY_TOKEN) continue;
    forEachDeletionHash(t, t.length >= MIN_DISTANCE2_TOKEN ? 2 : 1, (h) => {
      const list = del.get(h);
      if (!list) del.set(h, [t]);
      else if (!list.includes(t)) list.push(t);
    });
  }
  // A brand whose name is a lure word (`login.gov`) must not be "found" inside `secure-login`.
  const automaton = new AhoCorasick(
    [...tokens.keys()].filter((t) => t.length >= MIN_SUBSTRING_TOKEN && !lure.has(t)),
  );
  const brandTlds = new Set(readDataList('brand-tlds.txt').filter((t) => tokens.has(t)));
  return { brands: allBrands, legit, owner, brandTlds, tokens, deletions: del, automaton, maxTokenLength };
}
