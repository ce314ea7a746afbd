/**
 * @module bench/observables-score
 * Scores an extractor on the observables gold set: per type true positives, false positives and
 * false negatives over the set of distinct (type, value) pairs of each document. Values are
 * compared case-insensitively except for base58 wallets (whose case is significant).
 */
import { readFileSync } from 'node:fs';

export interface GoldDoc {
  id: string;
  kind: string;
  region?: string;
  text: string;
  expected: Array<{ type: string; value: string }>;
}
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Extractor = (doc: GoldDoc) => Array<{ type: string; value: string }>;

const CASE_SENSITIVE = new Set(['btc', 'ltc', 'doge', 'trx', 'xrp', 'sol', 'xmr']);
export const pairKey = (type: string, value: string): string =>
  `${type}\u0000${CASE_SENSITIVE.has(type) && !/^(?:bc1|ltc1)/i.test(value) ? value : value.toLowerCase()}`;

export function loadGold(...files: string[]): GoldDoc[] {
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as GoldDoc),
  );
}

/** Per-type counts; `errors` collects a few examples of each mistake for inspection. */
export function score(
  docs: ReadonlyArray<GoldDoc>,
  extract: Extractor,
  types?: ReadonlySet<string>,
  errors?: string[],
): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const get = (t: string): Counts => {
    let c = out.get(t);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      out.set(t, c);
    }
    return c;
  };
  for (const d of docs) {
    const exp = new Set(d.expected.map((e) => pairKey(e.type, e.value)));
    const got = new Set(
      extract(d)
        .filter((o) => !types || types.has(o.type))
        .map((o) => pairKey(o.type, o.value)),
    );
    for (const k of got) {
      const t = k.split('\u0000')[0] ?? '';
      if (exp.has(k)) get(t).tp++;
      else {
        get(t).fp++;
        errors?.push(`FP ${d.id} ${k.replace('\u0000', ' ')}`);
      }
    }
    for (const k of exp) {
      const t = k.split('\u0000')[0] ?? '';
      if (!got.has(k)) {
        get(t).fn++;
        errors?.push(`FN ${d.id} ${k.replace('\u0000', ' ')}`);
      }
    }
  }
  return out;
}

export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
