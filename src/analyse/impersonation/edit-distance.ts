/**
 * @module analyse/impersonation/edit-distance
 * Keyboard-aware edit distance between a candidate label and a brand token, and the name of the
 * single edit when there is one (the dnstwist fuzzer that would have produced it). Typos a
 * finger or an eye makes (a neighbouring key, a look-alike letter, a doubled or swapped letter)
 * cost half an ordinary substitution, so `paypak` is closer to `paypal` than `paypax` is.
 */
import { dnstwistTables } from './dnstwist-tables.js';

let neighbours: Map<string, Set<string>> | undefined;

function isNeighbour(a: string, b: string): boolean {
  if (!neighbours) {
    neighbours = new Map();
    for (const layout of Object.values(dnstwistTables().keyboards)) {
      for (const [k, keys] of Object.entries(layout)) {
        let set = neighbours.get(k);
        if (!set) {
          set = new Set();
          neighbours.set(k, set);
        }
        for (const c of keys) set.add(c);
      }
    }
  }
  return neighbours.get(a)?.has(b) ?? false;
}

const LOOKALIKE_PAIRS = new Set([
  'il',
  'li',
  '1l',
  'l1',
  '1i',
  'i1',
  '0o',
  'o0',
  'uv',
  'vu',
  'nm',
  'mn',
  'gq',
  'qg',
  'ec',
  'ce',
  'bd',
  'db',
  'nr',
  'rn',
]);

/** Cost of substituting `a` by `b`: 0.5 for a neighbouring key or a look-alike, else 1. */
export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return isNeighbour(a, b) || LOOKALIKE_PAIRS.has(a + b) ? 0.5 : 1;
}

// Hot path: substitution costs between ASCII characters as a table, DP rows as reused buffers.
let asciiCost: Float64Array | undefined;
function costTable(): Float64Array {
  if (!asciiCost) {
    asciiCost = new Float64Array(128 * 128);
    for (let a = 0; a < 128; a++) {
      for (let b = 0; b < 128; b++)
        asciiCost[a * 128 + b] = substitutionCost(String.fromCharCode(a), String.fromCharCode(b));
    }
  }
  return asciiCost;
}
let rows = [new Float64Array(72), new Float64Array(72), new Float64Array(72)];

/**
 * Weighted optimal-string-alignment distance (substitution per `substitutionCost`, insertion and
 * deletion 1, adjacent transposition 0.5, inserting a copy of the neighbouring letter 0.5).
 * Returns `Infinity` as soon as the distance must exceed `max`.
 */
export function keyboardDistance(a: string, b: string, max = 2): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return Number.POSITIVE_INFINITY;
  if (rows[0]!.length < m + 1)
    rows = [new Float64Array(m + 8), new Float64Array(m + 8), new Float64Array(m + 8)];
  const table = costTable();
  let prev2 = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const aPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const bPrev = j > 1 ? b.charCodeAt(j - 2) : -1;
      // A doubled letter (`paypall`) is a cheap slip of the finger.
      const delCost = ai === aPrev || ai === bj ? 0.5 : 1;
      const insCost = bj === bPrev || bj === ai ? 0.5 : 1;
      const sub =
        ai === bj ? 0 : ai < 128 && bj < 128 ? table[ai * 128 + bj]! : substitutionCost(a[i - 1]!, b[j - 1]!);
      let v = Math.min(prev[j]! + delCost, cur[j - 1]! + insCost, prev[j - 1]! + sub);
      if (i > 1 && j > 1 && ai === bPrev && aPrev === bj) v = Math.min(v, prev2[j - 2]! + 0.5);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return Number.POSITIVE_INFINITY;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]!;
}

/** The dnstwist-style name of the single edit turning `token` into `cand`, or `edit-distance`. */
export function classifyEdit(cand: string, token: string): string {
  if (cand.length === token.length + 1) {
    for (let i = 0; i < cand.length; i++) {
      if (cand.slice(0, i) + cand.slice(i + 1) === token) {
        const c = cand[i] ?? '';
        if (c === '-') return 'hyphenation';
        if (c === cand[i - 1] || c === cand[i + 1]) return 'repetition';
        return i === cand.length - 1 ? 'addition' : 'insertion';
      }
    }
  }
  if (cand.length === token.length - 1) {
    for (let i = 0; i < token.length; i++)
      if (token.slice(0, i) + token.slice(i + 1) === cand) return 'omission';
  }
  if (cand.length === token.length) {
    const diff: number[] = [];
    for (let i = 0; i < cand.length; i++) if (cand[i] !== token[i]) diff.push(i);
    if (diff.length === 1) {
      const i = diff[0] ?? 0;
      const a = token[i] ?? '';
      const b = cand[i] ?? '';
      const x = a.charCodeAt(0) ^ b.charCodeAt(0);
      if ('aeiou'.includes(a) && 'aeiou'.includes(b)) return 'vowel-swap';
      if (isNeighbour(a, b)) return 'replacement';
      if (LOOKALIKE_PAIRS.has(a + b)) return 'homoglyph';
      if ((x & (x - 1)) === 0) return 'bitsquatting';
      return 'replacement';
    }
    if (diff.length === 2 && diff[1] === (diff[0] ?? 0) + 1) {
      const i = diff[0] ?? 0;
      if (cand[i] === token[i + 1] && cand[i + 1] === token[i]) return 'transposition';
    }
  }
  return 'edit-distance';
}
