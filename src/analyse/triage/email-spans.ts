/**
 * @module analyse/triage/email-spans
 * E-mail addresses in free text, found from their `@` outwards. Same matches, in the same order, as
 * the regex `/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu`, but that regex is tried at every
 * character of the text (a third of the cost of a whole message's signals); here only the few `@`
 * are looked at.
 */

const LOCAL_CHAR_RE = /^[\p{L}\p{N}._%+-]$/u;
const DOMAIN_STICKY_RE = /[\p{L}\p{N}.-]+\.\p{L}{2,}/uy;

/** True when the UTF-16 unit at `i` may be part of the local part (surrogate pairs read whole). */
function isLocalChar(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const ok =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x2e ||
      c === 0x5f ||
      c === 0x25 ||
      c === 0x2b ||
      c === 0x2d;
    return ok ? 1 : 0;
  }
  // A low surrogate: test the pair it closes.
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const hi = text.charCodeAt(i - 1);
    if (hi >= 0xd800 && hi <= 0xdbff) return LOCAL_CHAR_RE.test(text.slice(i - 1, i + 1)) ? 2 : 0;
  }
  return LOCAL_CHAR_RE.test(text[i] as string) ? 1 : 0;
}

/** `[start, end)` of every e-mail address in `text`, left to right, at most `limit`. */
export function emailSpans(text: string, limit = Number.POSITIVE_INFINITY): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let floor = 0;
  for (let at = text.indexOf('@'); at >= 0 && spans.length < limit; at = text.indexOf('@', at + 1)) {
    if (at < floor) continue;
    let start = at;
    while (start > floor) {
      const w = isLocalChar(text, start - 1);
      if (w === 0) break;
      start -= w;
    }
    if (start === at) continue;
    DOMAIN_STICKY_RE.lastIndex = at + 1;
    if (!DOMAIN_STICKY_RE.test(text)) continue;
    const end = DOMAIN_STICKY_RE.lastIndex;
    spans.push([start, end]);
    floor = end;
    at = end - 1;
  }
  return spans;
}

/** `text` with every e-mail address replaced by `token`. */
export function replaceEmails(text: string, token: string): string {
  const spans = emailSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [s, e] of spans) {
    out += text.slice(last, s) + token;
    last = e;
  }
  return out + text.slice(last);
}
