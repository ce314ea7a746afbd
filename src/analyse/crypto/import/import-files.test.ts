import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCaseStore } from '../../../case/sqlite-case-store.js';
import { fixture, tempCase } from '../test-support/temp-case.js';
import { importCryptoFiles } from './import-files.js';

let store: SqliteCaseStore;
let cleanup: () => void;
beforeEach(async () => {
  ({ store, cleanup } = await tempCase());
});
afterEach(() => cleanup());

const count = (table: string): number =>
  Number(store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());
const dump = (name: string): string => fixture(`dumps/${name}`);

describe('importCryptoFiles', () => {
  it('imports a Core getblock verbosity-3 RPC response with exact amounts', async () => {
    const s = await importCryptoFiles(store, [dump('core-block-v3.json')]);
    expect(s).toMatchObject({ transactions: 2, addresses: 3, failed: [] });
    expect(s.files[0]).toMatchObject({ format: 'bitcoin-core', chain: 'btc', transactions: 2 });
    const outs = store.db.prepare('SELECT n, value FROM crypto_outputs ORDER BY tx_id, n').all();
    expect(outs).toEqual([
      { n: 0, value: 625012345 },
      { n: 0, value: 100000000 },
      { n: 1, value: 525011345 },
      { n: 2, value: 0 },
    ]);
    expect(store.db.prepare('SELECT value FROM crypto_inputs').pluck().get()).toBe(625012345);
    expect(store.listEvidence({ kind: 'crypto-transactions' })).toHaveLength(1);
    expect(store.listAudit().at(-1)).toMatchObject({ action: 'crypto.import', details: { transactions: 2 } });
  });

  it('resolves a missing prevout from the case, and fails naming the tx when it cannot', async () => {
    await expect(importCryptoFiles(store, [dump('core-block-no-prevout.json')])).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining(
        'transaction 3333333333333333333333333333333333333333333333333333333333333333: input 0 spends 9999',
      ),
    });
    expect(count('crypto_txs')).toBe(0);
  });

  it('refuses an amount with more than 8 decimals, naming the transaction', async () => {
    await expect(importCryptoFiles(store, [dump('core-block-9-decimals.json')])).rejects.toMatchObject({
      message: expect.stringMatching(/4444.*more than 8 decimals/),
    });
  });

  it('reports truncated JSON with its offset', async () => {
    await expect(importCryptoFiles(store, [dump('core-block-truncated.json')])).rejects.toMatchObject({
      code: 'BAD_INPUT',
      subject: dump('core-block-truncated.json'),
      message: expect.stringContaining('truncated JSON'),
    });
  });

  it('is all-or-nothing: a duplicate in the second file rolls back the first', async () => {
    await expect(
      importCryptoFiles(store, [dump('core-block-v3.json'), dump('core-tx-duplicate.jsonl')]),
    ).rejects.toMatchObject({
      message: expect.stringContaining(
        '5555555555555555555555555555555555555555555555555555555555555555: duplicate transaction',
      ),
    });
    expect(count('crypto_txs')).toBe(0);
    expect(count('crypto_addresses')).toBe(0);
    expect(store.listEvidence()).toHaveLength(0);
  });

  it('refuses a transaction already in the case unless told to skip duplicates', async () => {
    await importCryptoFiles(store, [dump('core-block-v3.json')]);
    await expect(importCryptoFiles(store, [dump('core-block-v3.json')])).rejects.toMatchObject({
      code: 'BAD_INPUT',
    });
    const again = await importCryptoFiles(store, [dump('core-block-v3.json')], { skipDuplicates: true });
    expect(again).toMatchObject({ transactions: 0, skippedDuplicates: 2 });
  });

  it('reads exponent notation exactly (1e-05 BTC = 1000 sat)', async () => {
    await expect(
      importCryptoFiles(store, [dump('core-tx-duplicate.jsonl')], { skipDuplicates: true }),
    ).resolves.toMatchObject({ transactions: 1 });
    expect(store.db.prepare('SELECT value FROM crypto_outputs').pluck().get()).toBe(1000);
  });

  it('imports Esplora transactions with integer satoshi prevouts', async () => {
    const s = await importCryptoFiles(store, [dump('esplora-whirlpool.json')]);
    expect(s.files[0]).toMatchObject({ format: 'esplora', chain: 'btc', transactions: 1 });
    expect(store.db.prepare('SELECT SUM(value) FROM crypto_outputs').pluck().get()).toBe(25_000_000);
    expect(count('crypto_inputs')).toBe(5);
  });

  it('imports EVM blocks and Etherscan normal/internal/token exports with wei-exact values', async () => {
    const s = await importCryptoFiles(store, [
      dump('evm-blocks.json'),
      dump('etherscan-normal.csv'),
      dump('etherscan-internal.csv'),
      dump('etherscan-token.csv'),
    ]);
    expect(s.files.map((f) => f.format)).toEqual([
      'evm-rpc',
      'etherscan-csv',
      'etherscan-csv',
      'etherscan-csv',
    ]);
    const rows = store.db
      .prepare('SELECT kind, asset, value, decimals FROM crypto_transfers ORDER BY tx_id, idx')
      .all();
    expect(rows).toEqual([
      { kind: 'normal', asset: 'ETH', value: 31337, decimals: 18 },
      { kind: 'normal', asset: 'ETH', value: '2000000000000000000', decimals: 18 },
      { kind: 'normal', asset: 'ETH', value: '1234567890123456789', decimals: 18 },
      { kind: 'normal', asset: 'ETH', value: '1200000000000000000', decimals: 18 },
      { kind: 'internal', asset: 'ETH', value: '700000000000000000', decimals: 18 },
      { kind: 'token', asset: '0xdac17f958d2ee523a2206206994597c13d831ec7', value: 2500125000, decimals: 6 },
    ]);
  });

  it('imports every dump of a folder, in name order', async () => {
    const s = await importCryptoFiles(store, [fixture('dumps')], { skipDuplicates: true }).catch(
      (e: Error) => e,
    );
    // The folder holds deliberately broken dumps: the import refuses them all, naming one.
    expect(s).toBeInstanceOf(Error);
    expect(count('crypto_txs')).toBe(0);
  });

  it('names a missing file', async () => {
    await expect(importCryptoFiles(store, [dump('nope.json')])).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
