/**
 * @module analyse/triage/eval/report
 * One Markdown table row of metrics for a set of scored rows.
 */
import type { TriageClass } from '../../../core/finding.js';
import { UNWANTED_CLASSES } from '../model.js';
import type { TrainRow } from '../train/load-data.js';
import { macroF1, prAuc, recallAtFpr, rocAuc } from './metrics.js';

export interface Scored {
  row: TrainRow;
  /** Calibrated P(unwanted). */
  p: number;
  /** Head probabilities (phishing, scam, spam). */
  head: number[];
}

export const TABLE_HEADER =
  '| subset | n (unwanted/ham) | ROC-AUC | PR-AUC | R@0.1%FPR | R@1%FPR | acc@0.5 | macro-F1 4-class | macro-F1 3-way |\n|---|---|---|---|---|---|---|---|---|';

/** Predicted class: ham under 0.5, else the head's most likely class. */
export function predictedClass(s: Scored): TriageClass {
  if (s.p < 0.5) return 'ham';
  let best = 0;
  for (let c = 1; c < s.head.length; c++) if ((s.head[c] as number) > (s.head[best] as number)) best = c;
  return UNWANTED_CLASSES[best] ?? 'spam';
}

/** Three-way view: phishing and scam are both fraud ("phishing/fraud"), then spam, then legitimate. */
const threeWay = (c: TriageClass): string => (c === 'scam' ? 'phishing' : c);

const f = (x: number): string => (Number.isNaN(x) ? '–' : x.toFixed(3));

/**
 * A pooled run holds each unwanted row once per model that scored it: the n column counts distinct
 * rows (ids are unique), the metrics weigh every score alike.
 */
export function metricRow(name: string, rows: ReadonlyArray<Scored>): string {
  const y = rows.map((r) => (r.row.label === 'ham' ? 0 : 1));
  const p = rows.map((r) => r.p);
  const unwanted = new Set(rows.filter((r) => r.row.label !== 'ham').map((r) => r.row.id)).size;
  const ham = rows.filter((r) => r.row.label === 'ham').length;
  const pred = rows.map(predictedClass);
  const truth = rows.map((r) => r.row.label);
  const acc = rows.filter((r, i) => (r.p >= 0.5 ? 1 : 0) === y[i]).length / Math.max(1, rows.length);
  return `| ${name} | ${unwanted}/${ham} | ${f(rocAuc(p, y))} | ${f(prAuc(p, y))} | ${f(recallAtFpr(p, y, 0.001))} | ${f(recallAtFpr(p, y, 0.01))} | ${f(acc)} | ${f(macroF1(truth, pred))} | ${f(macroF1(truth.map(threeWay), pred.map(threeWay)))} |`;
}
