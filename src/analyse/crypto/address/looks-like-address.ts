/**
 * @module analyse/crypto/address/looks-like-address
 * A cheap shape test (regular expressions only, no hashing) for indicator extraction: it answers
 * which chains a token could belong to, so the extractor calls {@link validateAddress} only on
 * plausible candidates. False positives are expected; false negatives are bugs.
 */
import { looksLikeCashaddr } from './cashaddr.js';
import { looksLikeEvm } from './evm.js';
import { looksLikeMonero } from './monero.js';
import { looksLikeRipple } from './ripple.js';
import { looksLikeSegwit } from './segwit.js';
import { looksLikeSolana } from './solana.js';
import { looksLikeTron } from './tron.js';
import type { Chain } from './types.js';

/**
 * A regular expression (global, sticky-free) matching every token that may be an address; run
 * it over text, then pass each match to `looksLikeAddress`/`validateAddress`.
 */
export const ADDRESS_CANDIDATE_PATTERN =
  /\b(?:0[xX][0-9a-fA-F]{40}|(?:bitcoincash|bchtest|bchreg):[qpzry9x8gf2tvdw0s3jn54khce6mua7lQPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{42,62}|(?:bc|tb|bcrt|ltc|tltc|rltc|BC|TB|BCRT|LTC|TLTC|RLTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}|[1-9A-HJ-NP-Za-km-z]{25,106})\b/g;

/** Chains whose address shape `token` has; empty when it cannot be an address. */
export function looksLikeAddress(token: string): Chain[] {
  const out: Chain[] = [];
  if (token.length < 25 || token.length > 128) return out;
  if (looksLikeEvm(token)) return ['eth'];
  if (looksLikeSegwit(token)) out.push(/^[rt]?ltc/i.test(token) ? 'ltc' : 'btc');
  if (looksLikeCashaddr(token)) out.push('bch');
  if (looksLikeMonero(token)) out.push('xmr');
  if (looksLikeTron(token)) out.push('trx');
  if (looksLikeRipple(token)) out.push('xrp');
  if (/^[13mn2][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(token)) out.push('btc', 'bch');
  if (/^[LMQ3][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(token)) out.push('ltc');
  if (/^[DA9n2][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(token)) out.push('doge');
  if (looksLikeSolana(token)) out.push('sol');
  return [...new Set(out)];
}
