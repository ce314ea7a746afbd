/**
 * @module analyse/crypto/simulate/fake-address
 * Checksum-valid Bitcoin mainnet addresses over random hashes (no keys behind them: nobody can
 * spend to or from them on the real chain by accident of the simulation... they are simply
 * unowned hashes).
 */
import { bech32, bech32m } from '@scure/base';
import { encodeBase58Check } from '../address/base58check.js';
import type { Prng } from './prng.js';

export type SimScriptType = 'p2wpkh' | 'p2pkh' | 'p2sh' | 'p2tr';

/** Bitcoin Core's `scriptPubKey.type` names. */
export const CORE_TYPE: Readonly<Record<SimScriptType, string>> = {
  p2wpkh: 'witness_v0_keyhash',
  p2pkh: 'pubkeyhash',
  p2sh: 'scripthash',
  p2tr: 'witness_v1_taproot',
};

export function fakeAddress(rng: Prng, type: SimScriptType): string {
  switch (type) {
    case 'p2wpkh':
      return bech32.encode('bc', [0, ...bech32.toWords(rng.bytes(20))]);
    case 'p2tr':
      return bech32m.encode('bc', [1, ...bech32m.toWords(rng.bytes(32))]);
    case 'p2pkh':
      return encodeBase58Check(Uint8Array.from([0x00, ...rng.bytes(20)]));
    case 'p2sh':
      return encodeBase58Check(Uint8Array.from([0x05, ...rng.bytes(20)]));
  }
}

/** The script type of an address the simulator is given (scam wallets of the samples). */
export function scriptTypeOf(address: string): SimScriptType {
  if (address.startsWith('bc1q')) return 'p2wpkh';
  if (address.startsWith('bc1p')) return 'p2tr';
  if (address.startsWith('3')) return 'p2sh';
  return 'p2pkh';
}
