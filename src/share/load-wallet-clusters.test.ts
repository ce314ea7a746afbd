import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCase } from '../../test/fixtures/graph/write-synthetic-case.js';
import { tempDirs } from '../../test/temp-dirs.js';
import { openCase } from '../case/open-case.js';
import { loadShareInput } from './load-share-input.js';
import { loadWalletClusters } from './load-wallet-clusters.js';
import { toStixBundle } from './to-stix-bundle.js';

const tempDir = tempDirs('dragnet-wc-');

describe('loadWalletClusters', () => {
  it('carries crypto clusters of 2+ addresses into the export', async () => {
    const dir = path.join(tempDir(), 'case');
    await writeSyntheticCase(dir);
    const store = await openCase(dir);
    try {
      expect(loadWalletClusters(store).size).toBe(0);
      await store.write({ action: 'test.crypto' }, () => {
        const add = store.db.prepare('INSERT INTO crypto_addresses (id, chain, address) VALUES (?, ?, ?)');
        add.run(1, 'btc', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq');
        add.run(2, 'btc', '1BoatSLRHtKNngkdXEeobR76b53LETtpyT');
        add.run(3, 'btc', '3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy');
        const cl = store.db.prepare('INSERT INTO crypto_clusters (address_id, cluster) VALUES (?, ?)');
        cl.run(1, 'c-1');
        cl.run(2, 'c-1');
        cl.run(3, 'c-2'); // a singleton cluster says nothing
      });
      const clusters = loadWalletClusters(store);
      expect([...clusters]).toEqual([
        ['1BoatSLRHtKNngkdXEeobR76b53LETtpyT', 'c-1'],
        ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'c-1'],
      ]);
      const bundle = toStixBundle(loadShareInput(store));
      expect(
        bundle.objects.find((o) => o.type === 'cryptocurrency-wallet' && o.chain === 'BTC')?.cluster,
      ).toBe('c-1');
    } finally {
      store.close();
    }
  });
});
