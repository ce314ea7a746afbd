/**
 * @module analyse/crypto/address/ripple
 * XRP Ledger classic addresses: base58check in Ripple's own alphabet (`rpshnaf39w…`), version 0
 * and a 20-byte account id; they always start with `r`. (X-addresses are not handled.)
 */
import { base58xrp } from '@scure/base';
import { decodeBase58Check } from './base58check.js';
import { type FamilyResult, familyFail } from './types.js';

export const looksLikeRipple = (input: string): boolean =>
  /^r[rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz]{24,34}$/.test(input);

export function validateRipple(input: string): FamilyResult {
  const decoded = decodeBase58Check(input, base58xrp);
  if (!decoded.ok) return familyFail(decoded.error, 'xrp');
  if (decoded.payload.length !== 21 || decoded.payload[0] !== 0)
    return familyFail('not an XRP account id (version 0 + 20 bytes)', 'xrp');
  return { ok: true, match: { chain: 'xrp', type: 'account', normalized: input, network: 'mainnet' } };
}
