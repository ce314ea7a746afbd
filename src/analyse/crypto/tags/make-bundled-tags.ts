/**
 * @module analyse/crypto/tags/make-bundled-tags
 * Maintainer script: rebuilds `data/crypto/*.csv` from the reference copies of public lists
 * (`npx tsx src/analyse/crypto/tags/make-bundled-tags.ts REFERENCE_DIR`), validating every
 * address and leaving out (and listing) rows that fail their checksum or belong to a chain
 * Dragnet does not validate. Not used at run time.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Chain } from '../address/types.js';
import { validateAddress } from '../address/validate-address.js';
import { addressKey } from '../store/crypto-case.js';

const ref = process.argv[2] ?? '../shared/reference/crypto';
const outDir = path.resolve(import.meta.dirname, '../../../../data/crypto');
const csvCell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** OFAC file asset → chain to validate against (undefined: let the address say; EVM tokens are ETH-format). */
const OFAC_ASSETS: Readonly<Record<string, Chain | 'auto'>> = {
  XBT: 'btc',
  ETH: 'eth',
  LTC: 'ltc',
  BCH: 'bch',
  TRX: 'trx',
  XMR: 'xmr',
  XRP: 'xrp',
  USDT: 'auto',
  USDC: 'auto',
  ARB: 'eth',
  BSC: 'eth',
  ETC: 'eth',
};

const skipped: string[] = [];
const ofacRows: string[] = ['address,chain,label,category,source'];
const ofacDir = path.join(ref, 'ofac-sdn-addresses');
for (const f of readdirSync(ofacDir)
  .filter((n) => n.startsWith('sanctioned_addresses_'))
  .sort()) {
  const asset = f.replace('sanctioned_addresses_', '').replace('.txt', '');
  const chain = OFAC_ASSETS[asset];
  for (const [i, line] of readFileSync(path.join(ofacDir, f), 'utf8').split('\n').entries()) {
    const a = line.trim();
    if (!a) continue;
    if (!chain) {
      skipped.push(`${f} line ${i + 1}: ${a}: chain ${asset} not supported`);
      continue;
    }
    const v = validateAddress(a, chain === 'auto' ? {} : { chain });
    if (!v.valid || !v.chain || !v.normalized) {
      skipped.push(`${f} line ${i + 1}: ${a}: ${v.error}`);
      continue;
    }
    ofacRows.push(
      `${addressKey(v.chain, v.normalized)},${v.chain},OFAC SDN (${asset}),sanctioned,OFAC SDN list via 0xB10C/ofac-sanctioned-digital-currency-addresses@f2aee22`,
    );
  }
}
writeFileSync(path.join(outDir, 'ofac-sdn.csv'), `${[...new Set(ofacRows)].join('\n')}\n`);

const curated: Array<[string, string]> = [
  ['ransomware-addresses.csv', 'ransomware'],
  ['scam-ponzi-addresses.csv', 'scam'],
  ['mixer-addresses.csv', 'mixer'],
];
const pubRows: string[] = ['address,chain,label,category,source'];
for (const [file, category] of curated) {
  for (const [i, line] of readFileSync(path.join(ref, 'entity-tags-am-i-exposed', file), 'utf8')
    .split('\n')
    .entries()) {
    if (i === 0 || !line.trim() || line.startsWith('#')) continue;
    const [a = '', entity = '', source = ''] = line.split(',');
    const v = validateAddress(a.trim(), { chain: 'btc' });
    if (!v.valid || !v.normalized) {
      skipped.push(`${file} row ${i + 1}: ${a}: ${v.error}`);
      continue;
    }
    pubRows.push(
      [
        v.normalized,
        'btc',
        csvCell(entity.trim()),
        category,
        csvCell(`am-i-exposed ${file}: ${source.trim()}`),
      ].join(','),
    );
  }
}
writeFileSync(path.join(outDir, 'public-btc-tags.csv'), `${[...new Set(pubRows)].join('\n')}\n`);
writeFileSync(path.join(outDir, 'SKIPPED.txt'), `${skipped.join('\n')}\n`);
console.log(`ofac ${ofacRows.length - 1} rows, public ${pubRows.length - 1} rows, skipped ${skipped.length}`);
