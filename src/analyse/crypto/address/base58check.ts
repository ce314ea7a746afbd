/**
 * @module analyse/crypto/address/base58check
 * Base58Check over any alphabet: payload + first 4 bytes of SHA-256(SHA-256(payload)).
 * Bitcoin, Litecoin, Dogecoin, BCH legacy and TRON use the Bitcoin alphabet; XRP its own.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { type BytesCoder, base58 } from '@scure/base';

export type Base58CheckResult = { ok: true; payload: Uint8Array } | { ok: false; error: string };

/** Decodes and verifies; never throws. `error` says whether the alphabet or the checksum failed. */
export function decodeBase58Check(input: string, coder: BytesCoder = base58): Base58CheckResult {
  let raw: Uint8Array;
  try {
    raw = coder.decode(input);
  } catch {
    return { ok: false, error: 'not base58 (character outside the alphabet)' };
  }
  if (raw.length < 5) return { ok: false, error: 'too short for base58check' };
  const payload = raw.subarray(0, raw.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) {
    if (raw[raw.length - 4 + i] !== check[i]) return { ok: false, error: 'bad checksum' };
  }
  return { ok: true, payload };
}

/** Encodes `payload` (version byte included) with its checksum. */
export function encodeBase58Check(payload: Uint8Array, coder: BytesCoder = base58): string {
  const check = sha256(sha256(payload));
  const out = new Uint8Array(payload.length + 4);
  out.set(payload);
  out.set(check.subarray(0, 4), payload.length);
  return coder.encode(out);
}
