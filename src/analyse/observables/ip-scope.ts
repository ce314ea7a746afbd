/**
 * @module analyse/observables/ip-scope
 * Strict IPv4/IPv6 parsing and the `scope` an analyst needs to judge an address: private,
 * loopback and documentation ranges are reported with their scope, never silently dropped.
 */
import { isIPv6 } from 'node:net';

export type IpScope =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'documentation'
  | 'reserved'
  | 'multicast'
  | 'broadcast'
  | 'shared'
  | 'benchmark'
  | 'this-network'
  | 'unique-local'
  | 'unspecified'
  | 'ipv4-mapped'
  | 'global';

/**
 * Parses dotted-quad IPv4 strictly: exactly four decimal parts 0..255, at most three digits each.
 * Leading zeros are read as decimal (never octal, unlike `inet_aton`); returns the four octets.
 */
export function parseIPv4(s: string): [number, number, number, number] | null {
  const out: number[] = [];
  let v = 0;
  let digits = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      if (++digits > 3) return null;
    } else if (c === 46) {
      if (digits === 0 || v > 255) return null;
      out.push(v);
      v = 0;
      digits = 0;
    } else return null;
  }
  return out.length === 4 ? (out as [number, number, number, number]) : null;
}

/** Scope of an IPv4 address (IANA special-purpose registry, RFC 6890). */
export function ipv4Scope(o: readonly number[]): IpScope {
  const [a = 0, b = 0, c = 0, d = 0] = o;
  if (a === 0) return 'this-network';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'shared';
  if (
    (a === 192 && b === 0 && c === 2) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113)
  )
    return 'documentation';
  if (a === 198 && (b === 18 || b === 19)) return 'benchmark';
  if (a === 192 && b === 0 && c === 0) return 'reserved';
  if (a >= 224 && a <= 239) return 'multicast';
  if (a === 255 && b === 255 && c === 255 && d === 255) return 'broadcast';
  if (a >= 240) return 'reserved';
  return 'public';
}

/** Expands a valid IPv6 text to its eight 16-bit groups; null if not valid IPv6. */
export function parseIPv6(s: string): number[] | null {
  if (!isIPv6(s) || s.includes('%')) return null;
  let text = s.toLowerCase();
  const groups: number[] = [];
  const last = text.lastIndexOf(':');
  const tail = text.slice(last + 1);
  if (tail.includes('.')) {
    // Embedded IPv4 (`::ffff:1.2.3.4`): rewrite it as two hex groups first.
    const o = parseIPv4(tail);
    if (!o) return null;
    text = `${text.slice(0, last + 1)}${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const h = head === '' ? [] : head.split(':');
  const r = rest === undefined || rest === '' ? [] : rest.split(':');
  const fill = rest === undefined ? 0 : 8 - h.length - r.length;
  for (const x of h) groups.push(Number.parseInt(x, 16));
  for (let i = 0; i < fill; i++) groups.push(0);
  for (const x of r) groups.push(Number.parseInt(x, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/** RFC 5952 canonical text: lower case, no leading zeros, longest zero run (≥ 2) compressed. */
export function canonicalIPv6(g: readonly number[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = g.map((x) => x.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** Scope of an IPv6 address (RFC 6890, RFC 4291, RFC 3849 documentation prefix). */
export function ipv6Scope(g: readonly number[]): IpScope {
  const [a = 0, b = 0] = g;
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return 'ipv4-mapped';
  if (a === 0x2001 && b === 0x0db8) return 'documentation';
  if ((a & 0xffc0) === 0xfe80) return 'link-local';
  if ((a & 0xfe00) === 0xfc00) return 'unique-local';
  if ((a & 0xff00) === 0xff00) return 'multicast';
  if ((a & 0xe000) === 0x2000) return 'global';
  return 'reserved';
}
