/**
 * @module analyse/crypto/address/solana
 * Solana: a base58 (Bitcoin alphabet) Ed25519 public key of 32 bytes, no checksum. Any 43-44
 * character base58 string is likely to decode to 32 bytes, so a match is reported with
 * confidence `low`: corroborate it (context, chain named by the evidence) before relying on it.
 */
import { base58 } from '@scure/base';
import { type FamilyResult, familyFail } from './types.js';

export const looksLikeSolana = (input: string): boolean => /^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(input);

export function validateSolana(input: string): FamilyResult {
  if (!looksLikeSolana(input)) return familyFail('not a 32-44 character base58 string', 'sol');
  let raw: Uint8Array;
  try {
    raw = base58.decode(input);
  } catch {
    return familyFail('not base58', 'sol');
  }
  if (raw.length !== 32) return familyFail(`decodes to ${raw.length} bytes, not 32`, 'sol');
  return {
    ok: true,
    match: { chain: 'sol', type: 'account', normalized: input, network: 'mainnet', confidence: 'low' },
  };
}
