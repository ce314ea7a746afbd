/**
 * @module analyse/impersonation/generate-lookalikes
 * `generateLookalikes(domain)`: every dnstwist fuzzer (union of its 20221213 and 20250130 rules)
 * plus UTS #39 confusables from every script and multilingual combosquatting. Candidates are
 * returned in ASCII (punycode) with the Unicode form beside IDNs, de-duplicated (first fuzzer
 * wins, in `FUZZER_ORDER`), sorted by fuzzer then domain, and filtered with dnstwist's own
 * validity rule (labels 1..63 of [a-z0-9-], no edge hyphen, name 4..253 characters).
 *
 * Bounded: the homoglyph fuzzer's second pass is skipped when the first pass alone is larger
 * than `HOMOGLYPH_SECOND_PASS_LIMIT` (only for long or highly repetitive labels, where dnstwist
 * itself runs for minutes), which keeps one domain well under a second.
 */

import { DragnetError } from '../../core/errors.js';
import { confusableLabels } from './confusable-fuzzer.js';
import * as f from './dnstwist-fuzzers.js';
import { splitForFuzzing } from './dnstwist-split.js';
import { homoglyph } from './homoglyph.js';
import { lureWords } from './lure-words.js';
import { parseTarget } from './parse-target.js';
import { toAsciiDomain } from './punycode-label.js';

export const FUZZER_ORDER = [
  '*original',
  'addition',
  'bitsquatting',
  'cyrillic',
  'homoglyph',
  'hyphenation',
  'insertion',
  'omission',
  'plural',
  'repetition',
  'replacement',
  'subdomain',
  'transposition',
  'vowel-swap',
  'dictionary',
  'tld-swap',
  'various',
  'confusable',
  'combosquatting',
] as const;
export type FuzzerName = (typeof FUZZER_ORDER)[number];

export interface GenerateOptions {
  /** TLDs for `tld-swap` (dnstwist `--tld`); none by default, as in dnstwist. */
  tlds?: ReadonlyArray<string>;
  /** Words for `dictionary` (dnstwist `--dictionary`). */
  dictionary?: ReadonlyArray<string>;
  /** Only these fuzzers (default: all). */
  fuzzers?: ReadonlyArray<string>;
}

export interface Lookalike {
  /** The candidate in ASCII (punycode for IDNs). */
  domain: string;
  fuzzer: FuzzerName;
  /** The Unicode form, present only for IDN candidates. */
  unicode?: string;
}

const VALID_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** dnstwist's VALID_FQDN_REGEX, restated: at least two labels, the last 2..63 characters. */
function validFqdn(d: string): boolean {
  if (d.length < 4 || d.length > 253) return false;
  const labels = d.split('.');
  if (labels.length < 2) return false;
  const last = labels[labels.length - 1] ?? '';
  if (!/^[a-z0-9-]{2,63}$/.test(last)) return false;
  return labels.slice(0, -1).every((l) => VALID_LABEL.test(l));
}

/** Dictionary and TLD lines as dnstwist filters them (alphanumeric words; tld syntax). */
export function cleanWords(words: ReadonlyArray<string>): string[] {
  return [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => /^[\p{L}\p{N}]+$/u.test(w)))];
}
export function cleanTlds(tlds: ReadonlyArray<string>): string[] {
  return [
    ...new Set(tlds.map((t) => t.trim()).filter((t) => /^[a-z0-9-]{2,63}(\.[a-z0-9-]{2,63})?$/.test(t))),
  ];
}

/**
 * Lookalike candidates for `domain` (a domain name or URL). Throws `DragnetError('BAD_INPUT')`
 * when the input is not a valid domain name.
 */
export function generateLookalikes(domain: string, options: GenerateOptions = {}): Lookalike[] {
  const parsed = parseTarget(domain);
  if (!parsed.ok) throw new DragnetError('BAD_INPUT', parsed.error, { subject: domain });
  const wanted = options.fuzzers ? new Set(options.fuzzers) : undefined;
  const on = (name: FuzzerName): boolean => !wanted || wanted.has(name);
  const raw = new Map<FuzzerName, Set<string>>();
  const add = (name: FuzzerName, full: string): void => {
    let set = raw.get(name);
    if (!set) {
      set = new Set();
      raw.set(name, set);
    }
    set.add(full);
  };
  const dict = cleanWords(options.dictionary ?? []);
  const tlds = cleanTlds(options.tlds ?? []);
  for (const { subdomain, domain: label, tld } of splitForFuzzing(parsed.unicodeHost)) {
    const join = (...parts: string[]): string => parts.filter((p) => p !== '').join('.');
    if (on('*original')) add('*original', join(subdomain, label, tld));
    const d = Array.from(label);
    const labelFuzzers: Array<[FuzzerName, () => Iterable<string>]> = [
      ['addition', () => f.addition(d)],
      ['bitsquatting', () => f.bitsquatting(d)],
      ['cyrillic', () => f.cyrillic(d)],
      ['homoglyph', () => homoglyph(label, tld)],
      ['hyphenation', () => f.hyphenation(d)],
      ['insertion', () => f.insertion(d)],
      ['omission', () => f.omission(d)],
      ['plural', () => f.plural(d)],
      ['repetition', () => f.repetition(d)],
      ['replacement', () => f.replacement(d)],
      ['subdomain', () => f.subdomain(d)],
      ['transposition', () => f.transposition(d)],
      ['vowel-swap', () => f.vowelSwap(d)],
      ['dictionary', () => f.dictionary(d, dict)],
      ['confusable', () => confusableLabels(label)],
      ['combosquatting', () => f.dictionary(d, lureWords())],
    ];
    for (const [name, gen] of labelFuzzers) {
      if (!on(name)) continue;
      for (const v of gen()) add(name, join(subdomain, v, tld));
    }
    if (on('tld-swap')) for (const t of tlds) if (t !== tld) add('tld-swap', join(subdomain, label, t));
    if (on('various')) for (const v of various(subdomain, label, tld)) add('various', v);
  }
  return finish(raw);
}

function various(sub: string, label: string, tld: string): string[] {
  const join = (...parts: string[]): string => parts.filter((p) => p !== '').join('.');
  const out: string[] = [];
  if (tld.includes('.')) {
    out.push(join(sub, label, tld.split('.').pop() ?? ''), join(sub, label + tld));
  } else {
    out.push(join(sub, label + tld, tld));
    if (tld !== 'com') out.push(join(sub, `${label}-${tld}`, 'com'), join(sub, label + tld, 'com'));
  }
  if (sub !== '') {
    out.push(
      `${sub}${label}.${tld}`,
      `${sub.replace(/\./g, '')}${label}.${tld}`,
      `${sub}-${label}.${tld}`,
      `${sub.replace(/\./g, '-')}-${label}.${tld}`,
    );
  }
  return out;
}

/** Punycode, validate, de-duplicate across fuzzers (first wins) and sort. */
function finish(raw: Map<FuzzerName, Set<string>>): Lookalike[] {
  const seen = new Set<string>();
  const out: Lookalike[] = [];
  for (const name of FUZZER_ORDER) {
    const set = raw.get(name);
    if (!set) continue;
    const batch: Lookalike[] = [];
    for (const full of set) {
      const ascii = toAsciiDomain(full);
      if (ascii === '' || seen.has(ascii) || !validFqdn(ascii)) continue;
      seen.add(ascii);
      batch.push(
        ascii === full ? { domain: ascii, fuzzer: name } : { domain: ascii, fuzzer: name, unicode: full },
      );
    }
    batch.sort((a, b) => (a.domain < b.domain ? -1 : a.domain > b.domain ? 1 : 0));
    for (const l of batch) out.push(l);
  }
  return out;
}
