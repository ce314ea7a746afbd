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
import { readDataList } from './data-file.js';
import { forEachDeletionHash } from './deletion-hash.js';
import { classifyEdit, keyboardDistance } from './edit-distance.js';
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

/**
 * True for suffixes a brand usually owns itself: `.com`, `.net`, `.org` and country codes used as
 * such (`.de`, `.co.uk`). `.uk.com`-style private registries and `.io`-style ccTLDs are not.
 */
export function isOwnedSuffix(suffix: string): boolean {
  if (suffix === 'com' || suffix === 'net' || suffix === 'org') return true;
  const parts = suffix.split('.');
  const last = parts[parts.length - 1] ?? '';
  if (last.length !== 2 || GENERIC_CC.has(last)) return false;
  return (
    parts.length === 1 ||
    /^(co|com|net|org|ac|gov|edu|mil|biz|info|ne|or|go|gob|gouv|nic)$/.test(parts[0] ?? '')
  );
}

// Words that on their own make an ordinary-word brand (`chase`, `post`) a credential lure.
const STRONG_LURE = new Set(
  'login signin logon verify verification secure security account auth wallet support update confirm recovery unlock suspended locked billing payment refund claim airdrop kyc password reset helpdesk customer'.split(
    ' ',
  ),
);

/** True when `rest` is only lure words and digits and contains at least one strong lure word. */
export function hasStrongLure(rest: string): boolean {
  if (!onlyLureWords(rest)) return false;
  const r = rest.replace(/[-_0-9]+/g, '');
  for (const w of STRONG_LURE) if (r.includes(w)) return true;
  return false;
}

let infra: ReadonlySet<string> | undefined;

/** True when `rest` is only words brands use for their own technical domains (`apis`, `cdn`). */
export function onlyInfraWords(rest: string): boolean {
  infra ??= new Set(readDataList('infra-words.txt'));
  return segments(rest, infra);
}

/**
 * True when `rest` (a label with the brand token cut out) is only lure words, digits, hyphens
 * and, when `index` is given, other brands' names (`att-yahoo-login`: both are bait). Names of the
 * same brand do not count: `microsoftteams` is Microsoft's own naming, not a lure.
 */
export function onlyLureWords(rest: string, index?: BrandIndex, brand?: string): boolean {
  const lure = lureWordSet();
  if (!index) return segments(rest, lure);
  return segments(rest, lure, (w) => {
    const t = index.tokens.get(w);
    return t !== undefined && t.brand !== brand && !t.generic && w.length >= 4;
  });
}

/** Can `rest`, without digits and hyphens, be cut into words of `words`? (Empty counts only if `rest` was not.) */
function segments(rest: string, words: ReadonlySet<string>, extra?: (w: string) => boolean): boolean {
  const r = rest.replace(/[-_0-9]+/g, '');
  if (r === '') return rest !== '';
  const ok: boolean[] = [true];
  for (let i = 1; i <= r.length; i++) {
    ok[i] = false;
    for (let j = Math.max(0, i - 24); j < i; j++) {
      if (
        ok[j] &&
        (words.has(r.slice(j, i)) || (extra !== undefined && i - j >= 4 && extra(r.slice(j, i))))
      ) {
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
  let seen: Set<string> | undefined;
  forEachDeletionHash(s, s.length >= MIN_DISTANCE2_TOKEN - 1 ? 2 : 1, (h) => {
    const list = index.deletions.get(h);
    if (list === undefined) return;
    seen ??= new Set();
    for (const t of list) seen.add(t);
  });
  const out: Array<{ tok: BrandToken; distance: number }> = [];
  if (!seen) return out;
  for (const t of seen) {
    if (t === s) continue;
    const max = t.length >= MIN_DISTANCE2_TOKEN ? 2 : 1;
    const distance = keyboardDistance(s, t, max);
    const tok = index.tokens.get(t);
    if (tok && distance <= max) out.push({ tok, distance });
  }
  return out;
}

/** Score of an edit-distance match: longer tokens and cheaper (keyboard, look-alike) edits score higher. */
export function fuzzyScore(tok: BrandToken, candidate: string, distance: number, technique: string): number {
  const n = tok.token.length;
  let score: number;
  if (n >= MIN_DISTANCE2_TOKEN) {
    // Two edits only count on a candidate of comparable length (`express` is not `sfexpress`),
    // and two full edits only on long tokens (`joesandbox` is two letters from `thesandbox`).
    score = distance <= 1 ? 0.9 : candidate.length < n - 1 ? 0 : distance <= 1.5 ? 0.8 : n >= 11 ? 0.7 : 0.45;
  } else if (n >= 6) score = distance <= 0.5 ? 0.85 : distance <= 1 ? 0.65 : 0;
  else score = distance <= 0.5 && (technique === 'transposition' || technique === 'homoglyph') ? 0.6 : 0.45;
  return tok.generic ? Math.min(score, 0.45) : score;
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
      // Brands register their name under .com/.net/.org and the ccTLDs of their markets; a bare
      // swap to one of those is more often the brand's own site than a lookalike.
      score = exact.token.length < 4 || exact.generic || isOwnedSuffix(suffix) ? 0.45 : 0.8;
    } else {
      techniques.push('brand-name'); // e.g. a compacted brand name on the brand's own TLD
      score = 0.4;
    }
    if (suffix !== exact.suffix && !techniques.includes('tld-swap')) techniques.push('tld-swap');
    hits.push({ tok: exact, score, techniques });
  }
  if (!exact && compact.length >= MIN_FUZZY_TOKEN - 1) {
    for (const { tok, distance } of fuzzyTokens(compact, index)) {
      const technique = classifyEdit(asciiCompact, tok.label);
      const score = fuzzyScore(tok, compact, distance, technique);
      if (score === 0) continue;
      const techniques = [technique];
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
    // Every copy of the token goes (`appleid-apple`), what remains must be bait.
    const rest = compact.split(m.token).join('');
    // An ordinary word (`post`, `swish`) needs a strong lure, not just any bait or another brand.
    const lure = tok.generic
      ? hasStrongLure(rest)
      : onlyLureWords(rest, index, tok.brand) && !onlyInfraWords(rest);
    let score: number;
    if (lure) score = tok.generic ? 0.6 : tok.token.length >= 4 ? 0.9 : 0.7;
    else if (tok.generic || onlyInfraWords(rest)) score = 0.3;
    else score = m.token.length >= 8 ? 0.55 : 0.45;
    hits.push({ tok, score, techniques: ['combosquatting'] });
  }
  // Short names as a whole part: `dhl-parcel-redelivery`, `irs-refund-gov` (too short to search inside words).
  const whole = sk.split(/[-_.]+/);
  if (whole.length > 1) {
    for (const part of whole) {
      const tok = part.length === 3 ? index.tokens.get(part) : undefined;
      if (tok && !tok.generic && onlyLureWords(compact.split(part).join(''), index, tok.brand)) {
        hits.push({ tok, score: 0.85, techniques: ['combosquatting'] });
      }
    }
  }
  // Typo inside one part of a combosquat: `paypai-login`, `rnetamask-wallet`.
  const words = lureWordSet();
  const parts = sk.split(/[-_0-9]+/).filter((p) => p.length >= 6 && !words.has(p));
  if (parts.length >= 1 && parts.join('') !== compact) {
    for (const part of parts) {
      const lure = onlyLureWords(compact.replace(part, ''));
      for (const { tok, distance } of fuzzyTokens(part, index)) {
        const technique = classifyEdit(part, tok.label);
        const base = fuzzyScore(tok, part, distance, technique);
        if (base === 0) continue;
        hits.push({
          tok,
          score: lure ? base : Math.min(base, 0.4),
          techniques: ['combosquatting', technique],
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
    if (exact) {
      const strong = exact.token.length >= MIN_SUBSTRING_TOKEN && !exact.generic;
      const score = cdn ? 0.2 : ownerIsLure ? (strong ? 0.92 : 0.7) : strong ? 0.85 : 0.45;
      hits.push({ tok: exact, score, techniques: ['brand-in-subdomain'] });
      continue;
    }
    for (const m of index.automaton.scan(compact)) {
      const tok = index.tokens.get(m.token);
      if (!tok) continue;
      const rest = compact.split(m.token).join('');
      const score = tok.generic
        ? hasStrongLure(rest)
          ? 0.6
          : 0.3
        : onlyLureWords(rest, index, tok.brand)
          ? 0.8
          : 0.45;
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
    if (tok && words.has(tok.token)) continue; // `/login` is a lure, not the `login.gov` brand
    if (tok && compact.length >= MIN_SUBSTRING_TOKEN) {
      const score = tok.generic ? (lure ? 0.55 : 0.3) : publishing || lure ? 0.7 : 0.55;
      hits.push({ tok, score, techniques: ['brand-in-path'] });
      continue;
    }
    for (const m of index.automaton.scan(compact)) {
      const t = index.tokens.get(m.token);
      if (!t || t.generic) continue;
      const rest = compact.slice(0, m.start) + compact.slice(m.start + m.token.length);
      if (onlyLureWords(rest))
        hits.push({ tok: t, score: publishing ? 0.7 : 0.6, techniques: ['brand-in-path'] });
    }
  }
  return hits;
}
