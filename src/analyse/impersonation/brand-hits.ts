/**
 * @module analyse/impersonation/brand-hits
 * The individual detectors behind `checkLookalike`. Each looks at one part of the name (the
 * registrable label, its hyphen/digit-separated parts, the sub-domain labels, the URL path) and
 * reports candidate brands with a score in [0,1] and the technique names an analyst reads.
 * Scores are fixed per technique (rules, not a trained model) and documented in README.md.
 */
import {
  type BrandIndex,
  type BrandToken,
  MIN_DISTANCE2_TOKEN,
  MIN_FUZZY_TOKEN,
  MIN_SUBSTRING_TOKEN,
} from './brand-index.js';
import { classifyEdit, deletions, keyboardDistance } from './edit-distance.js';
import { lureWordSet } from './lure-words.js';

export interface Hit {
  tok: BrandToken;
  score: number;
  techniques: string[];
}

// ccTLDs marketed as generic (`.io`, `.co`, `.cc`…): a brand on one of them is as suspicious as on
// `.xyz`. Other ccTLDs are usually the brand's own national site, so a bare TLD swap there scores low.
const GENERIC_CC = new Set(
  'ac ai am bz cc cf co cx fm ga gg gq im io la ly me ml nu pw sh so st su sx tk to tv vc vg ws'.split(' '),
);

export function isCountrySuffix(suffix: string): boolean {
  const last = suffix.slice(suffix.lastIndexOf('.') + 1);
  return last.length === 2 && !GENERIC_CC.has(last);
}

/** True when `rest` (a label with the brand token cut out) is only lure words, digits and hyphens. */
export function onlyLureWords(rest: string): boolean {
  const r = rest.replace(/[-_0-9]+/g, '');
  if (r === '') return rest !== '';
  const words = lureWordSet();
  const ok: boolean[] = [true];
  for (let i = 1; i <= r.length; i++) {
    ok[i] = false;
    for (let j = Math.max(0, i - 24); j < i; j++) {
      if (ok[j] && words.has(r.slice(j, i))) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[r.length] === true;
}

/** Edit-distance matches of `s` (a skeleton) against the tokens, via the symmetric-delete index. */
export function fuzzyTokens(s: string, index: BrandIndex): Array<{ tok: BrandToken; distance: number }> {
  if (s.length < MIN_FUZZY_TOKEN - 1 || s.length > index.maxTokenLength + 2) return [];
  const seen = new Set<string>();
  const out: Array<{ tok: BrandToken; distance: number }> = [];
  for (const d of deletions(s, s.length >= MIN_DISTANCE2_TOKEN - 1 ? 2 : 1)) {
    for (const t of index.deletions.get(d) ?? []) {
      if (seen.has(t) || t === s) continue;
      seen.add(t);
      const max = t.length >= MIN_DISTANCE2_TOKEN ? 2 : 1;
      const distance = keyboardDistance(s, t, max);
      const tok = index.tokens.get(t);
      if (tok && distance <= max) out.push({ tok, distance });
    }
  }
  return out;
}

/** Score of an edit-distance match: longer tokens and cheaper (keyboard, look-alike) edits score higher. */
export function fuzzyScore(tokenLength: number, distance: number): number {
  if (tokenLength >= MIN_DISTANCE2_TOKEN) return distance <= 1 ? 0.9 : distance <= 1.5 ? 0.8 : 0.7;
  if (tokenLength >= 6) return distance <= 0.5 ? 0.85 : distance <= 1 ? 0.65 : 0;
  return distance <= 0.5 ? 0.6 : 0;
}

/**
 * The registrable label (or the label under a free-hosting suffix) against the brands: exact
 * copies on another TLD, confusable skeletons, keyboard-aware typos, brand + lure words.
 */
export function labelHits(
  label: string,
  uLabel: string,
  sk: string,
  suffix: string,
  index: BrandIndex,
): Hit[] {
  const hits: Hit[] = [];
  const compact = sk.replace(/[-_]/g, '');
  const asciiCompact = label.replace(/[-_]/g, '');
  const exact = index.tokens.get(compact);
  if (exact) {
    const techniques: string[] = [];
    let score: number;
    if (asciiCompact !== exact.label || uLabel !== label) {
      techniques.push('homoglyph');
      if (uLabel !== label) techniques.push('idn');
      score = 0.95;
    } else if (label.includes('-') && !exact.target.includes('-')) {
      techniques.push('hyphenation');
      score = 0.9;
    } else if (suffix !== exact.suffix) {
      techniques.push('tld-swap');
      score = isCountrySuffix(suffix) ? 0.45 : 0.8;
    } else {
      techniques.push('brand-name'); // e.g. a compacted brand name on the brand's own TLD
      score = 0.4;
    }
    if (suffix !== exact.suffix && !techniques.includes('tld-swap')) techniques.push('tld-swap');
    hits.push({ tok: exact, score, techniques });
  }
  if (!exact && compact.length >= MIN_FUZZY_TOKEN - 1) {
    for (const { tok, distance } of fuzzyTokens(compact, index)) {
      const score = fuzzyScore(tok.token.length, distance);
      if (score === 0) continue;
      const techniques = [classifyEdit(asciiCompact, tok.label)];
      if (uLabel !== label) techniques.unshift('idn');
      if (suffix !== tok.suffix) techniques.push('tld-swap');
      hits.push({ tok, score, techniques });
    }
  }
  // Brand inside a longer label: `paypal-secure-login`, `mymetamaskwallet`.
  for (const m of index.automaton.scan(compact)) {
    if (m.token === compact) continue;
    const tok = index.tokens.get(m.token);
    if (!tok) continue;
    const rest = compact.slice(0, m.start) + compact.slice(m.start + m.token.length);
    const lure = onlyLureWords(rest);
    const score = lure ? 0.9 : m.token.length >= 8 ? 0.6 : m.token.length >= 6 ? 0.45 : 0.3;
    hits.push({ tok, score, techniques: ['combosquatting'] });
  }
  // Typo inside one part of a combosquat: `paypai-login`, `rnetamask-wallet`.
  const parts = sk.split(/[-_0-9]+/).filter((p) => p.length >= 6);
  if (parts.length >= 1 && parts.join('') !== compact) {
    for (const part of parts) {
      const rest = compact.replace(part, '');
      const lure = onlyLureWords(rest);
      for (const { tok, distance } of fuzzyTokens(part, index)) {
        const base = fuzzyScore(tok.token.length, distance);
        if (base === 0) continue;
        hits.push({
          tok,
          score: lure ? base : base - 0.2,
          techniques: ['combosquatting', classifyEdit(part, tok.label)],
        });
      }
    }
  }
  return hits;
}

/** Brand names in sub-domain labels: `paypal.com.secure-login.xyz`, `metamask-io.evil.com`. */
export function subdomainHits(
  labels: ReadonlyArray<string>,
  index: BrandIndex,
  cdn: boolean,
  ownerIsLure: boolean,
): Hit[] {
  const hits: Hit[] = [];
  for (const label of labels) {
    const compact = label.replace(/[-_]/g, '');
    if (compact === 'www' || compact.length < 3) continue;
    const exact = index.tokens.get(compact);
    if (exact && (compact.length >= MIN_SUBSTRING_TOKEN || onlyLureWords(labels.join('')))) {
      hits.push({
        tok: exact,
        score: cdn ? 0.2 : ownerIsLure ? 0.92 : 0.85,
        techniques: ['brand-in-subdomain'],
      });
      continue;
    }
    for (const m of index.automaton.scan(compact)) {
      const tok = index.tokens.get(m.token);
      if (!tok) continue;
      const rest = compact.slice(0, m.start) + compact.slice(m.start + m.token.length);
      const score = onlyLureWords(rest) ? 0.8 : m.token.length >= 6 ? 0.55 : 0.3;
      hits.push({ tok, score: cdn ? 0.2 : score, techniques: ['brand-in-subdomain'] });
    }
  }
  return hits;
}

/** Brand names as URL path segments: `host/paypal/`, `bit.ly/metamask-verify`. */
export function pathHits(path: string, index: BrandIndex, publishing: boolean): Hit[] {
  const hits: Hit[] = [];
  const segments = path.split(/[/?#&=.+~]+/).filter((s) => s.length >= 3);
  const words = lureWordSet();
  const lure = segments.some((s) => s.split(/[-_]/).some((w) => words.has(w)));
  for (const seg of segments) {
    const compact = seg.replace(/[-_]/g, '');
    const tok = index.tokens.get(compact);
    if (tok && compact.length >= MIN_SUBSTRING_TOKEN) {
      hits.push({ tok, score: publishing || lure ? 0.7 : 0.55, techniques: ['brand-in-path'] });
      continue;
    }
    for (const m of index.automaton.scan(compact)) {
      const t = index.tokens.get(m.token);
      if (!t) continue;
      const rest = compact.slice(0, m.start) + compact.slice(m.start + m.token.length);
      if (onlyLureWords(rest))
        hits.push({ tok: t, score: publishing ? 0.7 : 0.6, techniques: ['brand-in-path'] });
    }
  }
  return hits;
}
