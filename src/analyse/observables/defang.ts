/**
 * @module analyse/observables/defang
 * Defangs a text for safe sharing (`http://evil.com` → `hXXp://evil[.]com`, `a@b.com` →
 * `a(at)b[.]com`), in the style of ioc-fanger so that round trips through `refang` are exact.
 */

/** Defangs every URL scheme, dot between word characters, and `@` inside a word. */
export function defang(text: string): string {
  return text
    .replace(/\bhttp(s?):\/\//gi, 'hXXp$1://')
    .replace(/(?<=[\p{L}\p{N}\p{M}_])\.(?=[\p{L}\p{N}\p{M}_])/gu, '[.]')
    .replace(/(?<=\S)@(?=\S)/g, '(at)');
}
