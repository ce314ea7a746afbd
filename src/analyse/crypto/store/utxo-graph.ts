/**
 * @module analyse/crypto/store/utxo-graph
 * A UTXO chain's transactions as flat typed arrays (compressed sparse rows), in chain order:
 * what clustering reads. 1,000,000 transactions take a few hundred MB instead of gigabytes of
 * objects. Values are Numbers: exact for satoshi amounts (< 2^53).
 */

export interface UtxoGraph {
  chain: string;
  txCount: number;
  /** Database id of each transaction, in chain order (block height, position). */
  txDbIds: Int32Array;
  coinbase: Uint8Array;
  /** Inputs of tx i are [inStart[i], inStart[i+1]). Address -1 = unknown. */
  inStart: Int32Array;
  inAddr: Int32Array;
  inValue: Float64Array;
  outStart: Int32Array;
  outAddr: Int32Array;
  outValue: Float64Array;
  /** Script type code per output (see `scriptTypes`). */
  outType: Uint8Array;
  /** Size of address id space (max address id + 1). */
  addressSpace: number;
  /** Script type code of each address id (from its first appearance). */
  addrType: Uint8Array;
  /** Code → script type name; code 0 = unknown. */
  scriptTypes: string[];
}
