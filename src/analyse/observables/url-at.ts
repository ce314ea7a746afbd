/**
 * @module analyse/observables/url-at
 * URLs in a normalised span: found from their `://` (after refanging `hxxp[:]//` and friends),
 * bounded the way people write them in prose (trailing punctuation and unbalanced closing brackets
 * are not part of the URL), and kept only when the host is a real domain, IP or onion.
 */
import { checkHost, emitHost, rawRange } from './emit-host.js';
import type { NormalizedSpan } from './normalize-span.js';
import type { ScanContext } from './scan-context.js';

const SCHEMES = ['https', 'http', 'ftps', 'ftp', 'sftp', 'wss', 'ws'];
/** Characters that end a URL as written in text (a comma too: CSV feeds put one right after the URL). */
const STOP = new Set(['<', '>', '"', '`', '{', '}', '|', '\\', '^', ' ', '\t', '\n', '\r', "'", ',']);
/** STOP as a table by code unit (bit 1), and `/`, `?`, `#` (bit 2: where an authority ends too). */
const STOP_CODE = new Uint8Array(128);
for (const ch of STOP) STOP_CODE[ch.charCodeAt(0)] = 1;
for (const ch of '/?#') STOP_CODE[ch.charCodeAt(0)] = 2;
/** True when code unit `c` is in STOP (`mask` 1), or in STOP or `/?#` (`mask` 3: an authority ends there). */
const stops = (c: number, mask: number): boolean => c < 128 && ((STOP_CODE[c] as number) & mask) !== 0;
const CLOSERS: Record<string, string> = { '[': ']', '(': ')', '<': '>', '{': '}' };
const TRAIL = new Set(['.', ',', ';', ':', '!', '?', '*', "'", '"', '…']);

/**
 * End of the URL body starting at `from` in `s`: stop characters, then trailing punctuation and
 * unbalanced closing brackets trimmed. Bracket counts are kept incrementally: linear time.
 */
export function urlBodyEnd(s: string, from: number): number {
  let e = from;
  let paren = 0;
  let square = 0;
  while (e < s.length) {
    const c = s.charCodeAt(e);
    if (stops(c, 1)) break;
    if (c === 40) paren++;
    else if (c === 41) paren--;
    else if (c === 91) square++;
    else if (c === 93) square--;
    e++;
  }
  while (e > from) {
    const last = s[e - 1] ?? '';
    if (TRAIL.has(last)) e--;
    else if (last === ')' && paren < 0) {
      paren++;
      e--;
    } else if (last === ']' && square < 0) {
      square++;
      e--;
    } else break;
  }
  return e;
}

/**
 * Reads and emits the URL whose `://` is at `k` in the normalised span; returns its [start, end)
 * in the normalised string, or null when there is no valid URL there.
 */
export function urlAt(ctx: ScanContext, ns: NormalizedSpan, k: number): [number, number] | null {
  const N = ns.norm;
  let s = k;
  while (s > 0 && /[A-Za-z]/.test(N[s - 1] ?? '')) s--;
  const word = N.slice(s, k).toLowerCase();
  let scheme: string | undefined;
  for (const sc of SCHEMES) {
    if (word.endsWith(sc)) {
      scheme = sc;
      break;
    }
  }
  if (!scheme) return null;
  s = k - scheme.length;
  const authStart = k + 3;
  // The authority is bounded (user info + host + port): find and check it before reading the
  // body, so that a text of endless `http://` costs linear time.
  let authEnd = authStart;
  while (authEnd < N.length && authEnd - authStart < 320 && !stops(N.charCodeAt(authEnd), 3)) authEnd++;
  if (authEnd - authStart >= 320) return null;
  while (authEnd > authStart && TRAIL.has(N[authEnd - 1] ?? '')) authEnd--;
  // Searches stay inside the authority (a search to the end of the span would be quadratic).
  const auth = N.slice(authStart, authEnd);
  const hostStart = authStart + auth.lastIndexOf('@') + 1;
  let hostEnd = authEnd;
  if (N[hostStart] === '[') {
    const close = auth.indexOf(']', hostStart - authStart);
    if (close < 0) return null;
    hostEnd = authStart + close + 1;
  } else {
    const colon = auth.indexOf(':', hostStart - authStart);
    if (colon >= 0) hostEnd = authStart + colon;
  }
  if (hostEnd < authEnd && !/^:\d{1,5}$/.test(N.slice(hostEnd, authEnd))) return null;
  const host = N.slice(hostStart, hostEnd);
  const h = checkHost(host.endsWith('.') ? host.slice(0, -1) : host);
  if (!h) return null;
  let end = Math.max(authEnd, urlBodyEnd(N, authStart));
  // `[https://x](https://x)`, `(https://x)`, `<https://x>`: a URL opened by a bracket ends at its closer.
  const closer = s > 0 ? CLOSERS[N[s - 1] ?? ''] : undefined;
  if (closer) {
    const c = N.indexOf(closer, authEnd);
    if (c >= 0 && c < end) end = c;
  }
  const [rs, re, defanged] = rawRange(ctx, ns, s, end);
  const value = `${scheme}://${N.slice(authStart, hostStart)}${h.kind === 'ipv6' ? `[${h.value}]` : h.value}${N.slice(hostEnd, end)}`;
  const extra: Record<string, unknown> = { host: h.value };
  if (typeof h.extra.punycode === 'string') {
    extra.punycode = value.replace(h.value, h.extra.punycode);
    extra.unicode = value.replace(h.value, String(h.extra.unicode));
  }
  if (h.extra.mixedScript) extra.mixedScript = true;
  ctx.emit('url', value, rs, re, defanged, extra);
  if (ctx.urlHosts) emitHost(ctx, ns, hostStart, hostEnd, h);
  telegramFromUrl(ctx, ns, h.value, hostEnd, end);
  return [s, end];
}

/** `t.me/name`, `telegram.me/name`, `t.me/+invite`, `t.me/joinchat/…` also yield a `telegram` record. */
export function telegramFromUrl(
  ctx: ScanContext,
  ns: NormalizedSpan,
  host: string,
  pathStart: number,
  end: number,
): void {
  if (host !== 't.me' && host !== 'telegram.me' && host !== 'www.t.me' && host !== 'telegram.dog') return;
  const path = ns.norm.slice(pathStart, end);
  const m =
    /^\/(?:(joinchat\/[\w-]{10,})|(\+[\w-]{10,})|(?:s\/)?([A-Za-z][A-Za-z0-9_]{3,31}))(?=$|[/?#])/.exec(path);
  if (!m) return;
  const value = m[3] ? `@${m[3].toLowerCase()}` : `https://t.me/${m[1] ?? m[2]}`;
  const [rs, re, defanged] = rawRange(ctx, ns, pathStart - host.length, pathStart + m[0].length);
  ctx.emit('telegram', value, rs, re, defanged, { link: true });
}
