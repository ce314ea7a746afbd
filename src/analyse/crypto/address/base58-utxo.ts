/**
 * @module analyse/crypto/address/base58-utxo
 * Legacy (base58check, 21-byte payload) addresses of BTC, LTC, DOGE and BCH. The version byte
 * says chain, network and script type; Bitcoin and BCH legacy share every byte, so a `1…` or `3…`
 * address is attributed to BTC unless the caller names the chain.
 */

import { decodeBase58Check } from './base58check.js';
import { encodeCashaddr } from './cashaddr.js';
import { type FamilyResult, familyFail } from './types.js';
import { BASE58_DETECT_ORDER, BASE58_VERSIONS, type UtxoChain } from './utxo-params.js';

const CASHADDR_PREFIX_FOR = {
  mainnet: 'bitcoincash',
  testnet: 'bchtest',
  regtest: 'bchreg',
  stagenet: 'bchtest',
} as const;

/**
 * Validates a legacy address. With `chain` only that chain's bytes are accepted; BCH legacy
 * addresses are normalised to cashaddr, the form BCH tools and tag lists use today.
 */
export function validateBase58Utxo(input: string, chain?: UtxoChain): FamilyResult {
  const decoded = decodeBase58Check(input);
  if (!decoded.ok) return familyFail(decoded.error, chain);
  const { payload } = decoded;
  if (payload.length !== 21) return familyFail(`payload is ${payload.length} bytes, not 21`, chain);
  const version = payload[0] ?? -1;
  const order: ReadonlyArray<UtxoChain> = chain ? [chain] : BASE58_DETECT_ORDER;
  for (const c of order) {
    const meaning = BASE58_VERSIONS[c].get(version);
    if (!meaning) continue;
    const normalized =
      c === 'bch'
        ? encodeCashaddr(
            CASHADDR_PREFIX_FOR[meaning.network],
            meaning.type === 'p2pkh' ? 0 : 1,
            payload.subarray(1),
          )
        : input;
    return { ok: true, match: { chain: c, type: meaning.type, network: meaning.network, normalized } };
  }
  if (chain) {
    const other = BASE58_DETECT_ORDER.find((c) => BASE58_VERSIONS[c].has(version));
    return familyFail(
      other
        ? `a ${other.toUpperCase()} address, not ${chain.toUpperCase()}`
        : `unknown version byte 0x${version.toString(16)}`,
      chain,
    );
  }
  return familyFail(`unknown version byte 0x${version.toString(16).padStart(2, '0')}`);
}
