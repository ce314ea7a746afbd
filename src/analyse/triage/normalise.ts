/**
 * @module analyse/triage/normalise
 * The one text normalisation every row goes through, in training and at run time alike.
 *
 * Why: in the LLM phishing set the source lower-cased phishing rows and replaced their URLs and
 * numbers, but not the legitimate rows. Applying the same folding to every message (NFKC, lower
 * case, URL / e-mail / number placeholders) removes that shortcut, so the model cannot learn
 * "lower case means phishing". Casing is never a feature.
 */
import { replaceEmails } from './email-spans.js';

/** Placeholder tokens; chosen so that they are not ordinary words in any language. */
export const URL_TOKEN = ' zzurl ';
export const EMAIL_TOKEN = ' zzemail ';

// These three run on the NFKC-folded, lower-cased text, so they match case-sensitively: no
// character left there case-folds to a-z but a-z itself (A-Z are lower-cased; NFKC turns the
// Kelvin sign and the long s, the only others, into k and s). The `i` flag made the URL pattern
// cost twice as much (~20 -> ~10 us a mail) for the same matches.
const URL_RE =
  /\b(?:https?:\/\/|hxxps?:\/\/|www\.)[^\s<>"'{}|\\^`\]]+|\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s<>"']*/gu;
// Source placeholders such as [link], {url}, <URL>, [Number] become our placeholders too.
const PLACEHOLDER_URL_RE = /[[{<](?:url|link|here|unsubscribe_url)[\]}>]/gu;
const PLACEHOLDER_NUM_RE = /[[{<](?:number|num|id|amount|price|phone)[\]}>]/gu;
// Masked digits (`xxxx` in the Chinese set) and real digits both become a single `0`.
const NUMBER_RE = /\p{Nd}+(?:[.,:/-]\p{Nd}+)*|(?<![a-z])x{3,}(?![a-z])/gu;
const ZERO_WIDTH_RE = /[\u200b-\u200f\u2060\ufeff\u00ad]/gu;

// Hindi writes फ़ोन and फोन, मुफ़्त and मुफ्त for the same word (the nukta dot marks a borrowed
// sound and is often left out, by people and by machine translation alike): one spelling.
const DEVANAGARI_NUKTA = '\u093c';

/** Lower-cased, NFKC-folded text with URLs, e-mail addresses and numbers replaced by placeholders. */
export function normaliseText(text: string): string {
  const withoutUrls = text
    .normalize('NFKC')
    .replaceAll(DEVANAGARI_NUKTA, '')
    .replace(ZERO_WIDTH_RE, '')
    .toLowerCase()
    .replace(PLACEHOLDER_URL_RE, URL_TOKEN)
    .replace(URL_RE, URL_TOKEN);
  return replaceEmails(withoutUrls, EMAIL_TOKEN)
    .replace(PLACEHOLDER_NUM_RE, ' 0 ')
    .replace(NUMBER_RE, '0')
    .replace(SPACE_RUN_RE, ' ')
    .trim();
}

// Every whitespace run becomes one space; a run that already is one space is left alone (cheaper
// than replacing every single space with itself).
const SPACE_RUN_RE = /\s{2,}|[^\S ]/gu;

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;

/** Word tokens of an already normalised text (letters, marks and digits; everything else splits). */
export function tokenise(normalised: string): string[] {
  return normalised.match(TOKEN_RE) ?? [];
}
