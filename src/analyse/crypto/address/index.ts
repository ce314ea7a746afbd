/**
 * @module analyse/crypto/address
 * Address validation for every supported chain, and a cheap candidate test for extractors.
 */

export { encodeCashaddr } from './cashaddr.js';
export { toChecksumAddress } from './evm.js';
export { ADDRESS_CANDIDATE_PATTERN, looksLikeAddress } from './looks-like-address.js';
export { segwitScriptPubKey } from './segwit.js';
export type { AddressType, AddressValidation, Chain, Confidence, Network } from './types.js';
export { CHAINS } from './types.js';
export { type ValidateAddressOptions, validateAddress } from './validate-address.js';
