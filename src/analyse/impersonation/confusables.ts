/**
 * @module analyse/impersonation/confusables
 * Unicode UTS #39 confusables (the whole MA table, every script) for two jobs:
 * - `skeleton(s)`: the string a reader would think they see, so `pаypal` (Cyrillic а) and
 *   `paypa1` both become `paypal`. We lower-case after mapping and add the multi-letter ASCII
 *   look-alikes (`rn`→`m`, `vv`→`w`, `cl`→`d`) that the table, being per-character, lacks.
 * - `confusableSources(proto)`: every character whose prototype is `proto`, for generation.
 * Table: data/impersonation/confusables.json (Unicode 10 confusables.txt; see PROVENANCE.md).
 */
import { readDataFile } from './data-file.js';

let forward: Map<string, string> | undefined;
let reverse: Map<string, string[]> | undefined;

function load(): Map<string, string> {
  if (!forward) {
    const raw = JSON.parse(readDataFile('confusables.json')) as Record<string, string>;
    forward = new Map();
    for (const [src, proto] of Object.entries(raw)) forward.set(src, proto.toLowerCase());
    // Lower-case letters that only confuse with an upper-case prototype (`0` → `O` → `o`).
    forward.set('0', 'o');
    // Unicode 10 maps the Cyrillic palochka to `i`; in domain names it stands in for `l`
    // (`аррӏе`), as dnstwist's Cyrillic table also uses it.
    forward.set('\u04cf', 'l');
  }
  return forward;
}

// Pairs of ASCII letters read as one letter; applied after the per-character mapping.
const MULTI: ReadonlyArray<[RegExp, string, string]> = [
  [/rn/g, 'm', 'rn'],
  [/vv/g, 'w', 'vv'],
  [/cl/g, 'd', 'cl'],
];

const COMBINING = /\p{M}/gu;

/**
 * Skeleton of a (lower-case) domain label or name: NFD, confusable prototypes, combining marks
 * dropped (so `pàypal` reads as `paypal`), lower-cased, multi-letter look-alikes folded.
 * Characters with no prototype stay as they are.
 */
export function skeleton(s: string): string {
  const map = load();
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  let out: string;
  if (ascii) {
    // Fast path (most inputs): only digits and `|` have prototypes in ASCII.
    out = s.replace(/[01|I]/g, (c) => map.get(c) ?? c).toLowerCase();
    // `m` → `rn` in the table is folded back by MULTI below, so it is skipped here.
  } else {
    let mapped = '';
    for (const ch of s.normalize('NFD')) mapped += map.get(ch) ?? ch;
    out = mapped.normalize('NFD').replace(COMBINING, '').toLowerCase();
  }
  for (const [re, to, from] of MULTI) if (out.includes(from)) out = out.replace(re, to);
  return out;
}

/** Characters (any script) whose confusable prototype is `proto` (lower-case), excluding `proto`. */
export function confusableSources(proto: string): ReadonlyArray<string> {
  if (!reverse) {
    reverse = new Map();
    for (const [src, p] of load()) {
      const list = reverse.get(p);
      if (list) list.push(src);
      else reverse.set(p, [src]);
    }
  }
  return reverse.get(proto) ?? [];
}

/** Unicode scripts of the letters in `s` (Common/Inherited such as digits and `-` ignored). */
export function scriptsOf(s: string): Set<string> {
  const scripts = new Set<string>();
  if (/^[\x00-\x7f]*$/.test(s)) {
    if (/[a-z]/i.test(s)) scripts.add('Latin');
    return scripts;
  }
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) {
      if (/[a-z]/i.test(ch)) scripts.add('Latin');
      continue;
    }
    for (const [name, re] of SCRIPT_TESTS) {
      if (re.test(ch)) {
        scripts.add(name);
        break;
      }
    }
  }
  return scripts;
}

const SCRIPT_TESTS: ReadonlyArray<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
  ['Han', /\p{Script=Han}/u],
  ['Hiragana', /\p{Script=Hiragana}/u],
  ['Katakana', /\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Other', /[\p{L}]/u],
];
