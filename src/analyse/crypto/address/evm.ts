/**
 * @module analyse/crypto/address/evm
 * Ethereum and EVM chains, EIP-55: a hex letter is upper-case iff the matching nibble of
 * keccak256(lower-case hex) is >= 8. All-lower and all-upper addresses carry no checksum and are
 * accepted; mixed case must match the checksum exactly (a one-letter slip is the typo EIP-55 catches).
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8 } from '@scure/base';
import { type FamilyResult, familyFail } from './types.js';

const HEX40 = /^[0-9a-fA-F]{40}$/;

/** EIP-55 checksummed form of a 40-hex-digit body (any case), with `0x`. */
export function toChecksumAddress(hex40: string): string {
  const lower = hex40.toLowerCase();
  const hash = keccak_256(utf8.decode(lower));
  let out = '0x';
  for (let i = 0; i < 40; i++) {
    const ch = lower[i] ?? '';
    const nibble = ((hash[i >> 1] ?? 0) >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    out += nibble >= 8 ? ch.toUpperCase() : ch;
  }
  return out;
}

export const looksLikeEvm = (input: string): boolean => /^0[xX][0-9a-fA-F]{40}$/.test(input);

export function validateEvm(input: string): FamilyResult {
  if (!/^0[xX]/.test(input)) return familyFail('EVM addresses start with 0x', 'eth');
  const body = input.slice(2);
  if (!HEX40.test(body))
    return familyFail(`expected 40 hex digits after 0x, got ${body.length} characters`, 'eth');
  const normalized = toChecksumAddress(body);
  const mixed = body !== body.toLowerCase() && body !== body.toUpperCase();
  if (mixed && `0x${body}` !== normalized)
    return familyFail('bad EIP-55 checksum (mixed case does not match)', 'eth');
  return { ok: true, match: { chain: 'eth', type: 'account', normalized, network: 'mainnet' } };
}
