/**
 * @module analyse/impersonation/check-lookalike
 * `checkLookalike(input, index)`: which brand a domain, URL or e-mail address imitates, how, and
 * how strongly. Output follows the `dragnet lookalike check --jsonl` contract
 * (`input`, `target`, `score`, `techniques`); `target` is the imitated brand's legitimate domain
 * and is set only when `score >= FLAG_THRESHOLD`. A brand's own domains and their sub-domains
 * score 0 with `target: null`. Bad input gives `target: null` and an `error`, never an exception.
 */
import { parse } from 'tldts';
import { type Hit, labelHits, onlyLureWords, pathHits, subdomainHits } from './brand-hits.js';
import type { BrandIndex } from './brand-index.js';
import { scriptsOf, skeleton } from './confusables.js';
import { readDataList } from './data-file.js';
import { hostingSuffix, isShortener } from './hosting.js';
import { parseTarget } from './parse-target.js';

/** Scores at or above this name a target. */
export const FLAG_THRESHOLD = 0.5;

export interface LookalikeCheck {
  input: string;
  /** The imitated brand's legitimate domain, or null. */
  target: string | null;
  /** 0..1 strength of the imitation (0 for a brand's own domain). */
  score: number;
  techniques: string[];
  /** The imitated brand's name, when `target` is set. */
  brand?: string;
  /** The host that was checked (ASCII), when the input was valid. */
  host?: string;
  /** The brand's own legitimate domain the host belongs to, when it does. */
  legitimate?: string;
  /** Why the input could not be checked. */
  error?: string;
}

let cdn: ReadonlySet<string> | undefined;
function underCdn(host: string): boolean {
  cdn ??= new Set(readDataList('cdn-suffixes.txt'));
  for (let i = host.indexOf('.'); i >= 0; i = host.indexOf('.', i + 1))
    if (cdn.has(host.slice(i + 1))) return true;
  return false;
}

/** The legitimate brand domain `host` equals or sits under, never crossing a hosting boundary. */
function legitimateDomain(host: string, index: BrandIndex, hosting: string | undefined): string | undefined {
  if (hosting === host) return undefined; // a path-based publishing host: the path decides
  const labels = host.split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (index.brandTlds.has(tld)) return tld; // `.microsoft`, `.google`: only the brand registers there
  // Walk up to two labels, but never into a hosting platform (`x.github.io` is not GitHub).
  const stopLabels = hosting ? hosting.split('.').length + 1 : 2;
  for (let i = 0; labels.length - i >= stopLabels; i++) {
    const s = labels.slice(i).join('.');
    if (index.legit.has(s)) return s;
  }
  return undefined;
}

export function checkLookalike(input: string, index: BrandIndex): LookalikeCheck {
  const p = parseTarget(input);
  if (!p.ok) return { input, target: null, score: 0, techniques: [], error: p.error };
  const { host, unicodeHost, path } = p;
  const hosting = hostingSuffix(host);
  const legit = legitimateDomain(host, index, hosting);
  if (legit) return { input, target: null, score: 0, techniques: [], host, legitimate: legit };

  const labels = host.split('.');
  const uLabels = unicodeHost.split('.');
  const hits: Hit[] = [];
  const context: string[] = [];
  let ownerIdx: number; // index of the label that names the site (registrable or hosted label)
  let suffix: string;
  if (hosting && hosting !== host) {
    suffix = hosting;
    ownerIdx = labels.length - hosting.split('.').length - 1;
    context.push('free-hosting');
  } else if (hosting === host) {
    suffix = host;
    ownerIdx = -1;
    context.push('free-hosting');
  } else {
    const priv = parse(host, { allowPrivateDomains: true });
    suffix = priv.publicSuffix ?? labels.slice(1).join('.');
    ownerIdx = labels.length - suffix.split('.').length - 1;
  }
  const shortener = isShortener(host);
  if (shortener) context.push('url-shortener');
  const cdnHost = underCdn(host);
  if (cdnHost) ownerIdx = -1; // `www.apple.com.edgekey.net`: the CDN names its customer, nobody imitates
  const owner = ownerIdx >= 0 ? labels[ownerIdx] : undefined;
  const uOwner = ownerIdx >= 0 ? uLabels[ownerIdx] : undefined;
  if (owner !== undefined && uOwner !== undefined && !shortener) {
    hits.push(...labelHits(owner, uOwner, skeleton(uOwner), suffix, index));
    // dnstwist's `subdomain` fuzzer: `pay.pal.com` reads as `paypal.com`.
    const prev = ownerIdx > 0 ? uLabels[ownerIdx - 1] : undefined;
    if (prev !== undefined) {
      const joined = skeleton(prev + uOwner);
      const tok = index.tokens.get(joined.replace(/[-_]/g, ''));
      if (tok && joined.length >= 5) hits.push({ tok, score: 0.85, techniques: ['subdomain'] });
    }
  }
  const subLabels = uLabels.slice(0, Math.max(0, ownerIdx)).map((l) => skeleton(l));
  const ownerIsLure = owner !== undefined && onlyLureWords(owner);
  hits.push(...subdomainHits(subLabels, index, cdnHost, ownerIsLure));
  if (path !== '') hits.push(...pathHits(path, index, hosting !== undefined || shortener));

  const mixed = uLabels.some((l) => scriptsOf(l).size > 1);
  if (mixed) context.push('mixed-script');
  const best = pickBest(hits);
  if (!best) {
    return { input, target: null, score: mixed ? 0.4 : 0, techniques: mixed ? ['mixed-script'] : [], host };
  }
  let score = best.score;
  // Context strengthens a finding; it never turns a non-finding into one.
  if (score >= FLAG_THRESHOLD) {
    if (mixed) score += 0.03;
    if (context.includes('free-hosting') || shortener) score += 0.05;
  }
  score = Math.min(0.99, Math.round(score * 100) / 100);
  const techniques = [...new Set([...best.techniques, ...context])];
  if (score < FLAG_THRESHOLD) return { input, target: null, score, techniques, host };
  return { input, target: best.tok.target, score, techniques, brand: best.tok.brand, host };
}

/** Highest score; ties go to the longer token, then to the alphabetically first target. */
function pickBest(hits: ReadonlyArray<Hit>): Hit | undefined {
  let best: Hit | undefined;
  for (const h of hits) {
    if (
      !best ||
      h.score > best.score ||
      (h.score === best.score &&
        (h.tok.token.length > best.tok.token.length ||
          (h.tok.token.length === best.tok.token.length && h.tok.target < best.tok.target)))
    ) {
      best = h;
    }
  }
  return best;
}
