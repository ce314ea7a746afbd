import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCaseStore } from '../../../case/sqlite-case-store.js';
import { tempCase } from '../test-support/temp-case.js';
import { parseTagList } from './parse-tag-list.js';
import { BUNDLED_TAG_DIR, bundledTags, importTagFiles, readTagFile, tagIndex } from './tag-store.js';

describe('parseTagList', () => {
  it('imports valid rows and reports bad checksums and wrong chains by row number', () => {
    const csv = [
      'address,label,category,source,chain',
      '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH,Good Exchange,exchange,test,btc',
      '39884E3j6KZj82FK4hA3t6K5GCHkWwqLHv,Binance (bad checksum),exchange,test,btc',
      'TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq,OFAC listed under XBT,sanctioned,test,btc',
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed,Some EVM account,scam,test,eth',
      'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a,BCH shop,service,test,bch',
    ].join('\n');
    const r = parseTagList(csv);
    expect(r.tags.map((t) => [t.chain, t.address, t.category])).toEqual([
      ['btc', '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH', 'exchange'],
      ['eth', '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed', 'scam'],
      ['bch', 'bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a', 'service'],
    ]);
    expect(r.rejected).toEqual([
      { row: 3, address: '39884E3j6KZj82FK4hA3t6K5GCHkWwqLHv', error: 'bad checksum' },
      { row: 4, address: 'TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq', error: 'a valid TRX address, not BTC' },
    ]);
  });

  it('rejects a row whose quoted field is never closed and keeps the rows after it', () => {
    const csv = [
      'address,label,category,source',
      '1BgGZ9tcN4rm9KBzDn7KprQz87SZ26SAMH,"Good, Exchange,exchange,test',
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed,"Some ""EVM"" account",scam,test',
    ].join('\n');
    const r = parseTagList(csv);
    expect(r.rejected).toEqual([{ row: 2, address: '', error: 'a quoted field is never closed' }]);
    expect(r.tags.map((t) => t.label)).toEqual(['Some "EVM" account']);
  });

  it('reads JSON lists and the address,entity,source layout of public lists', () => {
    const json = JSON.stringify([
      {
        address: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4',
        label: 'Mixer X',
        category: 'mixer',
        source: 's',
      },
      { address: 'nope' },
    ]);
    expect(parseTagList(json)).toMatchObject({
      tags: [{ label: 'Mixer X', category: 'mixer' }],
      rejected: [{ row: 2 }],
    });
    const pub =
      'address,entity,source\n# comment\n3K35dyL85fR9ht7UgzPfd1gLRRXQtNTqE3,Blender.io,ofac-sdn-2022-05-06\n';
    expect(parseTagList(pub, { category: 'mixer' }).tags[0]).toMatchObject({
      label: 'Blender.io',
      category: 'mixer',
      source: 'ofac-sdn-2022-05-06',
    });
  });

  it('catches every invalid row of the public exchange list that the reference marks invalid', () => {
    const ref = new URL('../../../../test/fixtures/crypto/tags/', import.meta.url).pathname;
    const list = readTagFile(`${ref}exchange-modern-curated.csv`, { category: 'exchange' });
    const known = readFileSync(`${ref}INVALID_CHECKSUM_ROWS.csv`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('exchange-modern-curated.csv,'))
      .map((l) => l.split(',')[1]);
    expect(list.rejected.map((r) => r.address).sort()).toEqual(known.sort());
    expect(list.tags.length).toBeGreaterThan(0);
  });
});

describe('bundled lists', () => {
  it('load, are all valid, and include the OFAC SDN addresses', () => {
    expect(BUNDLED_TAG_DIR).toMatch(/data\/crypto\/$/);
    const tags = bundledTags();
    expect(tags.filter((t) => t.category === 'sanctioned').length).toBeGreaterThan(600);
    expect(tags.some((t) => t.chain === 'xmr')).toBe(true);
  });
});

describe('importTagFiles', () => {
  let store: SqliteCaseStore;
  let cleanup: () => void;
  beforeEach(async () => {
    ({ store, cleanup } = await tempCase());
  });
  afterEach(() => cleanup());
  it('stores the valid rows in one audited write; case tags win over bundled ones', async () => {
    const ref = new URL('../../../../test/fixtures/crypto/tags/', import.meta.url).pathname;
    const r = await importTagFiles(store, [`${ref}exchange-modern-curated.csv`], { category: 'exchange' });
    expect(r.imported).toBeGreaterThan(0);
    expect(r.rejected[0]?.error).toMatch(/^exchange-modern-curated\.csv row \d+: bad checksum$/);
    expect(store.listAudit().at(-1)).toMatchObject({
      action: 'crypto.tags.import',
      details: { imported: r.imported },
    });
    const index = tagIndex(store);
    expect(index.size).toBeGreaterThan(r.imported);
  });
});
