/**
 * @module analyse/triage/train/calibrate
 * Platt scaling: fits p = sigmoid(a·z + b) to out-of-fold scores by Newton's method on the log
 * loss, with Platt's smoothed targets so that a perfectly separated fold cannot blow `a` up.
 */

export interface Platt {
  a: number;
  b: number;
}

/** Fits Platt scaling to raw scores `z` and 0/1 labels `y`. Deterministic. */
export function fitPlatt(z: ReadonlyArray<number>, y: ReadonlyArray<number>): Platt {
  const nPos = y.filter((v) => v === 1).length;
  const nNeg = y.length - nPos;
  const tPos = (nPos + 1) / (nPos + 2);
  const tNeg = 1 / (nNeg + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let gA = 0;
    let gB = 0;
    let hAA = 1e-9;
    let hAB = 0;
    let hBB = 1e-9;
    for (let i = 0; i < z.length; i++) {
      const zi = z[i] as number;
      const t = y[i] === 1 ? tPos : tNeg;
      const p = 1 / (1 + Math.exp(-(a * zi + b)));
      const d = p - t;
      const w = p * (1 - p);
      gA += d * zi;
      gB += d;
      hAA += w * zi * zi;
      hAB += w * zi;
      hBB += w;
    }
    const det = hAA * hBB - hAB * hAB;
    if (Math.abs(det) < 1e-12) break;
    const dA = (hBB * gA - hAB * gB) / det;
    const dB = (hAA * gB - hAB * gA) / det;
    a -= dA;
    b -= dB;
    if (Math.abs(dA) < 1e-9 && Math.abs(dB) < 1e-9) break;
  }
  return { a, b };
}

export const applyPlatt = (p: Platt, z: number): number => 1 / (1 + Math.exp(-(p.a * z + p.b)));
