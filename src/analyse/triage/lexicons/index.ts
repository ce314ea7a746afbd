/**
 * @module analyse/triage/lexicons
 * All cue lexicons, keyed by ISO 639-1 code. Adding a language = one file + one line here.
 */
import { ar } from './ar.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { hi } from './hi.js';
import { id } from './id.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import type { Lexicon } from './lexicon.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ro } from './ro.js';
import { ru } from './ru.js';
import { th } from './th.js';
import { tr } from './tr.js';
import { uk } from './uk.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

export type { CueCategory, Lexicon } from './lexicon.js';
export { CUE_CATEGORIES } from './lexicon.js';

export const LEXICONS: Readonly<Record<string, Lexicon>> = {
  en,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  pl,
  ro,
  ru,
  uk,
  tr,
  ar,
  hi,
  id,
  zh,
  ja,
  ko,
  vi,
  th,
};
