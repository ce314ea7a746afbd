/**
 * @module analyse/observables/refang
 * Whole-text refanging (`hxxp[:]//evil[.]com` → `http://evil.com`), behaviour-compatible with the
 * reference Python tool ioc-fanger (MIT; its recorded test pairs are our acceptance test). The
 * extractor itself never rewrites the text (it refangs each candidate locally and keeps offsets);
 * this function serves users who want the refanged text itself and the `--refang` CLI output.
 *
 * The rules run in order, each a linear-time regular expression (no nested quantifiers); the
 * order matters (bracket dots before bare `DOT`, schemes before spacing fixes).
 */

type Rule = readonly [RegExp, string];

const B = '[\\[\\]\\(\\)\\{\\}]';
const rx = (src: string, flags = 'gi'): RegExp => new RegExp(src, flags);

/** The ordered rule list. */
const RULES: ReadonlyArray<Rule> = [
  [/\[:\/\/\]/gi, '://'],
  // a dot or comma between brackets: `[.]`, `(.)`, `].[`, `[,]`
  [rx(` {0,3}${B} {0,3}[.,]${B} {0,3}`), '.'],
  [rx(` {0,3}${B} {0,3}: {0,3}${B} {0,3}`), ':'],
  // upper-case DOT with brackets or hyphens on either side, then bare DOT inside a token
  [rx(' {0,3}[\\[\\]\\(\\)\\{\\}-]+ {0,3}DOT {0,3}[\\[\\]\\(\\)\\{\\}-]* {0,3}', 'g'), '.'],
  [rx(' {0,3}[\\[\\]\\(\\)\\{\\}-]* {0,3}DOT {0,3}[\\[\\]\\(\\)\\{\\}-]+ {0,3}', 'g'), '.'],
  [/(?<!\S)([^\s.]*?) *(?<![A-Z])DOT(?![A-Z]) *([^\s.]*?)(?!\S)/g, '$1.$2'],
  [rx(` {0,3}${B}+ {0,3}(?:dot|punto|punkt) {0,3}${B}* {0,3}`), '.'],
  [rx(` {0,3}${B}* {0,3}(?:dot|punto|punkt) {0,3}${B}+ {0,3}`), '.'],
  [/-+(?:dot|punto|punkt)-+/gi, '.'],
  // at-signs: `[@]`, `(at)`, `{et}`, `[arroba]`, `[AT]`, `fooATbar`
  [/ {0,3}[[\]({}]+ {0,3}(?:@|at|et|arroba) {0,3}[\](){}]* {0,3}/g, '@'],
  [/ {0,3}[[\](){}]* {0,3}(?:@|at|et|arroba) {0,3}[\](){}]+ {0,3}/g, '@'],
  [rx(` {0,3}${B}+ {0,3}(?:AT|ET|ARROBA) {0,3}${B}* {0,3}`, 'g'), '@'],
  [rx(` {0,3}${B}* {0,3}(?:AT|ET|ARROBA) {0,3}${B}+ {0,3}`, 'g'), '@'],
  [/([a-z]) *(?:AT|ET|ARROBA) *([a-z])/g, '$1@$2'],
  [rx(`${B} {0,3}www {0,3}${B} {0,3}`), 'www'],
  // scheme separators: `:///`, `:// `, `: //`
  [/:\/\/\/+/gi, '://'],
  [/:\/\/ */gi, '://'],
  [/: +\/\//gi, '://'],
  // bracketed and obfuscated schemes: `[http]`, `(https)`, `hXXp`, `h**p` is not in the reference
  [rx('[\\[\\(\\{]+ {0,3}htt(ps?) {0,3}[\\[\\]\\(\\)\\{\\}]* {0,3}'), 'htt$1'],
  [rx(`${B}* {0,3}htt(ps?) {0,3}${B}+ {0,3}`), 'htt$1'],
  [/h[xA-Z]{2}(ps?[^.])/g, 'htt$1'],
  [/htt(ps?)\//gi, 'htt$1:/'],
  [/(https?:\/\/) */gi, '$1'],
  [/(https?) *:/gi, '$1:'],
  [/\b(?:x{4}:\/\/)/gi, 'http://'],
  [/\b(?:(?:x{5}|x{4}s):\/\/)/gi, 'https://'],
  [/\[-\]/gi, '-'],
  [/ +@ +/g, '@'],
  // `1,2,3,4` standing alone is an IPv4 address with commas
  [
    /(?:^|(?<=\s))(25[0-5]|2[0-4]\d|[01]?\d\d?),(25[0-5]|2[0-4]\d|[01]?\d\d?),(25[0-5]|2[0-4]\d|[01]?\d\d?),(25[0-5]|2[0-4]\d|[01]?\d\d?)(?=\s|$)/gi,
    '$1.$2.$3.$4',
  ],
  [/\\\//g, '/'],
  [/\^./g, '.'],
  [/<\.>/g, '.'],
  [/\\\./g, '.'],
];

/** Refangs a whole text. Pure; linear in the text length for each rule. */
export function refang(text: string): string {
  let out = text;
  for (const [re, rep] of RULES) {
    re.lastIndex = 0;
    out = out.replace(re, rep);
  }
  return out;
}
