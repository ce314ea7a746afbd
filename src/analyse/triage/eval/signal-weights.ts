/**
 * @module analyse/triage/eval/signal-weights
 * `npx tsx src/analyse/triage/eval/signal-weights.ts [model-dir]`: the model card's table of each
 * engineered signal's weights, printed from the artifact (`models/triage/` unless a directory is
 * given) as Markdown. The card quotes it after every retrain; printing it from `weights.bin` keeps
 * the quoted numbers those of the shipped artifact rather than of a hand-made copy.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadTriageModel, UNWANTED_CLASSES } from '../model.js';
import { HEAD_PRIORS, SIGNAL_CONSTRAINTS } from '../signals/signal-names.js';

/** Signed to two decimals, the card's way: `+1.50`, `−0.22`, `0.00` (typographic minus). */
function signed(x: number): string {
  const s = Math.abs(x).toFixed(2);
  if (s === '0.00') return '0.00';
  return `${x > 0 ? '+' : '−'}${s}`;
}

/** A prior as the card writes it: `+4.0`, `−2.0`, `+1.5`, `+1.25` (never rounded). */
function prior(x: number): string {
  const abs = Math.abs(x);
  return `${x > 0 ? '+' : '−'}${Number.isInteger(abs * 10) ? abs.toFixed(1) : String(abs)}`;
}

/** The table rows, one per signal in the artifact's order. */
export function signalWeightRows(modelDir?: URL): string[] {
  const model = loadTriageModel(modelDir);
  const base = 2 ** model.hashBits;
  const slope = model.platt.a;
  const unwanted = model.unwanted.weights;
  const head = model.head.weights;
  return model.signals.map((name, i) => {
    const j = base + i;
    const w = unwanted[j] as number;
    const heads = UNWANTED_CLASSES.map((_, c) => signed((head[c] as Float32Array)[j] as number)).join(' / ');
    const notes: string[] = [];
    const c = SIGNAL_CONSTRAINTS.get(i);
    if (c?.min !== undefined) notes.push('≥ 0');
    if (c?.max !== undefined) notes.push(`≤ ${c.max}`);
    if (c?.prior !== undefined) notes.push(`prior ${prior(c.prior)}`);
    for (const cls of UNWANTED_CLASSES) {
      const hp = (HEAD_PRIORS[cls] as Record<string, number | undefined>)[name];
      if (hp !== undefined) notes.push(`head ${cls} prior ${hp > 0 ? '+' : '−'}${Math.abs(hp)}`);
    }
    return `| \`${name}\` | ${signed(w)} | ${signed(w * slope)} | ${heads} | ${notes.join('; ')} |`;
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  const rows = signalWeightRows(dir ? pathToFileURL(`${path.resolve(dir)}/`) : undefined);
  process.stdout.write(
    [
      '| signal | binary | reason weight | head phishing / scam / spam | constraint, prior |',
      '|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}
