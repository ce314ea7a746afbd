/**
 * @module analyse/triage/score-message
 * One message in, one verdict out: features, calibrated P(unwanted), class, language, reasons.
 * Pure given its engine (model, cue index, language identifier): no I/O, no clock.
 */
import type { Verdict } from '../../core/finding.js';
import type { CueIndex } from './cue-matcher.js';
import { explain } from './explain.js';
import { extractFeatures, type FeatureVector } from './features.js';
import type { LanguageIdentifier } from './lang-id.js';
import type { TriageMessage } from './message.js';
import { type TriageModel, UNWANTED_CLASSES } from './model.js';

export interface TriageEngine {
  model: TriageModel;
  cues: CueIndex;
  lang: LanguageIdentifier;
}

/** Raw (uncalibrated) unwanted score of a feature vector; fills `contributions` (w·x per entry). */
export function unwantedLogit(model: TriageModel, fv: FeatureVector, contributions?: Float64Array): number {
  // The unwanted weights alone (the first vector, contiguous): most messages are ham and never
  // need the head. `Math.fround` gives exactly the float32 weight the dequantised vector holds.
  const q = model.quantised;
  const scale = model.scales[0] as number;
  let z = model.unwanted.bias;
  for (let k = 0; k < fv.indices.length; k++) {
    const c = Math.fround((q[fv.indices[k] as number] as number) * scale) * (fv.values[k] as number);
    z += c;
    if (contributions) contributions[k] = c;
  }
  return z;
}

/**
 * Head probabilities (phishing / scam / spam) of a feature vector. One pass over the features for
 * all classes (each class still sums in feature order, so the result is the same as one pass per
 * class), and plain loops for the softmax: the array built-ins it used (`Array.from`, spread into
 * `Math.max`, `map`, `reduce`) deoptimised ~45 times in a 500-mail run ("wrong map").
 */
export function headProbabilities(model: TriageModel, fv: FeatureVector): number[] {
  const heads = model.head.bias.length;
  const logits = new Float64Array(heads);
  const scales = new Float64Array(heads);
  for (let c = 0; c < heads; c++) {
    logits[c] = model.head.bias[c] as number;
    scales[c] = model.scales[c + 1] as number;
  }
  const q = model.quantised;
  const n = model.featureCount;
  const { indices, values } = fv;
  for (let k = 0; k < indices.length; k++) {
    const j = indices[k] as number;
    const x = values[k] as number;
    for (let c = 0, at = n + j; c < heads; c++, at += n)
      logits[c] = (logits[c] as number) + Math.fround((q[at] as number) * (scales[c] as number)) * x;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < heads; c++) max = Math.max(max, logits[c] as number);
  let sum = 0;
  for (let c = 0; c < heads; c++) {
    logits[c] = Math.exp((logits[c] as number) - max);
    sum += logits[c] as number;
  }
  const probs: number[] = [];
  for (let c = 0; c < heads; c++) probs.push((logits[c] as number) / sum);
  return probs;
}

/** Raw (uncalibrated) unwanted score and head probabilities of a feature vector. */
export function rawScores(
  model: TriageModel,
  fv: FeatureVector,
  contributions?: Float64Array,
): { z: number; head: number[] } {
  return { z: unwantedLogit(model, fv, contributions), head: headProbabilities(model, fv) };
}

/** Scores one message. `score` is rounded to 4 decimals so outputs are stable across platforms. */
export function scoreMessage(engine: TriageEngine, msg: TriageMessage): Verdict {
  const { model } = engine;
  const fv = extractFeatures(msg, engine.cues);
  const contributions = new Float64Array(fv.indices.length);
  const z = unwantedLogit(model, fv, contributions);
  const logit = model.platt.a * z + model.platt.b;
  const score = 1 / (1 + Math.exp(-logit));
  const unwanted = score >= 0.5;
  let cls: Verdict['class'] = 'ham';
  if (unwanted) {
    const head = headProbabilities(model, fv);
    let best = 0;
    for (let c = 1; c < head.length; c++) if ((head[c] as number) > (head[best] as number)) best = c;
    cls = UNWANTED_CLASSES[best] ?? 'spam';
  }
  // Contributions on the calibrated log-odds scale: Platt slope x weight x value.
  for (let k = 0; k < contributions.length; k++)
    contributions[k] = model.platt.a * (contributions[k] as number);
  const langText = msg.subject ? `${msg.subject}\n${msg.text || fv.normalised}` : msg.text || fv.normalised;
  return {
    score: Math.round(score * 10000) / 10000,
    class: cls,
    lang: engine.lang.identify(langText),
    reasons: explain(fv, contributions, model.signals, unwanted),
    model: model.version,
  };
}
