/**
 * @module analyse/triage/eval/casing-check
 * The shortcut the LLM phishing set invites: phishing rows were lower-cased by their source, legit
 * rows were not. Two checks: (1) a "classifier" that only looks at the share of upper-case letters
 * (how much casing alone would give), (2) the model's features are identical for a message, its
 * lower-cased and its upper-cased copy, so no score can move with casing.
 */
import { buildCueIndex } from '../cue-matcher.js';
import { extractFeatures } from '../features.js';
import type { Featurised } from '../train/fit.js';
import { rocAuc } from './metrics.js';
import type { Scored } from './report.js';

const upperShare = (s: string): number => {
  const letters = s.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : (s.match(/\p{Lu}/gu)?.length ?? 0) / letters;
};

function sameVector(a: ReturnType<typeof extractFeatures>, b: ReturnType<typeof extractFeatures>): boolean {
  if (a.indices.length !== b.indices.length) return false;
  for (let i = 0; i < a.indices.length; i++) {
    if (a.indices[i] !== b.indices[i] || Math.abs((a.values[i] as number) - (b.values[i] as number)) > 1e-6)
      return false;
  }
  return true;
}

export function casingCheck(data: ReadonlyArray<Featurised>, cv: ReadonlyArray<Scored>): string[] {
  const llm = data.filter((d) => d.row.dataset === 'llm-phish');
  const y = llm.map((d) => (d.row.label === 'ham' ? 0 : 1));
  const caseAuc = rocAuc(
    llm.map((d) => 1 - upperShare(d.row.msg.text)),
    y,
  );
  const cues = buildCueIndex();
  let differ = 0;
  for (const d of llm) {
    const base = extractFeatures(d.row.msg, cues);
    const lower = extractFeatures(
      { ...d.row.msg, text: d.row.msg.text.toLowerCase(), subject: d.row.msg.subject?.toLowerCase() },
      cues,
    );
    const upper = extractFeatures(
      { ...d.row.msg, text: d.row.msg.text.toUpperCase(), subject: d.row.msg.subject?.toUpperCase() },
      cues,
    );
    if (!sameVector(base, lower) || !sameVector(base, upper)) differ++;
  }
  const llmCv = cv.filter((s) => s.row.dataset === 'llm-phish');
  const modelAuc = rocAuc(
    llmCv.map((s) => s.p),
    llmCv.map((s) => (s.row.label === 'ham' ? 0 : 1)),
  );
  return [
    '| check | value |',
    '|---|---|',
    `| ROC-AUC of "share of lower-case letters" alone (the shortcut) | ${caseAuc.toFixed(3)} |`,
    `| ROC-AUC of the model (out-of-fold) | ${modelAuc.toFixed(3)} |`,
    `| messages whose feature vector changes when lower- or upper-cased | ${differ} of ${llm.length} |`,
  ];
}
