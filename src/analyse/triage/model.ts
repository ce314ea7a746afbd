/**
 * @module analyse/triage/model
 * The triage model and its on-disk artifact (`models/triage/model.json` + `weights.bin`).
 *
 * The model is two linear layers over the same features:
 * - `unwanted`: logistic regression for P(unwanted); its raw score goes through Platt scaling
 *   (fitted on out-of-fold scores) to give the calibrated `score`;
 * - `head`: softmax over phishing / scam / spam, used only when the message is unwanted.
 * Weights are stored as little-endian int16 with one scale per vector (2 bytes a weight keeps the
 * file near 2 MB; the rounding error is far below the model's own noise).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DragnetError } from '../../core/errors.js';
import type { Platt } from './train/calibrate.js';

export const UNWANTED_CLASSES = ['phishing', 'scam', 'spam'] as const;
export type UnwantedClass = (typeof UNWANTED_CLASSES)[number];

export interface TriageModel {
  /** e.g. `triage-2026.11-1`; recorded with each verdict. */
  version: string;
  hashBits: number;
  featureCount: number;
  signals: ReadonlyArray<string>;
  unwanted: { weights: Float32Array; bias: number };
  head: { weights: Float32Array[]; bias: number[] };
  platt: Platt;
  /**
   * The same weights interleaved per feature (`[unwanted, phishing, scam, spam]` × features), so
   * scoring reads one cache line per feature instead of four.
   */
  interleaved: Float32Array;
}

/** Builds the interleaved copy of a model's weights. */
export function interleave(unwanted: Float32Array, head: ReadonlyArray<Float32Array>): Float32Array {
  const stride = 1 + head.length;
  const out = new Float32Array(unwanted.length * stride);
  for (let i = 0; i < unwanted.length; i++) {
    out[i * stride] = unwanted[i] as number;
    for (let c = 0; c < head.length; c++) out[i * stride + 1 + c] = (head[c] as Float32Array)[i] as number;
  }
  return out;
}

/** What model.json holds (weights live in weights.bin). */
export interface ModelManifest {
  format: 'dragnet-triage-linear/1';
  version: string;
  hashBits: number;
  featureCount: number;
  signals: ReadonlyArray<string>;
  classes: ReadonlyArray<string>;
  unwantedBias: number;
  headBias: number[];
  platt: Platt;
  /** Dequantisation scale of each stored vector: unwanted, then the head classes. */
  scales: number[];
  weightsSha256: string;
  training: Record<string, unknown>;
}

/** Default artifact location, relative to this module (src/… and dist/… are both 3 levels deep). */
export const DEFAULT_MODEL_DIR = new URL('../../../models/triage/', import.meta.url);

function quantise(
  vectors: ReadonlyArray<ArrayLike<number>>,
  featureCount: number,
): { bytes: Buffer; scales: number[] } {
  const bytes = Buffer.alloc(vectors.length * featureCount * 2);
  const scales: number[] = [];
  vectors.forEach((v, vi) => {
    let max = 0;
    for (let i = 0; i < featureCount; i++) max = Math.max(max, Math.abs(v[i] as number));
    const scale = max > 0 ? max / 32767 : 1;
    // Rounded to float32 so that the stored scale and the one used here agree exactly.
    const s32 = Math.fround(scale);
    scales.push(s32);
    for (let i = 0; i < featureCount; i++) {
      bytes.writeInt16LE(
        Math.max(-32767, Math.min(32767, Math.round((v[i] as number) / s32))),
        (vi * featureCount + i) * 2,
      );
    }
  });
  return { bytes, scales };
}

/** Serialises a trained model: returns the manifest JSON text and the weights bytes. */
export function serialiseModel(
  m: {
    version: string;
    hashBits: number;
    featureCount: number;
    signals: ReadonlyArray<string>;
    unwanted: { weights: ArrayLike<number>; bias: number };
    head: { weights: ArrayLike<number>[]; bias: number[] };
    platt: Platt;
  },
  training: Record<string, unknown>,
): { manifest: string; weights: Buffer } {
  const { bytes, scales } = quantise([m.unwanted.weights, ...m.head.weights], m.featureCount);
  const manifest: ModelManifest = {
    format: 'dragnet-triage-linear/1',
    version: m.version,
    hashBits: m.hashBits,
    featureCount: m.featureCount,
    signals: m.signals,
    classes: [...UNWANTED_CLASSES],
    unwantedBias: m.unwanted.bias,
    headBias: m.head.bias,
    platt: m.platt,
    scales,
    weightsSha256: createHash('sha256').update(bytes).digest('hex'),
    training,
  };
  return { manifest: `${JSON.stringify(manifest, null, 2)}\n`, weights: bytes };
}

/** Rebuilds a model from its manifest and weights; checks the hash and the sizes. */
export function deserialiseModel(manifestText: string, weights: Uint8Array): TriageModel {
  const man = JSON.parse(manifestText) as ModelManifest;
  if (man.format !== 'dragnet-triage-linear/1') {
    throw new DragnetError('BAD_INPUT', `unknown triage model format ${String(man.format)}`, {
      subject: 'models/triage/model.json',
    });
  }
  const sha = createHash('sha256').update(weights).digest('hex');
  if (sha !== man.weightsSha256 || weights.length !== man.scales.length * man.featureCount * 2) {
    throw new DragnetError('INTEGRITY', 'triage weights do not match their manifest', {
      subject: 'models/triage/weights.bin',
      hint: 'run `npm run train:triage` or restore the committed artifact',
    });
  }
  const view = new DataView(weights.buffer, weights.byteOffset, weights.byteLength);
  const vectors = man.scales.map((scale, vi) => {
    const v = new Float32Array(man.featureCount);
    for (let i = 0; i < man.featureCount; i++)
      v[i] = view.getInt16((vi * man.featureCount + i) * 2, true) * scale;
    return v;
  });
  return {
    version: man.version,
    hashBits: man.hashBits,
    featureCount: man.featureCount,
    signals: man.signals,
    unwanted: { weights: vectors[0] as Float32Array, bias: man.unwantedBias },
    head: { weights: vectors.slice(1), bias: man.headBias },
    platt: man.platt,
    interleaved: interleave(vectors[0] as Float32Array, vectors.slice(1)),
  };
}

/** Reads the artifact from disk (synchronously: it is read once per process). */
export function loadTriageModel(dir: URL = DEFAULT_MODEL_DIR): TriageModel {
  try {
    return deserialiseModel(
      readFileSync(new URL('model.json', dir), 'utf8'),
      readFileSync(new URL('weights.bin', dir)),
    );
  } catch (err) {
    if (err instanceof DragnetError) throw err;
    throw new DragnetError('NOT_FOUND', 'cannot read the triage model', {
      subject: dir.pathname,
      hint: 'the artifact ships in models/triage/; run `npm run train:triage` to rebuild it',
      cause: err,
    });
  }
}
