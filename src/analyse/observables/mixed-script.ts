/**
 * @module analyse/observables/mixed-script
 * Flags a domain label that mixes writing systems (`pаypal` with a Cyrillic `а`): the classic
 * IDN homograph. Han, Hiragana and Katakana count as one system (Japanese mixes them), as do Han
 * and Hangul; digits, hyphens and combining marks belong to no script.
 */

const SCRIPTS: ReadonlyArray<[string, RegExp]> = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['CJK', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
];

/** Name of the script of one character, or null for digits, punctuation, marks (Common/Inherited). */
export function scriptOf(ch: string): string | null {
  const c = ch.codePointAt(0) ?? 0;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 'Latin';
  if (c < 128) return null;
  for (const [name, re] of SCRIPTS) if (re.test(ch)) return name;
  return /\p{L}/u.test(ch) ? 'Other' : null;
}

/** True when the label holds letters of two or more scripts. */
export function isMixedScript(label: string): boolean {
  let first: string | null = null;
  let ascii = true;
  for (let i = 0; i < label.length; i++) if (label.charCodeAt(i) > 127) ascii = false;
  if (ascii) return false;
  for (const ch of label) {
    const s = scriptOf(ch);
    if (s === null) continue;
    if (first === null) first = s;
    else if (s !== first) return true;
  }
  return false;
}
