/**
 * @module analyse/observables/scan-span
 * Extracts every indicator from one normalised span (a token, or tokens joined by defang words):
 * URLs first (their hosts are reported, their paths are not mined for domains or hashes), then
 * e-mail addresses and Telegram handles around `@`, IPv6/MAC around `:`, then runs of host
 * characters (domains, IPv4, bare URLs) and single words (hashes, wallets, ids, numbers).
 */

import { classifyWord } from './classify-word.js';
import { checkDomain, FILE_EXTENSION_TLDS } from './domain-check.js';
import { domainExtra, rawRange } from './emit-host.js';
import { canonicalIPv6, ipv4Scope, ipv6Scope, parseIPv4, parseIPv6 } from './ip-scope.js';
import { memoize } from './memoize.js';
import type { NormalizedSpan } from './normalize-span.js';
import type { ScanContext } from './scan-context.js';
import { telegramFromUrl, urlAt, urlBodyEnd } from './url-at.js';

type Range = [number, number];

/** Host characters: ASCII alphanumerics, `-`, `_`, `.`, and any non-ASCII letter or mark. */
function hostCharRule(c: number): boolean {
  if (c < 128)
    return (
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 45 ||
      c === 95 ||
      c === 46
    );
  return (
    !(c >= 0x2000 && c <= 0x206f) &&
    c !== 0x3002 &&
    c !== 0xff0c &&
    c !== 0x3001 &&
    c !== 0xfeff &&
    !(c >= 0xff01 && c <= 0xff0f)
  );
}
/** The rule above as a table (bit 1: host character, bit 2: e-mail local-part character): one load per character. */
const HOST_TABLE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++)
  HOST_TABLE[c] = (hostCharRule(c) ? 1 : 0) | (hostCharRule(c) || c === 43 || c === 37 || c === 39 ? 2 : 0);
/** Callers pass in-range code units (every loop is bounded by the string length). */
export const isHostChar = (c: number): boolean => ((HOST_TABLE[c] as number) & 1) !== 0;
const isLocalChar = (c: number): boolean => ((HOST_TABLE[c] as number) & 2) !== 0;
/** The dotted form of a parsed IPv4: `w` itself unless an octet is written with a leading zero. */
function ipv4Text(w: string, o: readonly number[]): string {
  for (let k = 0; k + 1 < w.length; k++)
    if (w.charCodeAt(k) === 48 && (k === 0 || w.charCodeAt(k - 1) === 46) && w.charCodeAt(k + 1) !== 46)
      return o.join('.');
  return w;
}
/** `v1.2.3.4`, `version 1.2.3.4`, `Affected versions: 1.2.3.4 through …`: version numbers, not IPs. */
const VERSION_CONTEXT =
  /(?:\bv|\bversions?|\bver\.?|\bbuild|\brelease|\bfirmware|\brev\.?|\bupdate)[\s:]{0,2}$|\b(?:versions?|releases?|builds?|firmware)\b(?:[^.\n]|\.(?=\S)){0,30}$/i;
/** True when `t` at `q` reads `w` (lower case) in any case. */
function wordAt(t: string, q: number, w: string): boolean {
  if (q + w.length > t.length) return false;
  for (let k = 0; k < w.length; k++) if ((t.charCodeAt(q + k) | 32) !== w.charCodeAt(k)) return false;
  return true;
}
/**
 * A necessary condition for VERSION_CONTEXT in [a, b), without slicing: every keyword it knows
 * holds a `v` (v, ver, version, rev) or is build, release, firmware or update. Most IPs (log lines,
 * headers) have none of them before them on their line, and the expression is saved.
 */
function mayBeVersionContext(t: string, a: number, b: number): boolean {
  // Read backwards, and past the final 12 characters only until a line break: the expression's
  // keyword is either followed by text without a line break up to `b`, or ends at most 2
  // characters before `b` (so starts within the last 10). Once a line break is seen anywhere, a
  // keyword can only start within the last 12: an IP at a line start (log lines) reads 12, not 48.
  let lineBreak = false;
  for (let q = b - 1; q >= a; q--) {
    const raw = t.charCodeAt(q);
    if (raw === 10) lineBreak = true;
    if (lineBreak && q < b - 12) return false;
    const c = raw | 32;
    if (c === 118) return true;
    if (
      c === 98
        ? wordAt(t, q, 'build')
        : c === 114
          ? wordAt(t, q, 'release')
          : c === 102
            ? wordAt(t, q, 'firmware')
            : c === 117 && wordAt(t, q, 'update')
    )
      return true;
  }
  return false;
}
/** IPv6 parsing (node's `isIPv6` is one large expression) remembered per written form; read-only results. */
const ipv6Groups = memoize((w: string): readonly number[] | null => parseIPv6(w));
const ATTACK_SUB = /^TA?\d{4}\.\d{3}$/;
const PORT = /^:(\d{1,5})\b/;
const CIDR = /^\/(\d{1,2})(?!\d)/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/**
 * The code unit at `k`, or -1 outside the string (where `charCodeAt` gives NaN: every test here
 * reads both as "no character"). An out-of-range `charCodeAt` deoptimises the calling function
 * once per site, and each deoptimisation costs a recompilation of these large functions.
 */
const codeAt = (s: string, k: number): number => (k >= 0 && k < s.length ? s.charCodeAt(k) : -1);
/** True when [a, b) of `s` holds only digits and dots (an IPv4 candidate). */
function digitsAndDots(s: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const c = s.charCodeAt(k);
    if (c !== 46 && !isDigit(c)) return false;
  }
  return true;
}
/** Number of dots in [a, b) of `s`. */
function dotCount(s: string, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (s.charCodeAt(k) === 46) n++;
  return n;
}
const isIdentChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const MAC_COLON = /^[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}$/;
const HEX_PAIR = /[0-9a-fA-F]{2}/;
const TELEGRAM_CONTEXT = /telegram|\btg\b|t\.me|телеграм/i;

/**
 * Scans a normalised span and emits what it holds. `colonOrAt` false promises that the span has
 * neither `:` nor `@` (the scanner knows it from the token's character classes), which saves two
 * searches on the common path.
 */
export function scanSpan(ctx: ScanContext, ns: NormalizedSpan, colonOrAt = true): void {
  const N = ns.norm;
  if (!colonOrAt || (N.indexOf('@') < 0 && N.indexOf('://') < 0 && !mayHoldColonForm(N))) {
    // The common case (no URL, e-mail, IPv6 or MAC possible): host runs only, no bookkeeping.
    // Times and log stamps (`10:22:33`, `[25/Nov/2026:10:22:33`) come this way too.
    let i = 0;
    while (i < N.length) {
      let j = i;
      while (j < N.length && isHostChar(N.charCodeAt(j))) j++;
      i = j > i ? Math.max(j, hostRun(ctx, ns, i, j)) : i + 1;
    }
    return;
  }
  const urls: Range[] = [];
  const taken: Range[] = [];
  // Ranges are found left to right and never overlap, so every "is k inside?" test below is a
  // cursor comparison: the whole span stays linear however many indicators it holds.
  for (let k = N.indexOf('://'); k >= 0; k = N.indexOf('://', k + 3)) {
    const last = urls[urls.length - 1];
    if (last && k < last[1]) continue; // a URL nested in another one's query is part of it
    const u = urlAt(ctx, ns, k);
    if (u) urls.push(u);
  }
  let ui = 0;
  for (let k = N.indexOf('@'); k >= 0; k = N.indexOf('@', k + 1)) {
    while (ui < urls.length && (urls[ui]?.[1] ?? 0) <= k) ui++;
    if (ui < urls.length && (urls[ui]?.[0] ?? 0) <= k) continue;
    const lastT = taken[taken.length - 1];
    if (lastT && k < lastT[1]) continue;
    const r = atSign(ctx, ns, k);
    if (r) taken.push(r);
  }
  if (mayHoldColonForm(N)) colonForms(ctx, ns, urls, taken);
  const blocks = mergeRanges(urls, taken);
  let bi = 0;
  let i = 0;
  while (i < N.length) {
    while (bi < blocks.length && (blocks[bi]?.[1] ?? 0) <= i) bi++;
    const blk = blocks[bi];
    if (blk && blk[0] <= i) {
      // Inside a URL only wallet addresses (and hashes when asked) are reported.
      if (blk[2]) runs(ctx, ns, blk[0], blk[1]);
      i = blk[1];
      bi++;
      continue;
    }
    const stop = blk ? blk[0] : N.length;
    let j = i;
    while (j < stop && isHostChar(N.charCodeAt(j))) j++;
    i = j > i ? Math.max(j, hostRun(ctx, ns, i, j)) : i + 1;
  }
}

/** Merges two start-sorted range lists into one, each range tagged: true = URL. */
function mergeRanges(urls: Range[], taken: Range[]): Array<[number, number, boolean]> {
  const out: Array<[number, number, boolean]> = [];
  let a = 0;
  let b = 0;
  while (a < urls.length || b < taken.length) {
    const u = urls[a];
    const t = taken[b];
    if (u && (!t || u[0] <= t[0])) {
      out.push([u[0], u[1], true]);
      a++;
    } else if (t) {
      out.push([t[0], t[1], false]);
      b++;
    }
  }
  return out;
}

/** Runs of word characters inside [a, b), classified as single words (used inside URLs). */
function runs(ctx: ScanContext, ns: NormalizedSpan, a: number, b: number): void {
  const N = ns.norm;
  let i = a;
  while (i < b) {
    let j = i;
    while (j < b && isWordChar(N.charCodeAt(j))) j++;
    if (j - i >= 25) classifyWord(ctx, ns, i, j, true);
    i = j + 1;
  }
}

const isEdgePunct = (c: number): boolean => c === 46 || c === 45 || c === 95;
const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A run of host characters [a, b): IPv4, ATT&CK sub-technique, domain (+ bare URL), or words.
 * Returns where scanning goes on (past the path of a bare URL).
 */
function hostRun(ctx: ScanContext, ns: NormalizedSpan, a0: number, b0: number): number {
  const N = ns.norm;
  let a = a0;
  let b = b0;
  while (a < b && isEdgePunct(N.charCodeAt(a))) a++;
  while (b > a && isEdgePunct(N.charCodeAt(b - 1))) b--;
  if (b <= a) return b0;
  let dot = false;
  for (let k = a; k < b; k++) {
    if (N.charCodeAt(k) === 46) {
      dot = true;
      break;
    }
  }
  if (!dot && b - a < 4) {
    // Short words hold nothing but the start of a phone number (`+1 …`, `(030) …`) or `AS1`.
    const prev = codeAt(N, a - 1);
    if (
      prev !== 43 &&
      prev !== 40 &&
      !(ctx.region && N.charCodeAt(a) === 48) &&
      !(N.charCodeAt(a) === 65 && N.charCodeAt(a + 1) === 83)
    )
      return b0;
  }
  if (!dot) {
    classifyWord(ctx, ns, a, b, false);
    return b0;
  }
  const w = N.slice(a, b);
  if (N.charCodeAt(a) === 84 && ATTACK_SUB.test(w)) {
    const [s, e, d] = rawRange(ctx, ns, a, b);
    ctx.emit('attack', w, s, e, d);
    return b0;
  }
  if (digitsAndDots(N, a, b)) {
    // Four parts or none: `1.1`, `10.0`, `5.0` (versions in logs and user agents) end here unparsed.
    const o = dotCount(N, a, b) === 3 ? parseIPv4(w) : null;
    if (!o) {
      // Not an IPv4 (version 1.2.3.4.5, dates): its parts may still be card/phone anchors.
      return b0;
    }
    const [s, e, d] = rawRange(ctx, ns, a, b);
    const before = codeAt(ctx.text, s - 1);
    if (
      (mayBeVersionContext(ctx.text, Math.max(0, s - 48), s) && ctx.near(VERSION_CONTEXT, s, e, 48)) ||
      before === 46 ||
      (codeAt(ctx.text, e) === 46 && isDigit(codeAt(ctx.text, e + 1)))
    )
      return b0;
    const extra: Record<string, unknown> = { scope: ipv4Scope(o) };
    const next = codeAt(N, b);
    const port = next === 58 ? PORT.exec(N.slice(b, b + 7)) : null;
    if (port) extra.port = Number(port[1]);
    const cidr = next === 47 ? CIDR.exec(N.slice(b, b + 4)) : null;
    if (cidr && Number(cidr[1]) <= 32) extra.cidr = `${o.join('.')}/${cidr[1]}`;
    ctx.emit('ipv4', ipv4Text(w, o), s, e, d, extra);
    return b0;
  }
  const dom = checkDomain(w);
  if (!dom) {
    // `name.exe`, `v1.2`, `e.g`: not a domain; long parts may still be hashes or wallets.
    let i = a;
    for (let k = a; k <= b; k++) {
      if (k === b || N.charCodeAt(k) === 46) {
        if (k - i >= 25) classifyWord(ctx, ns, i, k, false);
        i = k + 1;
      }
    }
    return b0;
  }
  const [s, e, defanged] = rawRange(ctx, ns, a, b);
  const hasPath = N[b] === '/' && b + 1 < N.length && urlBodyEnd(N, b) > b + 1;
  if (!defanged && !hasPath && isProbablyNotDomain(w, dom.publicSuffix)) return b0;
  if (hasPath) {
    const end = urlBodyEnd(N, b);
    const [us, ue, ud] = rawRange(ctx, ns, a, end);
    ctx.emit('url', dom.value + N.slice(b, end), us, ue, ud, { host: dom.value, schemeless: true });
    telegramFromUrl(ctx, ns, dom.value, b, end);
    if (!ctx.urlHosts) return end;
  }
  if (dom.kind === 'onion') ctx.emit('onion', dom.value, s, e, defanged);
  else ctx.emit('domain', dom.value, s, e, defanged, domainExtra(dom));
  return hasPath ? urlBodyEnd(N, b) : b0;
}

/** Product names written like domains (`ASP.NET`); written in lower case they are taken as domains. */
const CAPITALISED = /^[A-Z][a-z]+$/;
const CODE_NAMES = new Set(['asp.net', 'vb.net', 'ado.net', 'f.net', 'dot.net']);

/**
 * File names and code identifiers that happen to end in a real suffix: `install.sh`, `clip.mov`,
 * `System.Net`, and sentence breaks without a space (`end.It`).
 */
function isProbablyNotDomain(w: string, suffix: string): boolean {
  // Runs on every bare domain: no split, no lower-casing unless the name could be a code name.
  const lastDot = w.lastIndexOf('.');
  const twoLabels = lastDot >= 0 && w.indexOf('.') === lastDot;
  if (twoLabels && FILE_EXTENSION_TLDS.has(suffix)) return true;
  if (w.length <= 16) {
    const lower = w.toLowerCase();
    if (CODE_NAMES.has(lower) && w !== lower) return true;
  }
  return twoLabels && CAPITALISED.test(w.slice(lastDot + 1));
}

/** An `@`: e-mail address (local part before it), or a Telegram handle in context. */
function atSign(ctx: ScanContext, ns: NormalizedSpan, k: number): Range | null {
  const N = ns.norm;
  let l = k;
  while (l > 0 && k - l <= 64 && isLocalChar(N.charCodeAt(l - 1))) l--;
  while (l < k && N[l] === '.') l++;
  let r = k + 1;
  while (r < N.length && r - k < 256 && isHostChar(N.charCodeAt(r))) r++;
  while (r > k + 1 && '.-_'.includes(N[r - 1] ?? '')) r--;
  if (l === k) return telegramHandle(ctx, ns, k, r);
  let dot = false;
  for (let q = k + 1; q < r && !dot; q++) dot = N.charCodeAt(q) === 46;
  if (!dot) return null; // an e-mail domain has at least one dot
  const local = N.slice(l, k);
  if (local.endsWith('.') || local.length > 64) return null;
  const dom = checkDomain(N.slice(k + 1, r));
  if (dom?.kind !== 'domain') return null;
  const [s, e, d] = rawRange(ctx, ns, l, r);
  const extra: Record<string, unknown> = { domain: dom.value };
  if (dom.punycode !== dom.unicode) extra.punycode = `${local.toLowerCase()}@${dom.punycode}`;
  if (dom.mixedScript) extra.mixedScript = true;
  ctx.emit('email', `${local.toLowerCase()}@${dom.value}`, s, e, d, extra);
  return [l, r];
}

function telegramHandle(ctx: ScanContext, ns: NormalizedSpan, k: number, r: number): Range | null {
  const h = ns.norm.slice(k + 1, r);
  if (!/^[A-Za-z][A-Za-z0-9_]{4,31}$/.test(h)) return null;
  const [s, e, d] = rawRange(ctx, ns, k, r);
  if (!ctx.near(TELEGRAM_CONTEXT, s, e, 200, 80)) return null;
  ctx.emit('telegram', `@${h.toLowerCase()}`, s, e, d);
  return [k, r];
}

const isHexColon = (c: number): boolean =>
  (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;

function colons(w: string): number {
  let n = 0;
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) === 58) n++;
  return n;
}

/**
 * A necessary condition for `colonForms` to find anything in `N`: a MAC address has five colons,
 * an IPv6 address `::` or seven colons, and each is a part of `N`.
 */
function mayHoldColonForm(N: string): boolean {
  let n = 0;
  for (let k = N.indexOf(':'); k >= 0; k = N.indexOf(':', k + 1)) {
    if (++n >= 5 || (k + 1 < N.length && N.charCodeAt(k + 1) === 58)) return true;
  }
  return false;
}

/** IPv6 addresses and colon-separated MAC addresses around each `:` outside URLs. */
function colonForms(ctx: ScanContext, ns: NormalizedSpan, urls: Range[], taken: Range[]): void {
  const N = ns.norm;
  const before = mergeRanges(urls, taken);
  let bi = 0;
  for (let k = N.indexOf(':'); k >= 0; k = N.indexOf(':', k + 1)) {
    while (bi < before.length && (before[bi]?.[1] ?? 0) <= k) bi++;
    if (bi < before.length && (before[bi]?.[0] ?? 0) <= k) continue;
    let a = k;
    while (a > 0 && isHexColon(N.charCodeAt(a - 1))) a--;
    let b = k;
    while (b < N.length && isHexColon(N.charCodeAt(b))) b++;
    while (b > k && (N[b - 1] === '.' || N[b - 1] === ':') && !N.slice(a, b).endsWith('::')) b--;
    if (N[a] === '.') a++;
    const nextK = b;
    const w = N.slice(a, b);
    const bounded = !isIdentChar(codeAt(N, a - 1)) && !isIdentChar(codeAt(N, b));
    if (bounded && MAC_COLON.test(w)) {
      const [s, e, d] = rawRange(ctx, ns, a, b);
      ctx.emit('mac', w.toLowerCase(), s, e, d);
      taken.push([a, b]);
    } else if (bounded && (w.includes('::') || colons(w) >= 7) && HEX_PAIR.test(w)) {
      const g = ipv6Groups(w);
      if (g) {
        const [s, e, d] = rawRange(ctx, ns, a, b);
        ctx.emit('ipv6', canonicalIPv6(g), s, e, d, { scope: ipv6Scope(g) });
        taken.push([a, b]);
      }
    }
    k = Math.max(k, nextK - 1);
  }
}
