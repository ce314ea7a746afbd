/**
 * @module analyse/triage/eval/experiment
 * `tsx src/analyse/triage/eval/experiment.ts`: the figures that feature and training changes move
 * (LOGO for the two weak generators and copilot/chatgpt/grok, LOLO de/zh, 5-fold CV on SpamAssassin, smishing and LLM
 * phishing), plus how many training rows fire each signal, in one run. A tuning aid; the model
 * card quotes `eval.ts`.
 */
import { HASH_SIZE } from '../features.js';
import { SIGNAL_INDEX, SIGNAL_NAMES, type SignalName } from '../signals/signal-names.js';
import { applyPlatt, fitPlatt } from '../train/calibrate.js';
import { loadFeaturised } from '../train/featurise.js';
import { type Featurised, foldOf } from '../train/fit.js';
import { outOfFoldScores, scoreWith } from '../train/oof.js';
import { metricRow, type Scored, TABLE_HEADER } from './report.js';

const log = (s: string): void => void process.stderr.write(`[experiment] ${s}\n`);
const loaded = await loadFeaturised(log);
// `DROP=a,b`: train and test as if those signals were never emitted.
const drop = new Set(
  (process.env.DROP ?? '')
    .split(',')
    .filter(Boolean)
    .map((n) => {
      const i = SIGNAL_INDEX[n as SignalName];
      if (i === undefined) throw new Error(`DROP: unknown signal ${n}`);
      return HASH_SIZE + i;
    }),
);
const data: Featurised[] = loaded.map((d) => {
  if (drop.size === 0) return d;
  const keep = [...d.indices.keys()].filter((k) => !drop.has(d.indices[k] as number));
  return {
    row: d.row,
    indices: Int32Array.from(keep, (k) => d.indices[k] as number),
    values: Float32Array.from(keep, (k) => d.values[k] as number),
  };
});
const out: string[] = [];
if (process.env.SUPPORT === '1') {
  const support = new Map<string, number[]>();
  for (const d of data) {
    for (let k = 0; k < d.indices.length; k++) {
      const j = d.indices[k] as number;
      if (j < HASH_SIZE) continue;
      const name = SIGNAL_NAMES[j - HASH_SIZE] as string;
      const c = support.get(name) ?? [0, 0, 0, 0, 0];
      c[['ham', 'phishing', 'scam', 'spam'].indexOf(d.row.label)]! += 1;
      support.set(name, c);
    }
  }
  out.push('signal ham/phishing/scam/spam');
  for (const n of SIGNAL_NAMES) out.push(`${n} ${(support.get(n) ?? [0, 0, 0, 0]).slice(0, 4).join('/')}`);
}
out.push(TABLE_HEADER);
const unit = { a: 1, b: 0 };
const sc = (test: Featurised[], train: Featurised[]): Scored[] =>
  scoreWith(train, test).map((s, i) => ({
    row: (test[i] as Featurised).row,
    p: applyPlatt(unit, s.z),
    head: s.head,
  }));
for (const lang of ['de', 'zh']) {
  const testGroups = new Set(data.filter((d) => d.row.lang === lang).map((d) => d.row.group));
  const train = data.filter((d) => d.row.lang !== lang && !testGroups.has(d.row.group));
  out.push(
    metricRow(
      `held out ${lang}`,
      sc(
        data.filter((d) => d.row.lang === lang),
        train,
      ),
    ),
  );
}
for (const g of ['greco-chatgpt-wormgpt', 'human', 'copilot', 'chatgpt', 'grok']) {
  const isTest = (d: Featurised): boolean =>
    d.row.dataset === 'llm-phish' &&
    ((d.row.label !== 'ham' && d.row.generator === g) ||
      (d.row.label === 'ham' && foldOf(d.row.group, 5) === 0));
  const test = data.filter(isTest);
  const testGroups = new Set(test.map((d) => d.row.group));
  out.push(
    metricRow(
      `held out ${g}`,
      sc(
        test,
        data.filter((d) => !isTest(d) && !testGroups.has(d.row.group)),
      ),
    ),
  );
}
if (process.env.CV !== '0') {
  const oof = outOfFoldScores(data, 5);
  const platt = fitPlatt(
    oof.map((o) => o.z),
    data.map((d) => (d.row.label === 'ham' ? 0 : 1)),
  );
  const cv: Scored[] = data.map((d, i) => ({
    row: d.row,
    p: applyPlatt(platt, oof[i]!.z),
    head: oof[i]!.head,
  }));
  out.push(metricRow('cv all', cv));
  for (const ds of ['spamassassin', 'llm-phish', 'smishing-5971', 'sms-multilingual-mt', 'sms-zh-sample'])
    out.push(
      metricRow(
        `cv ${ds}`,
        cv.filter((s) => s.row.dataset === ds),
      ),
    );
  out.push(
    metricRow(
      'cv smishing',
      cv.filter((s) => s.row.dataset === 'smishing-5971' && s.row.label !== 'spam'),
    ),
  );
}
process.stdout.write(`${out.join('\n')}\n`);
