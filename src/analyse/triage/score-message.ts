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

/** Head probabilities (phishing / scam / spam) of a feature vector. */
export function headProbabilities(model: TriageModel, fv: FeatureVector): number[] {
  const heads = model.head.bias.length;
  const acc = Float64Array.from(model.head.bias);
  const q = model.quantised;
  const n = model.featureCount;
  for (let c = 0; c < heads; c++) {
    const scale = model.scales[c + 1] as number;
    const base = (c + 1) * n;
    let sum = acc[c] as number;
    for (let k = 0; k < fv.indices.length; k++)
      sum += Math.fround((q[base + (fv.indices[k] as number)] as number) * scale) * (fv.values[k] as number);
    acc[c] = sum;
  }
  const logits = Array.from(acc);
  const max = Math.max(...logits);
  const exp = logits.map((h) => Math.exp(h - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
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
