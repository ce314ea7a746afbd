import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqliteCaseStore } from '../../../case/sqlite-case-store.js';
import { importCryptoFiles } from '../import/import-files.js';
import type { FlowTruth } from '../simulate/launder-flow.js';
import { importTagFiles } from '../tags/tag-store.js';
import { tempCase } from '../test-support/temp-case.js';
import { traceInCase } from './trace-case.js';

const SAMPLES = new URL('../../../../samples/crypto/', import.meta.url).pathname;
const flows = (JSON.parse(readFileSync(`${SAMPLES}truth/flows.json`, 'utf8')) as { flows: FlowTruth[] })
  .flows;

function expected(flow: FlowTruth, hops: number): Map<string, string> {
  const m = new Map<string, bigint>();
  const add = (a: string, v: string) => m.set(a, (m.get(a) ?? 0n) + BigInt(v));
  const within = flow.hops.filter((h) => h.hop <= hops);
  for (const h of within) if (h.peel) add(h.peel.address, h.peel.amount);
  const last = within.at(-1);
  if (last) add(last.remainder.address, last.remainder.amount);
  return new Map([...m].map(([a, v]) => [a, v.toString()]));
}

let store: SqliteCaseStore;
let cleanup: () => void;
beforeAll(async () => {
  ({ store, cleanup } = await tempCase());
  await importCryptoFiles(store, [`${SAMPLES}blocks.json`]);
  await importTagFiles(store, [`${SAMPLES}tags.csv`]);
});
afterAll(() => cleanup());

describe('traceInCase on the sample dump', () => {
  for (const flow of flows) {
    for (const model of ['haircut', 'fifo', 'poison'] as const) {
      for (const hops of [3, 20]) {
        it(`${flow.name}: ${model}, ${hops} hops equals the ground truth exactly`, () => {
          const r = traceInCase(store, flow.seed, { model, hops, bundledTags: false });
          const got = new Map(r.results.map((x) => [x.address ?? '', x.amount]));
          expect(got).toEqual(expected(flow, hops));
          const received = flow.received.reduce((s, x) => s + BigInt(x.amount), 0n);
          expect(r.seedAmount).toBe(received.toString());
          // Conservation: endpoints + fees = seed.
          expect(r.results.reduce((s, x) => s + BigInt(x.amount), 0n) + BigInt(r.fees)).toBe(received);
        });
      }
    }
  }

  it('reports exposure to the tagged exchanges and the path of txids', () => {
    const flow = flows[1] as FlowTruth;
    const r = traceInCase(store, flow.seed, { hops: 20, bundledTags: false });
    const first = r.results[0];
    expect(first?.status).toBe('tagged');
    expect(first?.tag?.category).toBe('exchange');
    expect(first?.txids[0]).toBe(flow.received[0]?.txid);
    expect(first?.txids.at(-1)).toBe(flow.hops.find((h) => h.peel?.address === first?.address)?.txid);
    const exposed = r.exposure.reduce((s, e) => s + BigInt(e.amount), 0n);
    const peeled = flow.hops.reduce((s, h) => s + BigInt(h.peel?.amount ?? '0'), 0n);
    expect(exposed).toBe(peeled);
  });

  it('traces from a txid and from an outpoint', () => {
    const flow = flows[0] as FlowTruth;
    const hop1 = flow.hops[0];
    const r = traceInCase(store, `${hop1?.txid}:1`, { hops: 0, bundledTags: false });
    expect(r.results.map((x) => x.amount)).toEqual([hop1?.remainder.amount]);
    expect(traceInCase(store, hop1?.txid as string, { hops: 0, bundledTags: false }).seedAmount).toBe(
      (BigInt(hop1?.peel?.amount ?? 0) + BigInt(hop1?.remainder.amount ?? 0)).toString(),
    );
  });

  it('traces back to the victims and conserves the amount', () => {
    const flow = flows[1] as FlowTruth;
    const r = traceInCase(store, flow.seed, {
      hops: 2,
      direction: 'back',
      model: 'haircut',
      bundledTags: false,
    });
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results.reduce((s, x) => s + BigInt(x.amount), 0n) + BigInt(r.fees)).toBe(BigInt(r.seedAmount));
  });

  it('names a seed that is not in the case', () => {
    expect(() => traceInCase(store, '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => traceInCase(store, 'f'.repeat(64))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => traceInCase(store, 'not-an-address')).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });
});
