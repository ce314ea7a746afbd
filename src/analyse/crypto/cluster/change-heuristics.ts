/**
 * @module analyse/crypto/cluster/change-heuristics
 * Guessing which output of a payment is the payer's change, so that the change address joins the
 * payer's cluster. Each heuristic votes for one output or abstains; the caller decides how many
 * agreeing votes it wants and refuses the guess when enabled heuristics disagree.
 * - address-reuse: an output paying back to one of the inputs' own addresses is the change; the
 *   transaction is then decided (the other outputs are payments), so no other guess is made.
 * - fresh-address: the only output whose address appears here for the first time, while every
 *   other output pays an address seen before (wallets make a new change address each time).
 * - script-type: the only output whose script type matches the inputs' (a P2WPKH wallet's
 *   change is P2WPKH; the payee's address type is the payee's choice).
 * - round-payment: in a two-output payment, when exactly one amount is round (a multiple of
 *   100,000 sat), that one is the payment and the other the change.
 */

export type ChangeHeuristic = 'address-reuse' | 'fresh-address' | 'script-type' | 'round-payment';

export const CHANGE_HEURISTICS: ReadonlyArray<ChangeHeuristic> = [
  'address-reuse',
  'fresh-address',
  'script-type',
  'round-payment',
];

export interface ChangeInput {
  inputAddresses: ArrayLike<number>;
  /** Script type code of each input (0 = unknown). */
  inputTypes: ArrayLike<number>;
  outputAddresses: ArrayLike<number>;
  outputValues: ArrayLike<number>;
  outputTypes: ArrayLike<number>;
  /** True when the output's address appeared in any earlier transaction. */
  seenBefore: (address: number) => boolean;
}

export interface ChangeGuess {
  /** Output index judged to be change. */
  output: number;
  /** The heuristics that voted for it. */
  by: ChangeHeuristic[];
  /** True when the change pays an input address (nothing new to join). */
  selfChange: boolean;
}

const ROUND = 100_000;

function only(n: number, pred: (i: number) => boolean): number {
  let found = -1;
  for (let i = 0; i < n; i++) {
    if (!pred(i)) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/**
 * @param enabled heuristics to use
 * @param minVotes how many must agree (1 = any single heuristic suffices)
 */
export function guessChange(
  tx: ChangeInput,
  enabled: ReadonlySet<ChangeHeuristic>,
  minVotes: number,
): ChangeGuess | undefined {
  const nOut = tx.outputAddresses.length;
  if (nOut < 2) return undefined;
  const inputs = new Set<number>();
  for (let i = 0; i < tx.inputAddresses.length; i++) inputs.add(tx.inputAddresses[i] as number);
  if (enabled.has('address-reuse')) {
    const self = only(
      nOut,
      (i) => inputs.has(tx.outputAddresses[i] as number) && (tx.outputAddresses[i] as number) >= 0,
    );
    if (self >= 0) return { output: self, by: ['address-reuse'], selfChange: true };
    for (let i = 0; i < nOut; i++) if (inputs.has(tx.outputAddresses[i] as number)) return undefined;
  }
  const votes: Array<[ChangeHeuristic, number]> = [];
  const candidate = (i: number): boolean => (tx.outputAddresses[i] as number) >= 0;
  if (enabled.has('fresh-address')) {
    const fresh = only(nOut, (i) => candidate(i) && !tx.seenBefore(tx.outputAddresses[i] as number));
    // `only` found exactly one fresh candidate, so every other output pays a seen address.
    if (fresh >= 0) votes.push(['fresh-address', fresh]);
  }
  if (enabled.has('script-type')) {
    const t0 = tx.inputTypes[0] as number;
    let uniform = t0 !== 0;
    for (let i = 1; i < tx.inputTypes.length && uniform; i++) uniform = tx.inputTypes[i] === t0;
    if (uniform) {
      const match = only(nOut, (i) => candidate(i) && tx.outputTypes[i] === t0);
      if (match >= 0) votes.push(['script-type', match]);
    }
  }
  if (enabled.has('round-payment') && nOut === 2) {
    const round = only(2, (i) => (tx.outputValues[i] as number) % ROUND === 0);
    if (round >= 0 && candidate(1 - round)) votes.push(['round-payment', 1 - round]);
  }
  if (votes.length === 0) return undefined;
  const output = votes[0]?.[1] as number;
  if (votes.some(([, o]) => o !== output)) return undefined;
  if (votes.length < minVotes) return undefined;
  return { output, by: votes.map(([h]) => h), selfChange: false };
}
