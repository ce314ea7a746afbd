/**
 * @module analyse/crypto/address/cashaddr
 * Bitcoin Cash cashaddr (spec: bitcoincashorg/bitcoincash.org spec/cashaddr.md): bech32 alphabet,
 * a 40-bit BCH checksum over the prefix, a version byte (type << 3 | size) and the hash. The
 * prefix (`bitcoincash:`) is part of the checksum but may be omitted when writing the address;
 * then each known prefix is tried.
 */
import { bech32 } from '@scure/base';
import { type FamilyResult, familyFail } from './types.js';
import { CASHADDR_PREFIXES } from './utxo-params.js';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];

function polymod(values: ReadonlyArray<number>): bigint {
  let c = 1n;
  for (const d of values) {
    const c0 = c >> 35n;
    c = ((c & 0x07ffffffffn) << 5n) ^ BigInt(d);
    for (let i = 0; i < 5; i++) if ((c0 >> BigInt(i)) & 1n) c ^= GENERATORS[i] ?? 0n;
  }
  return c ^ 1n;
}

const prefixWords = (prefix: string): number[] =>
  [...prefix].map((ch) => ch.charCodeAt(0) & 0x1f).concat([0]);

/** Hash sizes by the 3 size bits of the version byte; only 160 (P2PKH/P2SH) and 256 (P2SH32) are used. */
const SIZES: Readonly<Record<number, number>> = { 0: 20, 3: 32 };

/** True when `input` has the shape of a cashaddr (cheap, no checksum). */
export function looksLikeCashaddr(input: string): boolean {
  return /^(?:(?:bitcoincash|bchtest|bchreg):)?[qp][qpzry9x8gf2tvdw0s3jn54khce6mua7l]{41}(?:[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{19})?$/i.test(
    input,
  );
}

export function validateCashaddr(input: string): FamilyResult {
  if (input !== input.toLowerCase() && input !== input.toUpperCase())
    return familyFail('mixed case in cashaddr', 'bch');
  const lower = input.toLowerCase();
  const colon = lower.indexOf(':');
  const given = colon >= 0 ? lower.slice(0, colon) : undefined;
  const body = colon >= 0 ? lower.slice(colon + 1) : lower;
  if (given !== undefined && !CASHADDR_PREFIXES.has(given))
    return familyFail(`unknown cashaddr prefix "${given}"`, 'bch');
  const words: number[] = [];
  for (const ch of body) {
    const v = CHARSET.indexOf(ch);
    if (v < 0) return familyFail(`character "${ch}" outside the cashaddr alphabet`, 'bch');
    words.push(v);
  }
  if (words.length < 9) return familyFail('too short for a cashaddr', 'bch');
  const prefixes = given !== undefined ? [given] : [...CASHADDR_PREFIXES.keys()];
  const prefix = prefixes.find((p) => polymod([...prefixWords(p), ...words]) === 0n);
  if (prefix === undefined) return familyFail('bad checksum', 'bch');
  const bytes = bech32.fromWordsUnsafe(words.slice(0, -8));
  if (!bytes || bytes.length < 1) return familyFail('bad padding in cashaddr payload', 'bch');
  const version = bytes[0] ?? 0;
  const kind = (version >> 3) & 0x0f;
  const size = SIZES[version & 0x07];
  if (version & 0x80) return familyFail('reserved bit set in cashaddr version', 'bch');
  if (kind > 1) return familyFail(`unsupported cashaddr type ${kind}`, 'bch');
  if (size === undefined || bytes.length - 1 !== size)
    return familyFail('cashaddr hash length does not match its version', 'bch');
  return {
    ok: true,
    match: {
      chain: 'bch',
      type: kind === 0 ? 'p2pkh' : 'p2sh',
      normalized: `${prefix}:${body}`,
      network: CASHADDR_PREFIXES.get(prefix) ?? 'mainnet',
    },
  };
}

/** Encodes a hash as cashaddr (with prefix). `kind` 0 = P2PKH, 1 = P2SH. */
export function encodeCashaddr(prefix: string, kind: 0 | 1, hash: Uint8Array): string {
  const sizeBits = hash.length === 32 ? 3 : 0;
  const payload = new Uint8Array(hash.length + 1);
  payload[0] = (kind << 3) | sizeBits;
  payload.set(hash, 1);
  const words = bech32.toWords(payload);
  const mod = polymod([...prefixWords(prefix), ...words, 0, 0, 0, 0, 0, 0, 0, 0]);
  const check: number[] = [];
  for (let i = 0; i < 8; i++) check.push(Number((mod >> BigInt(5 * (7 - i))) & 0x1fn));
  return `${prefix}:${[...words, ...check].map((w) => CHARSET[w]).join('')}`;
}
