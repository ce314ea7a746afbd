/**
 * @module analyse/crypto/address/types
 * The vocabulary of address validation. Field names of {@link AddressValidation} are the
 * `dragnet crypto validate --jsonl` contract: add fields, never rename or drop one.
 */

/** Chains Dragnet recognises; the lower-case ticker, the same word as the observable type. */
export type Chain = 'btc' | 'ltc' | 'doge' | 'bch' | 'eth' | 'trx' | 'xmr' | 'xrp' | 'sol';

export const CHAINS: ReadonlyArray<Chain> = ['btc', 'ltc', 'doge', 'bch', 'eth', 'trx', 'xmr', 'xrp', 'sol'];

/**
 * Script or account type. UTXO chains use their script template; account chains say `account`;
 * Monero says which of its three address kinds it is.
 */
export type AddressType =
  | 'p2pkh'
  | 'p2sh'
  | 'p2wpkh'
  | 'p2wsh'
  | 'p2tr'
  | 'witness-unknown'
  | 'account'
  | 'standard'
  | 'integrated'
  | 'subaddress';

export type Network = 'mainnet' | 'testnet' | 'regtest' | 'stagenet';

/** How sure a positive answer is: `low` where random strings often pass (Solana has no checksum). */
export type Confidence = 'high' | 'low';

export interface AddressValidation {
  /** The input exactly as given. */
  input: string;
  valid: boolean;
  /** The chain it is valid for, or (when invalid) the chain it appears meant for, else null. */
  chain: Chain | null;
  type: AddressType | null;
  /**
   * Canonical form for matching: lower-case bech32/cashaddr (with prefix), EIP-55 for EVM,
   * base58 as is. Null when invalid.
   */
  normalized: string | null;
  network?: Network;
  confidence?: Confidence;
  /** Why it is invalid, one line. */
  error?: string;
}

/** A positive result before the dispatcher adds `input`. */
export interface AddressMatch {
  chain: Chain;
  type: AddressType;
  normalized: string;
  network: Network;
  confidence?: Confidence;
}

/** What a family validator returns: a match, or a reason (and the chain it seemed meant for). */
export type FamilyResult = { ok: true; match: AddressMatch } | { ok: false; error: string; chain?: Chain };

export const familyFail = (error: string, chain?: Chain): FamilyResult =>
  chain === undefined ? { ok: false, error } : { ok: false, error, chain };
