/**
 * @module analyse/crypto/address/utxo-params
 * Version bytes and bech32 prefixes of the Bitcoin-family chains (chainparams.cpp of each
 * project). Testnet and regtest share base58 versions, so a base58 address says `testnet` for both;
 * only the bech32 prefix tells regtest apart.
 */
import type { AddressType, Chain, Network } from './types.js';

export interface Base58Version {
  chain: Chain;
  type: 'p2pkh' | 'p2sh';
  network: Network;
}

export type UtxoChain = 'btc' | 'ltc' | 'doge' | 'bch';

/** Base58 version byte → meaning, per chain. A byte may mean different things on different chains. */
export const BASE58_VERSIONS: Readonly<Record<UtxoChain, ReadonlyMap<number, Omit<Base58Version, 'chain'>>>> =
  {
    btc: new Map([
      [0x00, { type: 'p2pkh', network: 'mainnet' }],
      [0x05, { type: 'p2sh', network: 'mainnet' }],
      [0x6f, { type: 'p2pkh', network: 'testnet' }],
      [0xc4, { type: 'p2sh', network: 'testnet' }],
    ]),
    ltc: new Map([
      [0x30, { type: 'p2pkh', network: 'mainnet' }],
      [0x32, { type: 'p2sh', network: 'mainnet' }],
      // Litecoin's P2SH used version 5 (a `3…` address) until 2017; wallets still accept it.
      [0x05, { type: 'p2sh', network: 'mainnet' }],
      [0x6f, { type: 'p2pkh', network: 'testnet' }],
      [0x3a, { type: 'p2sh', network: 'testnet' }],
      [0xc4, { type: 'p2sh', network: 'testnet' }],
    ]),
    doge: new Map([
      [0x1e, { type: 'p2pkh', network: 'mainnet' }],
      [0x16, { type: 'p2sh', network: 'mainnet' }],
      [0x71, { type: 'p2pkh', network: 'testnet' }],
      [0xc4, { type: 'p2sh', network: 'testnet' }],
    ]),
    // BCH legacy addresses are Bitcoin's; cashaddr is the canonical form.
    bch: new Map([
      [0x00, { type: 'p2pkh', network: 'mainnet' }],
      [0x05, { type: 'p2sh', network: 'mainnet' }],
      [0x6f, { type: 'p2pkh', network: 'testnet' }],
      [0xc4, { type: 'p2sh', network: 'testnet' }],
    ]),
  };

/** Order in which an undeclared base58 address is attributed: BTC wins the bytes it shares. */
export const BASE58_DETECT_ORDER: ReadonlyArray<UtxoChain> = ['btc', 'ltc', 'doge'];

/** Segwit human-readable parts. */
export const SEGWIT_HRPS: ReadonlyMap<string, { chain: Chain; network: Network }> = new Map([
  ['bc', { chain: 'btc', network: 'mainnet' }],
  ['tb', { chain: 'btc', network: 'testnet' }],
  ['bcrt', { chain: 'btc', network: 'regtest' }],
  ['ltc', { chain: 'ltc', network: 'mainnet' }],
  ['tltc', { chain: 'ltc', network: 'testnet' }],
  ['rltc', { chain: 'ltc', network: 'regtest' }],
]);

/** Cashaddr prefixes. */
export const CASHADDR_PREFIXES: ReadonlyMap<string, Network> = new Map([
  ['bitcoincash', 'mainnet'],
  ['bchtest', 'testnet'],
  ['bchreg', 'regtest'],
]);

export const isUtxoType = (t: AddressType): boolean => t.startsWith('p2') || t === 'witness-unknown';
