/**
 * @module analyse/impersonation/lure-words
 * Words phishers glue to a brand name (`paypal-secure-login`, `konto-sparkasse`), in several
 * languages; bundled in data/impersonation/lure-words.txt.
 */
import { readDataList } from './data-file.js';

let words: ReadonlyArray<string> | undefined;
let wordSet: ReadonlySet<string> | undefined;

/** The bundled lure words, deduplicated, in file order. */
export function lureWords(): ReadonlyArray<string> {
  words ??= [...new Set(readDataList('lure-words.txt'))];
  return words;
}

/** Lure words as a set of hyphen-free tokens, for matching the parts of a domain name. */
export function lureWordSet(): ReadonlySet<string> {
  wordSet ??= new Set(lureWords().flatMap((w) => [w, w.replace(/-/g, '')]));
  return wordSet;
}
