/**
 * Builds the labelled evaluation set for `lookalike check` from the reference material under
 * /work/shared/reference (override with DRAGNET_REFERENCE). Nothing is copied into the repo: the
 * set is rebuilt in memory on every bench run, deterministically.
 *
 * Positives (a phishing or lookalike domain and the legitimate domain it targets):
 * - `eth-lev2`: MetaMask eth-phishing-detect blacklist entries within Levenshtein 2 of a target
 *   (lookalike_pairs_lev2.jsonl, derived by the reference's curator);
 * - `eth-combo`: other blacklist entries whose registrable label contains a target's label
 *   (≥ 5 letters) — combosquats such as `metamask-wallet.io`;
 * - `dnstwist`: a deterministic 1-in-20 sample of dnstwist 20250130's permutations of the same 15
 *   targets (dnstwist-baseline), all fuzzers including dictionary and TLD swap.
 * Negatives: popular domains (MISP warninglists cisco_top1000 and cloudflare-top1k, the top-sites
 * list) and, reported apart, the eth-phishing-detect allow-list (hard negatives near the targets).
 * Entries that are also targets, allow-listed, or in both classes are dropped.
 * Other public phishing lists are deliberately not used (kept for the outside check).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'tldts';

export const REFERENCE = process.env.DRAGNET_REFERENCE ?? '/work/shared/reference';

export interface Positive {
  domain: string;
  target: string;
  source: 'eth-lev2' | 'eth-combo' | 'dnstwist';
  fuzzer?: string;
}
export interface Negative {
  domain: string;
  source: 'cisco-top1000' | 'cloudflare-top1k' | 'top-sites' | 'eth-allowlist';
}
export interface LabelledSet {
  positives: Positive[];
  negatives: Negative[];
  targets: string[];
}

const ref = (...p: string[]): string => path.join(REFERENCE, ...p);
const readJson = <T>(...p: string[]): T => JSON.parse(readFileSync(ref(...p), 'utf8')) as T;
const clean = (d: string): string =>
  d
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');

export function buildLabelledSet(): LabelledSet {
  const config = readJson<{ fuzzylist: string[]; whitelist: string[]; blacklist: string[] }>(
    'lookalike',
    'eth-phishing-detect',
    'config.json',
  );
  const targets = config.fuzzylist.map(clean);
  const allow = new Set(config.whitelist.map(clean));
  const targetSet = new Set(targets);
  const positives: Positive[] = [];
  const seen = new Set<string>();
  const addPos = (p: Positive): void => {
    if (seen.has(p.domain) || allow.has(p.domain) || targetSet.has(p.domain)) return;
    seen.add(p.domain);
    positives.push(p);
  };
  const pairs = readFileSync(ref('lookalike', 'eth-phishing-detect', 'lookalike_pairs_lev2.jsonl'), 'utf8');
  for (const line of pairs.split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as { domain: string; target: string };
    addPos({ domain: clean(r.domain), target: clean(r.target), source: 'eth-lev2' });
  }
  const labels = targets
    .map((t) => ({ t, label: (parse(t).domainWithoutSuffix ?? '').replace(/-/g, '') }))
    .filter((x) => x.label.length >= 5)
    .sort((a, b) => b.label.length - a.label.length);
  for (const raw of config.blacklist) {
    const d = clean(raw);
    const sld = (parse(d, { allowPrivateDomains: true }).domainWithoutSuffix ?? '').replace(/-/g, '');
    const hit = labels.find((x) => sld.includes(x.label) && sld !== x.label);
    if (hit) addPos({ domain: d, target: hit.t, source: 'eth-combo' });
  }
  const tsv = gunzipSync(
    readFileSync(ref('lookalike', 'dnstwist-baseline', 'dnstwist_20250130_perms_eth_targets.tsv.gz')),
  )
    .toString('utf8')
    .split('\n');
  let n = 0;
  for (const line of tsv.slice(1)) {
    const [target, fuzzer, domain] = line.split('\t');
    if (!target || !fuzzer || !domain || fuzzer === '*original') continue;
    if (n++ % 20 !== 0) continue;
    addPos({ domain: clean(domain), target: clean(target), source: 'dnstwist', fuzzer });
  }
  const negatives: Negative[] = [];
  const negSeen = new Set<string>();
  const addNeg = (domain: string, source: Negative['source']): void => {
    const d = clean(domain);
    if (d === '' || negSeen.has(d) || seen.has(d)) return;
    negSeen.add(d);
    negatives.push({ domain: d, source });
  };
  const misp = (name: string): string[] =>
    readJson<{ list: string[] }>('observables', 'misp-warninglists', 'lists', `${name}.json`).list;
  for (const d of misp('cisco_top1000')) addNeg(d, 'cisco-top1000');
  for (const d of misp('cloudflare-top1k')) addNeg(d, 'cloudflare-top1k');
  for (const r of readJson<Array<{ rootDomain: string }>>('lookalike', 'top-sites', 'top-sites.json'))
    addNeg(r.rootDomain, 'top-sites');
  for (const d of allow) addNeg(d, 'eth-allowlist');
  return { positives, negatives, targets };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = buildLabelledSet();
  const count = (xs: Array<{ source: string }>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const x of xs) out[x.source] = (out[x.source] ?? 0) + 1;
    return out;
  };
  console.log(JSON.stringify({ positives: count(s.positives), negatives: count(s.negatives) }));
}
