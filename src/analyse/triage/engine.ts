/**
 * @module analyse/triage/engine
 * Builds the triage engine (model + cue index + language identifier). The model is read from
 * disk once per process; fastText is loaded asynchronously, so callers that can `await`
 * (`dragnet score`, ingest) call `prepareTriageEngine()` first; the synchronous analyser falls
 * back to the script-only identifier if nobody did.
 */
import { bundledCueIndex } from './cue-matcher.js';
import { type LanguageIdentifier, loadLanguageIdentifier, scriptLanguageIdentifier } from './lang-id.js';
import { loadTriageModel } from './model.js';
import type { TriageEngine } from './score-message.js';

// Process-wide read-only cache of immutable data (weights, tables), not a connection or a clock:
// loading it per message would cost 50 ms each.
let cached: TriageEngine | undefined;
let preparing: Promise<TriageEngine> | undefined;
let lang: Promise<LanguageIdentifier> | undefined;

/** Builds an engine from explicit parts (tests, other model files). */
export function createTriageEngine(
  lang: LanguageIdentifier = scriptLanguageIdentifier,
  modelDir?: URL,
): TriageEngine {
  return { model: loadTriageModel(modelDir), cues: bundledCueIndex(), lang };
}

/** fastText language identification, loaded once per process. */
export function prepareLanguageIdentifier(): Promise<LanguageIdentifier> {
  lang ??= loadLanguageIdentifier();
  return lang;
}

/** Loads the default engine with fastText language identification. Idempotent. */
export function prepareTriageEngine(): Promise<TriageEngine> {
  preparing ??= prepareLanguageIdentifier().then((lang) => {
    cached = cached ? { ...cached, lang } : createTriageEngine(lang);
    return cached;
  });
  return preparing;
}

/** The default engine, synchronously: the prepared one, or one with script-only language ID. */
export function defaultTriageEngine(): TriageEngine {
  cached ??= createTriageEngine();
  return cached;
}
