/**
 * @module analyse/impersonation/punycode-label
 * RFC 3492 Punycode encoding of one label, written out because generation converts tens of
 * thousands of candidates per domain and the general UTS #46 path (`domainToASCII`, ≈ 9 µs a
 * call) dominated the time budget. Only used for labels whose every character is known to be a
 * valid, unmapped IDNA character (see `idnaIdentity`), so the result equals `domainToASCII`'s.
 */
import { domainToASCII, domainToUnicode } from 'node:url';

const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;

function adapt(delta: number, numPoints: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - TMIN) * TMAX) >> 1) {
    d = Math.floor(d / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * d) / (d + SKEW));
}

const digit = (d: number): string => String.fromCharCode(d < 26 ? 97 + d : 22 + d);

/** `xn--…` form of a label that contains at least one non-ASCII code point. */
export function punycodeLabel(label: string): string {
  const cps = Array.from(label, (c) => c.codePointAt(0) ?? 0);
  let out = '';
  for (const c of cps) if (c < 0x80) out += String.fromCharCode(c);
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  while (handled < cps.length) {
    let m = Number.MAX_SAFE_INTEGER;
    for (const c of cps) if (c >= n && c < m) m = c;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : k >= bias + TMAX ? TMAX : k - bias;
          if (q < t) break;
          out += digit(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        out += digit(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return `xn--${out}`;
}

const identity = new Map<string, boolean>();

/** True when IDNA (UTS #46) keeps `ch` unchanged inside a label, so `punycodeLabel` is exact. */
export function idnaIdentity(ch: string): boolean {
  let ok = identity.get(ch);
  if (ok === undefined) {
    const probe = `x${ch}x.com`;
    const a = domainToASCII(probe);
    ok = a !== '' && a.startsWith('xn--') && domainToUnicode(a) === probe;
    identity.set(ch, ok);
  }
  return ok;
}

/**
 * ASCII form of a lower-case Unicode domain name: the fast encoder when every non-ASCII
 * character is an IDNA identity character, `domainToASCII` otherwise ('' when invalid).
 */
export function toAsciiDomain(name: string): string {
  if (/^[\x00-\x7f]*$/.test(name)) return name;
  if (name.normalize('NFC') !== name) return domainToASCII(name);
  const labels = name.split('.');
  const out: string[] = [];
  for (const label of labels) {
    if (/^[\x00-\x7f]*$/.test(label)) {
      out.push(label);
      continue;
    }
    for (const ch of label) if (ch.charCodeAt(0) >= 0x80 && !idnaIdentity(ch)) return domainToASCII(name);
    out.push(punycodeLabel(label));
  }
  return out.join('.');
}
