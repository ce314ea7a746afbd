/**
 * @module analyse/crypto/trace/taint
 * How tainted value moves through one transaction, exactly, in base units (bigint):
 * - haircut: each output (and the fee) receives the tainted share of the inputs in proportion to
 *   its value; the indivisible remainder units go to the largest fractional shares (ties to the
 *   lowest index), so the tainted amount is conserved to the unit.
 * - poison: any tainted input taints every output in full.
 * - fifo: inputs and outputs are laid end to end in order; value leaves in the order it came
 *   in, so taint keeps its position (intervals) and the fee is the tail of the input stream.
 */

export type TraceModel = 'fifo' | 'haircut' | 'poison';

/** Taint on one coin: an amount, and for FIFO the tainted [start, end) intervals inside it. */
export interface Taint {
  amount: bigint;
  intervals?: Array<[bigint, bigint]>;
}

export const fullTaint = (value: bigint): Taint => ({
  amount: value,
  intervals: value > 0n ? [[0n, value]] : [],
});

/** Splits `amount` over `weights` in proportion, exactly (largest remainder). */
export function allocate(amount: bigint, weights: ReadonlyArray<bigint>): bigint[] {
  const total = weights.reduce((s, w) => s + w, 0n);
  if (total === 0n || amount === 0n) return weights.map(() => 0n);
  const shares = weights.map((w) => (amount * w) / total);
  const rems = weights.map((w, i) => ({ i, r: (amount * w) % total }));
  let left = amount - shares.reduce((s, x) => s + x, 0n);
  rems.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of rems) {
    if (left === 0n) break;
    shares[i] = (shares[i] as bigint) + 1n;
    left--;
  }
  return shares;
}

function intersect(
  intervals: ReadonlyArray<[bigint, bigint]>,
  lo: bigint,
  hi: bigint,
): Array<[bigint, bigint]> {
  const out: Array<[bigint, bigint]> = [];
  for (const [s, e] of intervals) {
    const a = s > lo ? s : lo;
    const b = e < hi ? e : hi;
    if (a < b) out.push([a - lo, b - lo]);
  }
  return out;
}

const sum = (iv: ReadonlyArray<[bigint, bigint]>): bigint => iv.reduce((s, [a, b]) => s + (b - a), 0n);

/**
 * Moves taint across a transaction in the direction of the money (inputs → outputs and fee).
 * @returns taint per output, then the fee's taint as the last element
 */
export function propagateForward(
  model: TraceModel,
  inputValues: bigint[],
  inputTaint: Array<Taint | undefined>,
  outputValues: bigint[],
): Taint[] {
  const totalIn = inputValues.reduce((s, v) => s + v, 0n);
  const totalOut = outputValues.reduce((s, v) => s + v, 0n);
  const fee = totalIn > totalOut ? totalIn - totalOut : 0n;
  const tainted = inputTaint.reduce((s, t) => s + (t?.amount ?? 0n), 0n);
  if (model === 'poison') {
    const any = tainted > 0n;
    return [...outputValues, fee].map((v) => (any ? fullTaint(v) : { amount: 0n }));
  }
  if (model === 'haircut') {
    return allocate(tainted, [...outputValues, fee]).map((amount) => ({ amount }));
  }
  const stream: Array<[bigint, bigint]> = [];
  let off = 0n;
  inputValues.forEach((v, i) => {
    for (const [s, e] of inputTaint[i]?.intervals ?? []) stream.push([off + s, off + e]);
    off += v;
  });
  const out: Taint[] = [];
  let at = 0n;
  for (const v of [...outputValues, fee]) {
    const iv = intersect(stream, at, at + v);
    out.push({ amount: sum(iv), intervals: iv });
    at += v;
  }
  return out;
}

/**
 * Moves taint against the money (outputs → inputs): where did the tainted outputs' value come from.
 * @returns taint per input
 */
export function propagateBackward(
  model: TraceModel,
  inputValues: bigint[],
  outputValues: bigint[],
  outputTaint: Array<Taint | undefined>,
): Taint[] {
  const tainted = outputTaint.reduce((s, t) => s + (t?.amount ?? 0n), 0n);
  if (model === 'poison') return inputValues.map((v) => (tainted > 0n ? fullTaint(v) : { amount: 0n }));
  if (model === 'haircut') return allocate(tainted, inputValues).map((amount) => ({ amount }));
  const stream: Array<[bigint, bigint]> = [];
  let off = 0n;
  outputValues.forEach((v, i) => {
    for (const [s, e] of outputTaint[i]?.intervals ?? []) stream.push([off + s, off + e]);
    off += v;
  });
  const out: Taint[] = [];
  let at = 0n;
  for (const v of inputValues) {
    const iv = intersect(stream, at, at + v);
    out.push({ amount: sum(iv), intervals: iv });
    at += v;
  }
  return out;
}
