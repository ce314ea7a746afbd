/**
 * @module analyse/triage/train/featurise
 * Loads the development rows and computes their feature vectors once (training and evaluation
 * both start here).
 */
import { buildCueIndex } from '../cue-matcher.js';
import { extractFeatures } from '../features.js';
import type { Featurised } from './fit.js';
import { loadDevData } from './load-data.js';

export async function loadFeaturised(log: (s: string) => void = () => {}): Promise<Featurised[]> {
  const t0 = performance.now();
  const rows = await loadDevData();
  log(`loaded ${rows.length} rows in ${Math.round(performance.now() - t0)} ms`);
  const cues = buildCueIndex();
  const t1 = performance.now();
  const out = rows.map((row) => {
    const fv = extractFeatures(row.msg, cues);
    return { row, indices: fv.indices, values: fv.values };
  });
  log(`features in ${Math.round(performance.now() - t1)} ms`);
  return out;
}
