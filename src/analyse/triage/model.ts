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
  /** e.g. `triage-2026.12-1`; recorded with each verdict. */
  version: string;
  hashBits: number;
  featureCount: number;
  signals: ReadonlyArray<string>;
  unwanted: { weights: Float32Array; bias: number };
  head: { weights: Float32Array[]; bias: number[] };
  platt: Platt;
  /**
   * The stored int16 weights, vector after vector (unwanted, then the head classes), and each
   * vector's scale: weight `j` of vector `v` is `Math.fround(quantised[v·featureCount + j] · scales[v])`,
   * exactly the float32 value of the dequantised vectors. Scoring reads these directly, so loading
   * a model does not dequantise 1M weights (~40 ms a thread, and every worker loads one).
   */
  quantised: Int16Array;
  scales: ReadonlyArray<number>;
}

/** One vector of a quantised model, as float32 (what `weights` hold, computed on first use). */
function dequantise(q: Int16Array, scale: number, from: number, n: number): Float32Array {
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) v[i] = (q[from + i] as number) * scale;
  return v;
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

/**
 * The stored little-endian int16 values. A typed-array view (copied only when misaligned) is read
 * ~10x faster than DataView.getInt16 per element, which made loading a model cost ~30 ms a thread.
 */
function int16View(bytes: Uint8Array): Int16Array {
  const n = bytes.byteLength >> 1;
  if (!LITTLE_ENDIAN) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return Int16Array.from({ length: n }, (_, i) => view.getInt16(i * 2, true));
  }
  if (bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, n);
  return new Int16Array(bytes.slice(0, n * 2).buffer);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

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
  const q = int16View(weights);
  const n = man.featureCount;
  const scales = man.scales;
  // The float32 vectors are for training tools and tests; scoring never asks for them.
  let unwanted: Float32Array | undefined;
  let head: Float32Array[] | undefined;
  return {
    version: man.version,
    hashBits: man.hashBits,
    featureCount: n,
    signals: man.signals,
    unwanted: {
      get weights(): Float32Array {
        unwanted ??= dequantise(q, scales[0] as number, 0, n);
        return unwanted;
      },
      bias: man.unwantedBias,
    },
    head: {
      get weights(): Float32Array[] {
        head ??= scales.slice(1).map((scale, c) => dequantise(q, scale, (c + 1) * n, n));
        return head;
      },
      bias: man.headBias,
    },
    platt: man.platt,
    quantised: q,
    scales,
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
