/**
 * @module samples/tools/make-wallets
 * Generates samples/wallets.json: the fictional scam wallets that the sample evidence mentions.
 *
 * WHY derived from fixed seed strings: every address must pass its chain's real checksum (so the
 * crypto extractor accepts it) while belonging to nobody. A hash160 / key hash taken from a public
 * seed string has no known private key, so no real funds can ever be linked to these samples.
 *
 * Run: npx tsx samples/tools/make-wallets.ts   (deterministic: same output every time)
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ripemd160 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { bech32, createBase58check } from '@scure/base';

/** One fictional wallet as written to wallets.json. */
export interface SampleWallet {
  chain: 'btc' | 'eth' | 'trx';
  address: string;
  role: string;
  seed: string;
}

const b58c = createBase58check(sha256);

function hash160(seed: string): Uint8Array {
  return ripemd160(sha256(utf8ToBytes(seed)));
}

/** Bitcoin mainnet P2WPKH (bech32, witness v0, 20-byte program). */
export function btcBech32(seed: string): string {
  const words = bech32.toWords(hash160(seed));
  return bech32.encode('bc', [0, ...words]);
}

/** Bitcoin mainnet P2PKH (base58check, version byte 0x00). */
export function btcLegacy(seed: string): string {
  return b58c.encode(Uint8Array.from([0x00, ...hash160(seed)]));
}

/** Last 20 bytes of keccak256(seed), as an Ethereum address with the EIP-55 mixed-case checksum. */
export function ethEip55(seed: string): string {
  const raw = bytesToHex(keccak_256(utf8ToBytes(seed)).slice(12));
  const h = bytesToHex(keccak_256(utf8ToBytes(raw)));
  let out = '0x';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    out += Number.parseInt(h[i] as string, 16) >= 8 ? c.toUpperCase() : c;
  }
  return out;
}

/** TRON address: base58check of 0x41 || 20-byte key hash (the same layout as an ETH address). */
export function tronAddress(seed: string): string {
  const body = keccak_256(utf8ToBytes(seed)).slice(12);
  return b58c.encode(Uint8Array.from([0x41, ...body]));
}

export function makeWallets(): SampleWallet[] {
  return [
    {
      chain: 'btc',
      address: btcBech32('dragnet-sample-1'),
      role: 'romance-scam payout',
      seed: 'dragnet-sample-1',
    },
    {
      chain: 'btc',
      address: btcLegacy('dragnet-sample-2'),
      role: 'sextortion / fake-invoice ransom payout',
      seed: 'dragnet-sample-2',
    },
    {
      chain: 'eth',
      address: ethEip55('dragnet-sample-3'),
      role: 'crypto-signals pump group deposit',
      seed: 'dragnet-sample-3',
    },
    {
      chain: 'trx',
      address: tronAddress('dragnet-sample-4'),
      role: 'fake-investment platform USDT-TRC20 deposit',
      seed: 'dragnet-sample-4',
    },
  ];
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(here, '..', 'wallets.json');
  writeFileSync(out, JSON.stringify(makeWallets(), null, 2) + '\n');
  process.stdout.write(`wrote ${out}\n`);
}
