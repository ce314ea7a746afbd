/**
 * @module bench/observables-gold-values
 * Value pools for the observables gold set: each generator returns `[as written, expected value]`.
 * Seeded (mulberry32) so the gold set is reproducible. Wallets come from the reference vectors in
 * ../shared/reference/crypto (OFAC SDN lists, EIP-55 and BIP173/350 vectors) plus addresses derived
 * here from fixed seed strings (no known private key) for chains the vectors do not cover.
 */
import { readFileSync } from 'node:fs';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base58, base58xmr, base58xrp, bech32, bech32m, createBase58check } from '@scure/base';
import { composeIBAN, isValidIBAN } from 'ibantools';
import examplesJs from 'libphonenumber-js/examples.mobile.json';
import { getExampleNumber } from 'libphonenumber-js/max';
import { encodeCashaddr, toChecksumAddress, validateAddress } from '../src/analyse/crypto/index.js';
import { type Rng, seededRng } from '../src/core/seeded-rng.js';

export type { Rng };
export const mulberry32 = seededRng;
export const pick = <T>(r: Rng, xs: ReadonlyArray<T>): T => xs[Math.floor(r() * xs.length)] as T;
export const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const hexChars = (r: Rng, n: number): string =>
  Array.from({ length: n }, () => '0123456789abcdef'[int(r, 0, 15)]).join('');
const bytes = (r: Rng, n: number): Uint8Array => Uint8Array.from({ length: n }, () => int(r, 0, 255));

const REF = '../shared/reference/crypto';
const lines = (f: string): string[] =>
  readFileSync(`${REF}/${f}`, 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

const SYL = [
  'sec',
  'log',
  'in',
  'pay',
  'ver',
  'ify',
  'acc',
  'ount',
  'up',
  'date',
  'mail',
  'cloud',
  'dri',
  've',
  'shop',
  'bank',
  'sup',
  'port',
  'serv',
  'ice',
  'drop',
  'box',
  'net',
  'flix',
  'ama',
  'zon',
  'apple',
  'id',
  'track',
  'post',
  'dhl',
  'fed',
  'ex',
  'tax',
  'ref',
  'und',
  'coin',
  'wal',
  'let',
  'meta',
  'mask',
  'bin',
  'ance',
  'lux',
  'nova',
  'orbit',
  'kilo',
];
const TLDS = [
  'com',
  'net',
  'org',
  'ru',
  'xyz',
  'top',
  'info',
  'de',
  'co.uk',
  'com.br',
  'online',
  'site',
  'shop',
  'live',
  'io',
  'biz',
  'cn',
  'su',
  'club',
  'icu',
  'fr',
  'nl',
  'pl',
  'in',
  'cc',
  'me',
  'app',
  'store',
  'click',
  'link',
];

export function label(r: Rng): string {
  let s = '';
  const n = int(r, 2, 4);
  for (let i = 0; i < n; i++) s += pick(r, SYL);
  if (r() < 0.25) s += `-${pick(r, SYL)}${pick(r, SYL)}`;
  if (r() < 0.15) s += int(r, 1, 99);
  return s;
}
export function domain(r: Rng): string {
  const sub = r() < 0.3 ? `${pick(r, ['www', 'mail', 'login', 'secure', 'cdn', 'api', 'portal'])}.` : '';
  return `${sub}${label(r)}.${pick(r, TLDS)}`;
}
const IDN = [
  'пример-банк.рф',
  'почта-сервис.рф',
  'bücher-versand.de',
  'münchen-post.de',
  '例子网站.中国',
  'ドメイン名例.jp',
  'xn--80aswg.xn--p1ai',
  'paypаl-secure.com',
  'аpple-id.com',
  'micrоsoft-login.net',
  'ѕecure-bank.org',
  'gοogle-verify.com',
];
/** IDN domains: [written, expected lower-case value, punycode]. */
export function idnDomain(r: Rng): [string, string] {
  const d = pick(r, IDN);
  return [d, d.toLowerCase()];
}
export function publicIp(r: Rng): string {
  for (;;) {
    const a = int(r, 1, 223);
    if ([10, 127, 100, 169, 172, 192, 198, 203, 0].includes(a)) continue;
    return `${a}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`;
  }
}
export function otherIp(r: Rng): string {
  return pick(r, [
    `10.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
    `192.168.${int(r, 0, 255)}.${int(r, 1, 254)}`,
    `172.${int(r, 16, 31)}.${int(r, 0, 255)}.${int(r, 1, 254)}`,
    `203.0.113.${int(r, 1, 254)}`,
    `198.51.100.${int(r, 1, 254)}`,
    '127.0.0.1',
  ]);
}
/** [written, canonical]. */
export function ipv6(r: Rng): [string, string] {
  const g = Array.from({ length: 8 }, (_, i) =>
    i < 2 ? int(r, 0x2001, 0x2a0f) : i >= 4 && i <= 5 && r() < 0.5 ? 0 : int(r, 0, 0xffff),
  );
  g[0] = pick(r, [0x2001, 0x2a02, 0x2604, 0x2400, 0x2a01]);
  const full = g.map((x) => x.toString(16)).join(':');
  const canon = (() => {
    let best = -1;
    let len = 1;
    for (let i = 0; i < 8; ) {
      if (g[i] !== 0) {
        i++;
        continue;
      }
      let j = i;
      while (j < 8 && g[j] === 0) j++;
      if (j - i > len) {
        best = i;
        len = j - i;
      }
      i = j;
    }
    const h = g.map((x) => x.toString(16));
    return best < 0 ? h.join(':') : `${h.slice(0, best).join(':')}::${h.slice(best + len).join(':')}`;
  })();
  return [r() < 0.5 ? canon : full, canon];
}
export const hash = (r: Rng, n: number): string => {
  for (;;) {
    const h = hexChars(r, n);
    if (/\d/.test(h) && /[a-f]/.test(h)) return h;
  }
};
export function email(r: Rng): string {
  return `${pick(r, ['info', 'support', 'billing', 'no-reply', 'admin', 'j.smith', 'anna.k', 'security', 'payroll'])}${r() < 0.3 ? int(r, 1, 999) : ''}@${label(r)}.${pick(r, TLDS)}`;
}

const PHONE_CC = [
  'DE',
  'GB',
  'FR',
  'US',
  'NL',
  'ES',
  'IT',
  'PL',
  'RU',
  'UA',
  'NG',
  'IN',
  'BR',
  'CH',
  'AT',
  'TR',
  'AE',
  'JP',
];
/** [written international, E.164]. */
export function phone(r: Rng): [string, string] {
  const cc = pick(r, PHONE_CC);
  const p = getExampleNumber(cc as 'DE', examplesJs);
  if (!p) throw new Error(`no example for ${cc}`);
  const written = r() < 0.7 ? p.formatInternational() : p.number;
  return [written, p.number];
}
/** [written national, E.164, region] */
export function nationalPhone(r: Rng): [string, string, string] {
  const cc = pick(r, ['DE', 'GB', 'FR', 'NL']);
  const p = getExampleNumber(cc as 'DE', examplesJs);
  if (!p) throw new Error('no example');
  return [p.formatNational(), p.number, cc];
}

const IBAN_NUMERIC: ReadonlyArray<[string, number]> = [
  ['DE', 18],
  ['AT', 16],
  ['DK', 14],
  ['FI', 14],
  ['NO', 11],
  ['SI', 15],
  ['EE', 16],
  ['LT', 16],
  ['CZ', 20],
  ['SK', 20],
  ['PL', 24],
  ['SE', 20],
];
const IBAN_FIXED = [
  'GB29NWBK60161331926819',
  'FR1420041010050500013M02606',
  'ES9121000418450200051332',
  'IT60X0542811101000000123456',
  'NL91ABNA0417164300',
  'BE68539007547034',
  'CH9300762011623852957',
  'IE29AIBK93115212345678',
  'PT50000201231234567890154',
  'LU280019400644750000',
];
/** [written (grouped or compact), compact]. */
export function iban(r: Rng): [string, string] {
  let compact = '';
  if (r() < 0.3) compact = pick(r, IBAN_FIXED);
  else {
    for (let k = 0; k < 50 && !compact; k++) {
      const [cc, n] = pick(r, IBAN_NUMERIC);
      compact =
        composeIBAN({ countryCode: cc, bban: Array.from({ length: n }, () => int(r, 0, 9)).join('') }) ?? '';
      // Random BBANs can fail a country's national check digits; real IBANs never do.
      if (!isValidIBAN(compact)) compact = '';
    }
  }
  return [r() < 0.6 ? compact.replace(/(.{4})/g, '$1 ').trim() : compact, compact];
}
export const BICS = [
  'DEUTDEFF',
  'COBADEFFXXX',
  'BNPAFRPP',
  'NWBKGB2L',
  'INGBNL2A',
  'UBSWCHZH80A',
  'BYLADEMM',
  'GENODEF1M04',
  'RABONL2U',
  'BCITITMM',
  'CAIXESBBXXX',
  'SOGEFRPP',
  'HANDSESS',
  'NDEAFIHH',
  'RZBAATWW',
];

const TEST_PANS = [
  '4111111111111111',
  '5555555555554444',
  '378282246310005',
  '6011111111111117',
  '4012888888881881',
  '5105105105105100',
  '3530111333300000',
  '4242424242424242',
  '2223003122003222',
  '6011000990139424',
];
/** [written, masked value]. */
export function card(r: Rng): [string, string] {
  let pan = pick(r, TEST_PANS);
  if (r() < 0.5) {
    const body = `4${Array.from({ length: 14 }, () => int(r, 0, 9)).join('')}`;
    for (let d = 0; d < 10; d++) {
      const c = body + d;
      let s = 0;
      for (let i = 0; i < 16; i++) {
        let x = Number(c[15 - i]);
        if (i % 2 === 1) {
          x *= 2;
          if (x > 9) x -= 9;
        }
        s += x;
      }
      if (s % 10 === 0) pan = c;
    }
  }
  const masked = `${pan.slice(0, 6)}${'*'.repeat(pan.length - 10)}${pan.slice(-4)}`;
  const sep = pick(r, ['', ' ', '-']);
  const written = sep && pan.length === 16 ? pan.replace(/(\d{4})(?=\d)/g, `$1${sep}`) : pan;
  return [written, masked];
}

const b58c = createBase58check(sha256);
const seedBytes = (s: string, n: number): Uint8Array => sha256(utf8ToBytes(s)).slice(0, n);
const xrpCheck = (payload: Uint8Array): string => {
  const c = sha256(sha256(payload)).slice(0, 4);
  return base58xrp.encode(Uint8Array.from([...payload, ...c]));
};
/** Wallet pools per chain: [written, canonical] from vectors and seed-derived addresses. */
export function walletPools(): Record<string, Array<[string, string]>> {
  const norm = (a: string): [string, string] => {
    const v = validateAddress(a);
    if (!v.valid || !v.normalized) throw new Error(`invalid vector ${a}`);
    return [a, v.normalized];
  };
  const eip = JSON.parse(readFileSync(`${REF}/eip55-vectors/eip55_vectors.json`, 'utf8')) as {
    ofac_eth_checksummed: Array<{ checksummed: string }>;
  };
  const bech = JSON.parse(readFileSync(`${REF}/bip173-bip350-vectors/bech32_vectors.json`, 'utf8')) as {
    valid_address: Array<{ address: string } | [string, string]>;
  };
  const pools: Record<string, Array<[string, string]>> = {
    btc: [],
    ltc: [],
    bch: [],
    doge: [],
    eth: [],
    trx: [],
    xmr: [],
    xrp: [],
    sol: [],
  };
  for (const a of lines('ofac-sdn-addresses/sanctioned_addresses_XBT.txt').slice(0, 120))
    if (validateAddress(a).chain === 'btc' && validateAddress(a).valid) pools.btc?.push(norm(a));
  for (const v of bech.valid_address) {
    const a = Array.isArray(v) ? v[0] : v.address;
    const x = validateAddress(a);
    if (x.valid && x.network === 'mainnet' && x.chain === 'btc' && a.length >= 26) pools.btc?.push(norm(a));
  }
  for (const e of eip.ofac_eth_checksummed.slice(0, 80))
    pools.eth?.push(
      r0() < 0.3 ? [e.checksummed.toLowerCase(), e.checksummed] : [e.checksummed, e.checksummed],
    );
  for (const a of lines('ofac-sdn-addresses/sanctioned_addresses_LTC.txt'))
    if (validateAddress(a).valid) pools.ltc?.push(norm(a));
  for (const a of lines('ofac-sdn-addresses/sanctioned_addresses_TRX.txt'))
    if (validateAddress(a).valid) pools.trx?.push(norm(a));
  for (const a of lines('ofac-sdn-addresses/sanctioned_addresses_XMR.txt'))
    if (validateAddress(a).valid) pools.xmr?.push(norm(a));
  for (const a of lines('ofac-sdn-addresses/sanctioned_addresses_XRP.txt'))
    if (validateAddress(a).valid) pools.xrp?.push(norm(a));
  for (const a of lines('ofac-sdn-addresses/sanctioned_addresses_BCH.txt'))
    if (/^[qp]/.test(a) && validateAddress(`bitcoincash:${a}`).valid)
      pools.bch?.push(norm(`bitcoincash:${a}`));
  for (let i = 0; i < 40; i++) {
    const s = `dragnet-gold-${i}`;
    const h20 = seedBytes(s, 20);
    pools.btc?.push(norm(bech32m.encode('bc', [1, ...bech32m.toWords(sha256(utf8ToBytes(s)))])));
    pools.ltc?.push(norm(b58c.encode(Uint8Array.from([0x30, ...h20]))));
    pools.ltc?.push(norm(bech32.encode('ltc', [0, ...bech32.toWords(h20)])));
    pools.doge?.push(norm(b58c.encode(Uint8Array.from([0x1e, ...h20]))));
    pools.doge?.push(norm(b58c.encode(Uint8Array.from([0x16, ...h20]))));
    pools.bch?.push(norm(encodeCashaddr('bitcoincash', 0, h20)));
    pools.trx?.push(norm(b58c.encode(Uint8Array.from([0x41, ...keccak_256(utf8ToBytes(s)).slice(12)]))));
    pools.xrp?.push(norm(xrpCheck(Uint8Array.from([0x00, ...h20]))));
    const body = Uint8Array.from([
      18,
      ...sha256(utf8ToBytes(`${s}-spend`)),
      ...sha256(utf8ToBytes(`${s}-view`)),
    ]);
    pools.xmr?.push(norm(base58xmr.encode(Uint8Array.from([...body, ...keccak_256(body).slice(0, 4)]))));
    pools.sol?.push(norm(base58.encode(sha256(utf8ToBytes(`${s}-sol`)))));
    pools.eth?.push(
      norm(toChecksumAddress(`${Buffer.from(keccak_256(utf8ToBytes(s)).slice(12)).toString('hex')}`)),
    );
  }
  return pools;
}
const r0 = mulberry32(7);

export { bytes };
