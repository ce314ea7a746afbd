/**
 * @module analyse/triage/eval/misses
 * `tsx src/analyse/triage/eval/misses.ts [dataset] [fpr]`: the unwanted rows of one data set that
 * the out-of-fold model misses at the threshold giving `fpr` on that set's ham (default
 * SpamAssassin at 1 %), with their signals and the start of their text, as JSONL on stdout.
 * A diagnostic for feature work: look at what is missed before adding a signal for it.
 */
import { buildCueIndex } from '../cue-matcher.js';
import { bodyText, extractFeatures } from '../features.js';
import { applyPlatt, fitPlatt } from '../train/calibrate.js';
import { loadFeaturised } from '../train/featurise.js';
import { outOfFoldScores } from '../train/oof.js';

const dataset = process.argv[2] ?? 'spamassassin';
const fpr = Number(process.argv[3] ?? 0.01);
const log = (s: string): void => void process.stderr.write(`[misses] ${s}\n`);

const data = await loadFeaturised(log);
const oof = outOfFoldScores(data, 5);
const platt = fitPlatt(
  oof.map((o) => o.z),
  data.map((d) => (d.row.label === 'ham' ? 0 : 1)),
);
const rows = data
  .map((d, i) => ({ d, p: applyPlatt(platt, oof[i]?.z ?? 0) }))
  .filter((r) => r.d.row.dataset === dataset);
const ham = rows
  .filter((r) => r.d.row.label === 'ham')
  .map((r) => r.p)
  .sort((a, b) => b - a);
const threshold = ham[Math.floor(ham.length * fpr)] ?? 1;
log(`threshold at ${fpr} FPR on ${dataset}: ${threshold}`);
const cues = buildCueIndex();
const out: string[] = [];
for (const r of rows) {
  const bad = r.d.row.label !== 'ham';
  const fp = !bad && r.p >= threshold;
  if (!((bad && r.p <= threshold) || fp)) continue;
  const fv = extractFeatures(r.d.row.msg, cues);
  out.push(
    JSON.stringify({
      kind: bad ? 'fn' : 'fp',
      id: r.d.row.id,
      p: Number(r.p.toFixed(4)),
      subject: r.d.row.msg.subject,
      from: r.d.row.msg.from,
      html: r.d.row.msg.html ? r.d.row.msg.html.length : 0,
      textLen: r.d.row.msg.text.length,
      signals: fv.signals.map((s) => `${s.name}=${s.value.toFixed(2)}:${s.evidence.slice(0, 40)}`),
      headers: (r.d.row.msg.headers ?? []).map((h) => h.name).join(','),
      text: bodyText(r.d.row.msg).replace(/\s+/g, ' ').slice(0, 600),
    }),
  );
}
process.stdout.write(`${out.join('\n')}\n`);
