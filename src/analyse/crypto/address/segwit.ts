/**
 * @module analyse/crypto/address/segwit
 * Segwit addresses per BIP 173 and BIP 350: version 0 must use the bech32 checksum and carry a
 * 20- or 32-byte program; versions 1-16 must use bech32m and carry 2-40 bytes. An address written
 * with the other checksum is invalid, whatever else is right about it (that rule is what stops a
 * mistyped Taproot address from being sent to as if it were v0).
 */
import { bech32, bech32m } from '@scure/base';
import { type AddressType, type FamilyResult, familyFail } from './types.js';
import { SEGWIT_HRPS } from './utxo-params.js';

const MAX_LENGTH = 90;

/** True when `input` has the shape of a segwit address of a known prefix (cheap, no checksum). */
export function looksLikeSegwit(input: string): boolean {
  const sep = input.lastIndexOf('1');
  if (sep < 1) return false;
  return SEGWIT_HRPS.has(input.slice(0, sep).toLowerCase());
}

export function validateSegwit(input: string): FamilyResult {
  if (input.length > MAX_LENGTH) return familyFail(`too long for a segwit address (${input.length} > 90)`);
  if (input !== input.toLowerCase() && input !== input.toUpperCase())
    return familyFail('mixed case in bech32');
  const lower = input.toLowerCase();
  const sep = lower.lastIndexOf('1');
  const known = SEGWIT_HRPS.get(lower.slice(0, sep));
  if (sep < 1 || !known) return familyFail('unknown segwit prefix');
  const plain = bech32.decodeUnsafe(lower, MAX_LENGTH);
  const modern = plain ? undefined : bech32m.decodeUnsafe(lower, MAX_LENGTH);
  const decoded = plain ?? modern;
  if (!decoded) return familyFail('bad checksum', known.chain);
  const [version, ...rest] = decoded.words;
  if (version === undefined || version > 16) return familyFail('bad witness version', known.chain);
  if (version === 0 && !plain)
    return familyFail('witness v0 must use bech32, not bech32m (BIP 350)', known.chain);
  if (version !== 0 && !modern)
    return familyFail(`witness v${version} must use bech32m (BIP 350)`, known.chain);
  const program = bech32.fromWordsUnsafe(rest);
  if (!program) return familyFail('bad padding in witness program', known.chain);
  if (program.length < 2 || program.length > 40)
    return familyFail('witness program length out of range', known.chain);
  let type: AddressType;
  if (version === 0) {
    if (program.length === 20) type = 'p2wpkh';
    else if (program.length === 32) type = 'p2wsh';
    else return familyFail('witness v0 program must be 20 or 32 bytes', known.chain);
  } else type = version === 1 && program.length === 32 ? 'p2tr' : 'witness-unknown';
  return { ok: true, match: { chain: known.chain, type, normalized: lower, network: known.network } };
}

/** The scriptPubKey a segwit address pays to (`OP_n <program>`), for tests and tracing. */
export function segwitScriptPubKey(address: string): Uint8Array | undefined {
  const lower = address.toLowerCase();
  const decoded = bech32.decodeUnsafe(lower, MAX_LENGTH) ?? bech32m.decodeUnsafe(lower, MAX_LENGTH);
  if (!decoded) return undefined;
  const [version, ...rest] = decoded.words;
  const program = bech32.fromWordsUnsafe(rest);
  if (version === undefined || !program) return undefined;
  const out = new Uint8Array(program.length + 2);
  out[0] = version === 0 ? 0 : 0x50 + version;
  out[1] = program.length;
  out.set(program, 2);
  return out;
}
