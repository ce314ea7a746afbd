/**
 * @module analyse/triage/train/train
 * `npm run train:triage`: trains the triage model from the development data and writes
 * `models/triage/model.json` + `weights.bin`. Deterministic: fixed seed, fixed row order, grouped
 * folds by hash; running it twice produces the same bytes.
 *
 * Steps: featurise -> 5-fold grouped CV for out-of-fold raw scores -> Platt fit on them ->
 * final fit on all rows -> quantise and write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_COUNT, HASH_BITS } from '../features.js';
import { DEFAULT_MODEL_DIR, serialiseModel } from '../model.js';
import { SIGNAL_NAMES } from '../signals/signal-names.js';
import { fitPlatt } from './calibrate.js';
import { loadFeaturised } from './featurise.js';
import { fitLayers, teamSetTraining } from './fit.js';
import { featurisedSummary, outOfFoldScores } from './oof.js';
import { DEFAULT_TRAIN } from './sgd.js';

export const MODEL_VERSION = 'triage-2026.12-6';
const FOLDS = 5;

async function main(): Promise<void> {
  const log = (s: string): void => void process.stderr.write(`[train:triage] ${s}\n`);
  const data = await loadFeaturised(log);
  const t0 = performance.now();
  const oof = outOfFoldScores(data, FOLDS);
  const platt = fitPlatt(
    oof.map((o) => o.z),
    data.map((d) => (d.row.label === 'ham' ? 0 : 1)),
  );
  log(
    `out-of-fold scores (${FOLDS} folds) in ${Math.round(performance.now() - t0)} ms; Platt a=${platt.a.toFixed(4)} b=${platt.b.toFixed(4)}`,
  );
  const t1 = performance.now();
  const layers = fitLayers(data);
  log(`final fit in ${Math.round(performance.now() - t1)} ms`);
  const { manifest, weights } = serialiseModel(
    {
      version: MODEL_VERSION,
      hashBits: HASH_BITS,
      featureCount: FEATURE_COUNT,
      signals: SIGNAL_NAMES,
      unwanted: {
        weights: layers.unwanted.weights[0] as Float64Array,
        bias: layers.unwanted.bias[0] as number,
      },
      head: { weights: layers.head.weights, bias: Array.from(layers.head.bias) },
      platt,
    },
    { ...DEFAULT_TRAIN, folds: FOLDS, rows: featurisedSummary(data), ...teamSetTraining() },
  );
  // `--out DIR` writes elsewhere (used to check that two runs give the same bytes).
  const outArg = process.argv.indexOf('--out');
  const dir =
    outArg >= 0 ? `${path.resolve(process.argv[outArg + 1] ?? '.')}/` : fileURLToPath(DEFAULT_MODEL_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}model.json`, manifest);
  writeFileSync(`${dir}weights.bin`, weights);
  log(`wrote ${dir}model.json and weights.bin (${weights.length} bytes)`);
}

await main();
