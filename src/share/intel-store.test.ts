import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCase } from '../../test/fixtures/graph/write-synthetic-case.js';
import { tempDirs } from '../../test/temp-dirs.js';
import { openCase } from '../case/open-case.js';
import { listIntelSources, loadPartnerIndicators, saveIntel } from './intel-store.js';
import { loadShareInput } from './load-share-input.js';
import { matchIntel } from './match-intel.js';
import { parseStixBundle } from './parse-stix-bundle.js';
import type { PartnerIntel } from './partner-intel.js';

const tempDir = tempDirs('dragnet-intel-');

const newCase = async (): Promise<string> => {
  const dir = path.join(tempDir(), 'case');
  await writeSyntheticCase(dir);
  return dir;
};

const partner = (): PartnerIntel => {
  const bundle = {
    type: 'bundle',
    id: 'bundle--00000000-0000-4000-8000-000000000001',
    objects: [
      {
        type: 'report',
        spec_version: '2.1',
        id: 'report--00000000-0000-4000-8000-000000000002',
        name: 'Partner CERT: CoinVault fraud',
        published: '2026-01-01T00:00:00.000Z',
        object_refs: ['cryptocurrency-wallet--00000000-0000-4000-8000-000000000003'],
      },
      {
        type: 'cryptocurrency-wallet',
        id: 'cryptocurrency-wallet--00000000-0000-4000-8000-000000000003',
        value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
        chain: 'BTC',
      },
      {
        type: 'domain-name',
        id: 'domain-name--00000000-0000-4000-8000-000000000004',
        value: 'parcelgo-fee.xyz',
      },
      { type: 'url', id: 'url--00000000-0000-4000-8000-000000000005', value: 'https://unrelated.example/x' },
    ],
  };
  const res = parseStixBundle(JSON.stringify(bundle), 'partner.json');
  if (!res.ok) throw new Error('fixture rejected');
  return res.value;
};

describe('partner intelligence in the case', () => {
  it('stores a source once, and matches it against the case ("this wallet is in a partner report")', async () => {
    const store = await openCase(await newCase());
    try {
      const first = await saveIntel(store, partner(), 'a'.repeat(64), 'partner.json');
      expect(first).toMatchObject({ imported: true, indicators: 3 });
      expect((await saveIntel(store, partner(), 'a'.repeat(64), 'partner.json')).imported).toBe(false);
      expect(listIntelSources(store)).toHaveLength(1);
      const matches = matchIntel(loadShareInput(store).indicators, loadPartnerIndicators(store));
      const wallet = matches.find((m) => m.type === 'btc');
      expect(wallet).toMatchObject({
        match: 'exact',
        source: 'Partner CERT: CoinVault fraud',
        evidence: ['000000000000a005', '000000000000a006', '000000000000a007'],
      });
      // The URLs on parcelgo-fee.xyz match through their domain.
      expect(
        matches.filter((m) => m.match === 'domain' && m.partner_value === 'parcelgo-fee.xyz'),
      ).toHaveLength(2);
      expect(matches.some((m) => m.value.includes('unrelated'))).toBe(false);
      expect(store.listAudit().at(-1)).toMatchObject({ action: 'intel.import' });
    } finally {
      store.close();
    }
  });

  it('never half-writes: a failure in the middle of a source leaves no trace', async () => {
    const store = await openCase(await newCase());
    try {
      const intel = partner();
      // An unbindable value makes the third insert throw inside the transaction.
      (intel.indicators[2] as { value: unknown }).value = { not: 'bindable' };
      const auditBefore = store.listAudit().length;
      await expect(saveIntel(store, intel, 'b'.repeat(64), 'bad.json')).rejects.toThrow();
      expect(listIntelSources(store)).toEqual([]);
      expect(loadPartnerIndicators(store)).toEqual([]);
      expect(store.listAudit()).toHaveLength(auditBefore);
    } finally {
      store.close();
    }
  });
});
