/**
 * @module analyse/triage/cue-matcher
 * Finds lexicon cues in a normalised text, for every language at once (the sender's language is
 * not trusted and mixed-language lures are common).
 *
 * Invariants: terms go through the same `normaliseText` as the message, so "within 24 hours"
 * matches "within 48 hours" (both `within 0 hours`). Matching is by token sequence for spaced
 * scripts, by token prefix for `*` terms, and by substring for scripts written without spaces.
 * Cost is linear in the number of tokens plus one `indexOf` per unspaced term, and the unspaced
 * terms are only tried when the text contains such a script.
 */
import { CUE_CATEGORIES, type CueCategory, LEXICONS } from './lexicons/index.js';
import { normaliseText, tokenise } from './normalise.js';

export interface CueHit {
  category: CueCategory;
  /** The matched term as written in the lexicon (normalised). */
  term: string;
  /** Language of the lexicon that holds the term. */
  lang: string;
}

interface TermRef {
  category: CueCategory;
  term: string;
  lang: string;
}

/** Scripts written without spaces between words: matched by substring. */
const UNSPACED_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
const MAX_PHRASE = 5;

/** A phrase term, a leading word sequence of a longer one ("within", "within 0"), or both. */
interface PhraseEntry {
  /** The terms spelt so (none when it only starts longer phrases). */
  refs: TermRef[];
  /** Whether a longer phrase starts with it: a phrase grows only while this holds. */
  extends: boolean;
}

export interface CueIndex {
  /**
   * Phrase terms (tokens joined by single spaces) and their leading word sequences in one table:
   * one lookup per candidate, where a table of terms and a set of starts took two (every token
   * of every message is a candidate).
   */
  phrases: Map<string, PhraseEntry>;
  prefixes: Map<string, TermRef[]>;
  /** Distinct lengths of the prefix terms, longest first: only these slices are looked up. */
  prefixLengths: number[];
  /** The first `stemLength` characters of every prefix term: tokens starting otherwise skip the lookups. */
  prefixStems: Set<string>;
  stemLength: number;
  /**
   * The first two UTF-16 units of every stem as one number (when stems are that long): most
   * tokens are turned away on it without slicing a string to look up in `prefixStems`.
   */
  stemHeads: Set<number>;
  unspaced: TermRef[];
}

/** Compiles the bundled lexicons (or others, for tests) into lookup tables. */
export function buildCueIndex(lexicons = LEXICONS): CueIndex {
  const index: CueIndex = {
    phrases: new Map(),
    prefixes: new Map(),
    prefixLengths: [],
    prefixStems: new Set(),
    stemLength: 0,
    stemHeads: new Set(),
    unspaced: [],
  };
  const seen = new Set<string>();
  const phraseTerms = new Map<string, TermRef[]>();
  for (const lang of Object.keys(lexicons).sort()) {
    const lex = lexicons[lang];
    if (!lex) continue;
    for (const category of CUE_CATEGORIES) {
      for (const raw of lex[category]) {
        const isPrefix = raw.endsWith('*');
        const term = normaliseText(isPrefix ? raw.slice(0, -1) : raw);
        const key = `${category}\u0000${term}\u0000${isPrefix}`;
        if (term === '' || seen.has(key)) continue;
        seen.add(key);
        const ref: TermRef = { category, term, lang };
        if (UNSPACED_RE.test(term)) index.unspaced.push(ref);
        else if (isPrefix) push(index.prefixes, term, ref);
        else push(phraseTerms, tokenise(term).join(' '), ref);
      }
    }
  }
  index.prefixLengths = [...new Set([...index.prefixes.keys()].map((k) => k.length))].sort((a, b) => b - a);
  index.stemLength = index.prefixLengths.at(-1) ?? 0;
  for (const key of index.prefixes.keys()) index.prefixStems.add(key.slice(0, index.stemLength));
  if (index.stemLength >= 2) for (const stem of index.prefixStems) index.stemHeads.add(headOf(stem));
  for (const [key, refs] of phraseTerms) index.phrases.set(key, { refs, extends: false });
  for (const key of phraseTerms.keys()) {
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) {
      const start = words.slice(0, n).join(' ');
      const entry = index.phrases.get(start);
      if (entry) entry.extends = true;
      else index.phrases.set(start, { refs: NO_TERMS, extends: true });
    }
  }
  return index;
}

let bundled: CueIndex | undefined;

/**
 * The index of the bundled lexicons, built once per process (~35 ms) and shared: the scoring
 * engine and ingest's conversation pass read the same read-only tables.
 */
export function bundledCueIndex(): CueIndex {
  bundled ??= buildCueIndex();
  return bundled;
}

const NO_TERMS: TermRef[] = [];

const headOf = (s: string): number => s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);

function push(map: Map<string, TermRef[]>, key: string, ref: TermRef): void {
  const list = map.get(key);
  if (list) list.push(ref);
  else map.set(key, [ref]);
}

/**
 * All cue hits in a text, in text order for spaced scripts then lexicon order for unspaced ones.
 * @param normalised output of `normaliseText`
 * @param tokens `tokenise(normalised)`
 */
export function matchCues(index: CueIndex, normalised: string, tokens: ReadonlyArray<string>): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let phrase = '';
    for (let n = 0; n < MAX_PHRASE && i + n < tokens.length; n++) {
      phrase = n === 0 ? (tokens[i] as string) : `${phrase} ${tokens[i + n]}`;
      const entry = index.phrases.get(phrase);
      if (!entry) break;
      for (const r of entry.refs) hits.push(r);
      if (!entry.extends) break;
    }
    const tok = tokens[i] as string;
    if (tok.length < index.stemLength) continue;
    if (index.stemLength >= 2 && !index.stemHeads.has(headOf(tok))) continue;
    if (!index.prefixStems.has(tok.slice(0, index.stemLength))) continue;
    for (const len of index.prefixLengths) {
      if (len > tok.length) continue;
      const refs = index.prefixes.get(tok.slice(0, len));
      if (refs) for (const r of refs) hits.push(r);
    }
  }
  if (UNSPACED_RE.test(normalised)) {
    for (const r of index.unspaced) if (normalised.includes(r.term)) hits.push(r);
  }
  return hits;
}
