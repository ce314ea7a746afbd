/**
 * @module analyse/crypto/address/monero
 * Monero: varint network/kind tag, 32-byte public spend key, 32-byte public view key, for an
 * integrated address an 8-byte payment id, then the first 4 bytes of Keccak-256 (the original
 * Keccak, not SHA-3) over everything before. Encoded in Monero's block base58 (8 bytes → 11 chars).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58xmr } from '@scure/base';
import type { AddressType, Network } from './types.js';
import { type FamilyResult, familyFail } from './types.js';

/** Tag (all < 0x80, so one varint byte) → network and kind (cryptonote_config.h). */
const TAGS: ReadonlyMap<number, { network: Network; type: AddressType }> = new Map([
  [18, { network: 'mainnet', type: 'standard' }],
  [19, { network: 'mainnet', type: 'integrated' }],
  [42, { network: 'mainnet', type: 'subaddress' }],
  [53, { network: 'testnet', type: 'standard' }],
  [54, { network: 'testnet', type: 'integrated' }],
  [63, { network: 'testnet', type: 'subaddress' }],
  [24, { network: 'stagenet', type: 'standard' }],
  [25, { network: 'stagenet', type: 'integrated' }],
  [36, { network: 'stagenet', type: 'subaddress' }],
]);

export const looksLikeMonero = (input: string): boolean =>
  /^[4-9AB][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?$/.test(input);

export function validateMonero(input: string): FamilyResult {
  if (input.length !== 95 && input.length !== 106)
    return familyFail(`Monero addresses are 95 or 106 characters, not ${input.length}`, 'xmr');
  let raw: Uint8Array;
  try {
    raw = base58xmr.decode(input);
  } catch {
    return familyFail('not Monero base58', 'xmr');
  }
  const tag = TAGS.get(raw[0] ?? -1);
  if (!tag) return familyFail(`unknown Monero network tag ${raw[0]}`, 'xmr');
  const expected = tag.type === 'integrated' ? 77 : 69;
  if (raw.length !== expected)
    return familyFail(`${tag.type} address must decode to ${expected} bytes, got ${raw.length}`, 'xmr');
  const body = raw.subarray(0, raw.length - 4);
  const hash = keccak_256(body);
  for (let i = 0; i < 4; i++) if (raw[body.length + i] !== hash[i]) return familyFail('bad checksum', 'xmr');
  return { ok: true, match: { chain: 'xmr', type: tag.type, normalized: input, network: tag.network } };
}
