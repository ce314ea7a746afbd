import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signalWeightRows } from './signal-weights.js';

describe('signal weights table', () => {
  it('prints one row per signal with the constraints and priors the trainer uses', () => {
    const rows = signalWeightRows();
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.find((r) => r.startsWith('| `crypto-address` |'))).toMatch(/≥ 0; head scam prior \+4 \|$/);
    expect(rows.find((r) => r.startsWith('| `defanged-indicators` |'))).toMatch(/\| prior −2\.0 \|$/);
  });

  it('is what the model card quotes: the card is re-quoted after a retrain', () => {
    const card = readFileSync(new URL('../../../../models/triage/MODEL_CARD.md', import.meta.url), 'utf8');
    const quoted = card.split('\n').filter((l) => /^\| `[a-z0-9-]+` \| [−+]?\d/.test(l));
    expect(quoted).toEqual(signalWeightRows());
  });
});
