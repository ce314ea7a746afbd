/**
 * @module analyse/impersonation/dnstwist-fuzzers
 * Our own implementation of dnstwist's label fuzzers, written from a reading of its rules (union
 * of versions 20221213 and 20250130 so both are covered). Each takes the label being fuzzed (the
 * registrable name without its TLD, Unicode) and returns variants of that label. Labels are
 * handled as arrays of code points, as Python indexes strings.
 */
import { dnstwistTables, keyboardNeighbours } from './dnstwist-tables.js';

const ALNUM = [...'0123456789abcdefghijklmnopqrstuvwxyz'];
const BITSQUAT_CHARS = new Set('abcdefghijklmnopqrstuvwxyz0123456789-');
const VOWELS = 'aeiou';

export function addition(d: string[]): Set<string> {
  const s = d.join('');
  const out = new Set<string>(ALNUM.map((c) => s + c));
  // 20250130: also append the character to every hyphen-separated part but the last.
  if (s.includes('-')) {
    const parts = s.split('-');
    for (let p = 1; p < parts.length; p++) {
      const head = parts.slice(0, p).join('-');
      const tail = parts.slice(p).join('-');
      for (const c of ALNUM) out.add(`${head}${c}-${tail}`);
    }
  }
  return out;
}

export function bitsquatting(d: string[]): Set<string> {
  const out = new Set<string>();
  d.forEach((c, i) => {
    const code = c.codePointAt(0) ?? 0;
    for (let bit = 0; bit < 8; bit++) {
      const b = String.fromCodePoint(code ^ (1 << bit));
      if (BITSQUAT_CHARS.has(b)) out.add(replaceAt(d, i, b));
    }
  });
  return out;
}

export function cyrillic(d: string[]): Set<string> {
  const map = dnstwistTables().latinToCyrillic;
  const c = d.map((ch) => map[ch] ?? ch);
  // dnstwist only emits the all-Cyrillic form when every character has a Cyrillic twin.
  return c.some((ch, i) => ch === d[i]) ? new Set() : new Set([c.join('')]);
}

export function hyphenation(d: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < d.length; i++) out.add(`${d.slice(0, i).join('')}-${d.slice(i).join('')}`);
  return out;
}

export function insertion(d: string[]): Set<string> {
  const out = new Set<string>();
  // 20221213 started at 1; 20250130 at 0: the wider range covers both.
  for (let i = 0; i < d.length - 1; i++) {
    const pre = d.slice(0, i).join('');
    const orig = d[i] ?? '';
    const suf = d.slice(i + 1).join('');
    for (const c of keyboardNeighbours(orig)) {
      out.add(pre + c + orig + suf);
      out.add(pre + orig + c + suf);
    }
  }
  return out;
}

export function omission(d: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < d.length; i++) out.add(d.slice(0, i).join('') + d.slice(i + 1).join(''));
  return out;
}

export function plural(d: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 2; i < d.length - 2; i++) {
    const c = d[i] ?? '';
    out.add(d.slice(0, i + 1).join('') + ('sxz'.includes(c) ? 'es' : 's') + d.slice(i + 1).join(''));
  }
  return out;
}

export function repetition(d: string[]): Set<string> {
  const out = new Set<string>();
  d.forEach((c, i) => {
    out.add(d.slice(0, i).join('') + c + d.slice(i).join(''));
  });
  return out;
}

export function replacement(d: string[]): Set<string> {
  const out = new Set<string>();
  d.forEach((c, i) => {
    for (const r of keyboardNeighbours(c)) out.add(replaceAt(d, i, r));
  });
  return out;
}

export function subdomain(d: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < d.length - 1; i++) {
    if (d[i] !== '-' && d[i] !== '.' && d[i - 1] !== '-' && d[i - 1] !== '.') {
      out.add(`${d.slice(0, i).join('')}.${d.slice(i).join('')}`);
    }
  }
  return out;
}

export function transposition(d: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < d.length - 1; i++) {
    const t = d.slice();
    t[i] = d[i + 1] ?? '';
    t[i + 1] = d[i] ?? '';
    out.add(t.join(''));
  }
  return out;
}

export function vowelSwap(d: string[]): Set<string> {
  const out = new Set<string>();
  d.forEach((c, i) => {
    if (VOWELS.includes(c)) for (const v of VOWELS) out.add(replaceAt(d, i, v));
  });
  return out;
}

/** dnstwist's `dictionary` fuzzer: the word before or after the label, with or without a hyphen. */
export function dictionary(d: string[], words: ReadonlyArray<string>): Set<string> {
  const s = d.join('');
  const out = new Set<string>();
  for (const w of words) {
    if (!(s.startsWith(w) && s.endsWith(w))) {
      out
        .add(`${s}-${w}`)
        .add(s + w)
        .add(`${w}-${s}`)
        .add(w + s);
    }
  }
  if (s.includes('-')) {
    const parts = s.split('-');
    for (const w of words) {
      out.add(`${parts.slice(0, -1).join('-')}-${w}`);
      out.add(`${w}-${parts.slice(1).join('-')}`);
    }
  }
  return out;
}

function replaceAt(d: string[], i: number, r: string): string {
  return d.slice(0, i).join('') + r + d.slice(i + 1).join('');
}
