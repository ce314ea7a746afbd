/**
 * @module analyse/crypto/address/validate-address
 * One entry point for every supported chain. Without `chain`, the input's shape picks the
 * candidate families (a cheap test each) and the first whose checksum verifies wins; with
 * `chain`, only that chain is accepted and an address valid elsewhere is reported as such
 * ("a valid TRX address, not BTC"), which is what a tag importer needs to flag wrong-chain rows.
 *
 * Pure and deterministic; never throws on any string.
 */
import { validateBase58Utxo } from './base58-utxo.js';
import { looksLikeCashaddr, validateCashaddr } from './cashaddr.js';
import { validateEvm } from './evm.js';
import { looksLikeMonero, validateMonero } from './monero.js';
import { looksLikeRipple, validateRipple } from './ripple.js';
import { looksLikeSegwit, validateSegwit } from './segwit.js';
import { looksLikeSolana, validateSolana } from './solana.js';
import { looksLikeTron, validateTron } from './tron.js';
import type { AddressValidation, Chain, FamilyResult } from './types.js';

export interface ValidateAddressOptions {
  /** Accept only this chain. */
  chain?: Chain;
}

type Validator = (s: string) => FamilyResult;

const BY_CHAIN: Readonly<Record<Chain, ReadonlyArray<Validator>>> = {
  btc: [(s) => (looksLikeSegwit(s) ? validateSegwit(s) : validateBase58Utxo(s, 'btc'))],
  ltc: [(s) => (looksLikeSegwit(s) ? validateSegwit(s) : validateBase58Utxo(s, 'ltc'))],
  doge: [(s) => validateBase58Utxo(s, 'doge')],
  bch: [
    (s) => (s.includes(':') || looksLikeCashaddr(s) ? validateCashaddr(s) : validateBase58Utxo(s, 'bch')),
  ],
  eth: [validateEvm],
  trx: [validateTron],
  xmr: [validateMonero],
  xrp: [validateRipple],
  sol: [validateSolana],
};

/** Candidate families for an input of unknown chain, most specific shape first. */
function candidates(s: string): Validator[] {
  if (/^0x/i.test(s)) return [validateEvm];
  if (s.includes(':')) return [validateCashaddr];
  const out: Validator[] = [];
  if (looksLikeSegwit(s)) out.push(validateSegwit);
  if (looksLikeCashaddr(s)) out.push(validateCashaddr);
  if (looksLikeMonero(s)) out.push(validateMonero);
  if (looksLikeTron(s)) out.push(validateTron);
  if (looksLikeRipple(s)) out.push(validateRipple);
  if (/^[1-9A-HJ-NP-Za-km-z]{25,36}$/.test(s)) out.push((x) => validateBase58Utxo(x));
  if (looksLikeSolana(s)) out.push(validateSolana);
  return out;
}

function run(input: string, validators: ReadonlyArray<Validator>): FamilyResult | undefined {
  let firstFailure: FamilyResult | undefined;
  for (const v of validators) {
    const r = v(input);
    if (r.ok) return r;
    firstFailure ??= r;
  }
  return firstFailure;
}

function toValidation(input: string, r: FamilyResult | undefined): AddressValidation {
  if (!r)
    return {
      input,
      valid: false,
      chain: null,
      type: null,
      normalized: null,
      error: 'not a recognised address format',
    };
  if (!r.ok)
    return { input, valid: false, chain: r.chain ?? null, type: null, normalized: null, error: r.error };
  const { chain, type, normalized, network, confidence } = r.match;
  return { input, valid: true, chain, type, normalized, network, confidence: confidence ?? 'high' };
}

/**
 * Validates a cryptocurrency address.
 * @param input the address as written (surrounding whitespace is ignored)
 * @param options `chain` to accept only that chain
 */
export function validateAddress(input: string, options: ValidateAddressOptions = {}): AddressValidation {
  const s = input.trim();
  if (s.length === 0 || s.length > 128) {
    return toValidation(input, { ok: false, error: s.length === 0 ? 'empty' : 'too long for an address' });
  }
  const { chain } = options;
  if (!chain) return toValidation(input, run(s, candidates(s)));
  const own = run(s, BY_CHAIN[chain]);
  if (own?.ok && own.match.chain === chain) return toValidation(input, own);
  const elsewhere = run(s, candidates(s));
  if (elsewhere?.ok && elsewhere.match.confidence !== 'low' && elsewhere.match.chain !== chain) {
    return toValidation(input, {
      ok: false,
      chain,
      error: `a valid ${elsewhere.match.chain.toUpperCase()} address, not ${chain.toUpperCase()}`,
    });
  }
  if (own?.ok)
    return toValidation(input, {
      ok: false,
      chain,
      error: `a ${own.match.chain.toUpperCase()} address, not ${chain.toUpperCase()}`,
    });
  return toValidation(input, own ? { ...own, chain } : undefined);
}
