import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { observablesAnalyser } from '../../analyse/observables/index.js';
import { initCase, openCase } from '../../case/open-case.js';
import { distinctRecords, occurrenceRecord } from './observables.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dragnet-observables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('observables list over a real case store', () => {
  it('lists what the analyser found, per occurrence and distinct', async () => {
    const store = await initCase(dir);
    const text =
      'Pay to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq or visit hxxps://evil[.]example[.]com/pay';
    const out = observablesAnalyser.analyse(
      { id: 'e1', sha256: 'a'.repeat(64), kind: 'text', bytes: new Uint8Array(), path: 'x.txt', text },
      { observables: [], findings: [] },
      {},
    );
    await store.write({ action: 'test' }, (w) => {
      w.addEvidence({ id: 'e1', sha256: 'a'.repeat(64), size: 1, kind: 'text', path: 'x.txt' });
      w.addEvidence({ id: 'e2', sha256: 'b'.repeat(64), size: 1, kind: 'text', path: 'y.txt' });
      w.addObservables('e1', out.observables);
      w.addObservables(
        'e2',
        out.observables.filter((o) => o.type === 'btc'),
      );
    });
    store.close();
    const again = await openCase(dir);
    const btc = again.listObservables({ type: 'btc' });
    expect(btc.map(occurrenceRecord)).toEqual([
      expect.objectContaining({
        type: 'btc',
        value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
        source: 'text',
        evidence: 'e1',
      }),
      expect.objectContaining({ type: 'btc', evidence: 'e2' }),
    ]);
    expect(distinctRecords(again.listObservables())).toEqual([
      { type: 'btc', value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', count: 2, evidence: ['e1', 'e2'] },
      { type: 'url', value: 'https://evil.example.com/pay', count: 1, evidence: ['e1'] },
      { type: 'domain', value: 'evil.example.com', count: 1, evidence: ['e1'] },
    ]);
    again.close();
  });
});
