/**
 * @module analyse/crypto/address/tron
 * TRON: base58check of 0x41 followed by the 20-byte account hash (always starts with `T`).
 */
import { decodeBase58Check } from './base58check.js';
import { type FamilyResult, familyFail } from './types.js';

export const looksLikeTron = (input: string): boolean => /^T[1-9A-HJ-NP-Za-km-z]{33}$/.test(input);

export function validateTron(input: string): FamilyResult {
  const decoded = decodeBase58Check(input);
  if (!decoded.ok) return familyFail(decoded.error, 'trx');
  if (decoded.payload.length !== 21 || decoded.payload[0] !== 0x41)
    return familyFail('not a TRON payload (0x41 + 20 bytes)', 'trx');
  return { ok: true, match: { chain: 'trx', type: 'account', normalized: input, network: 'mainnet' } };
}
