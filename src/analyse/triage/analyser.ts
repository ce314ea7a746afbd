/**
 * @module analyse/triage/analyser
 * The triage analyser ingest runs on every message (e-mail, SMS, chat message, text): one
 * `verdict` finding with the calibrated P(unwanted) as `score`, the class as `label`, the model's
 * reasons, and `data: {lang, model}`.
 *
 * The model's score depends on the message only (reproducible training). Impersonation findings
 * from the analysers before it are appended as extra reasons with weight 0 and listed in
 * `data.corroboration`: evidence for the analyst, not part of the score.
 */
import type { EvidenceKind } from '../../core/evidence.js';
import type { Finding, Reason } from '../../core/finding.js';
import type { Analyser, AnalysisOutput } from '../analyser.js';
import { checkMessage } from './check-message.js';
import { defaultTriageEngine, prepareTriageEngine } from './engine.js';
import { messageFromEvidence } from './message.js';
import { scoreMessage, type TriageEngine } from './score-message.js';

const MESSAGE_KINDS: ReadonlySet<EvidenceKind> = new Set(['email', 'sms', 'chat-message', 'text']);
const CORROBORATING = new Set(['display-name-spoof', 'lookalike-domain']);

/** An analyser bound to an engine (tests, or ingest after `prepareTriageEngine()`). */
export function createTriageAnalyser(getEngine: () => TriageEngine): Analyser {
  return {
    name: 'triage',
    analyse(input, prior): AnalysisOutput {
      if (!MESSAGE_KINDS.has(input.kind)) return { observables: [], findings: [] };
      const msg = messageFromEvidence(input);
      const problem = checkMessage(msg);
      if (problem) {
        return { observables: [], findings: [{ analyser: 'triage', kind: 'not-scored', label: problem }] };
      }
      const verdict = scoreMessage(getEngine(), msg);
      const corroboration: Reason[] = prior.findings
        .filter((f) => f.analyser === 'impersonation' && CORROBORATING.has(f.kind))
        .map((f) => ({
          signal: `impersonation:${f.kind}`,
          weight: 0,
          evidence: f.label ?? f.reasons?.[0]?.evidence ?? '',
        }));
      const finding: Finding = {
        analyser: 'triage',
        kind: 'verdict',
        score: verdict.score,
        label: verdict.class,
        reasons: [...verdict.reasons, ...corroboration],
        data: {
          lang: verdict.lang,
          model: verdict.model,
          ...(corroboration.length > 0 ? { corroboration: corroboration.length } : {}),
        },
      };
      return { observables: [], findings: [finding] };
    },
  };
}

/** Default instance: the process-wide engine; `prepare` loads fastText so `lang` is set for Latin-script text too. */
export const triageAnalyser: Analyser = {
  ...createTriageAnalyser(defaultTriageEngine),
  async prepare() {
    await prepareTriageEngine();
  },
};
