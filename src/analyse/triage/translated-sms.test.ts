import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTriageEngine } from './engine.js';
import { rocAuc } from './eval/metrics.js';
import { scoreMessage } from './score-message.js';

const engine = createTriageEngine();

interface Row {
  id: string;
  label: 'spam' | 'ham';
  text: string;
}
const rows = (lang: string): Row[] =>
  readFileSync(new URL(`../../../test/fixtures/triage/translated-sms/${lang}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);

// 60 UCI SMS translated by the team in the style of machine translation (fixture README): no Hindi
// or French SMS is in the training data. Bounds a little under what `triage-2026.12-3` and `-4` measure
// (Hindi ROC-AUC 0.960 with 2 ham above 0.5, French 0.991 with none), so a retrain that undoes
// the unseen-language work fails here.
describe.each([
  { lang: 'hi', minAuc: 0.95, maxHamFlagged: 3 },
  { lang: 'fr', minAuc: 0.97, maxHamFlagged: 1 },
])('translated UCI SMS ($lang), a language the model never saw', ({ lang, minAuc, maxHamFlagged }) => {
  const scored = rows(lang).map((r) => ({ r, v: scoreMessage(engine, { text: r.text }) }));
  it(`ranks spam above ham (ROC-AUC >= ${minAuc})`, () => {
    const auc = rocAuc(
      scored.map((s) => s.v.score),
      scored.map((s) => (s.r.label === 'ham' ? 0 : 1)),
    );
    expect(auc).toBeGreaterThanOrEqual(minAuc);
  });
  it(`flags at most ${maxHamFlagged} of the 30 everyday texts`, () => {
    expect(scored.filter((s) => s.r.label === 'ham' && s.v.class !== 'ham').length).toBeLessThanOrEqual(
      maxHamFlagged,
    );
  });
  it('reads the translated short-code instructions', () => {
    const shortcodes = scored.filter((s) => s.v.reasons.some((x) => x.signal === 'premium-sms-shortcode'));
    expect(shortcodes.length).toBeGreaterThanOrEqual(5);
    expect(shortcodes.every((s) => s.r.label === 'spam')).toBe(true);
  });
});
