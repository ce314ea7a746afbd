/**
 * @module analyse/observables/emit-host
 * Emits a host (the host of a URL, or a bare host in text) as the right observable: an IPv4 or
 * IPv6 address with its scope, an onion service, or a domain with its Unicode/punycode forms.
 */
import { checkDomain, type DomainInfo } from './domain-check.js';
import { canonicalIPv6, ipv4Scope, ipv6Scope, parseIPv4, parseIPv6 } from './ip-scope.js';
import { type NormalizedSpan, origEnd, origStart } from './normalize-span.js';
import type { Extra, ScanContext } from './scan-context.js';

/** Original [start, end) of normalised range [a, b), and whether it was written defanged. */
export function rawRange(
  ctx: ScanContext,
  ns: NormalizedSpan,
  a: number,
  b: number,
): [number, number, boolean] {
  const s = origStart(ns, a);
  const e = origEnd(ns, b - 1);
  return [s, e, ns.changed && ctx.text.slice(s, e) !== ns.norm.slice(a, b)];
}

/** Domain record extras: forms and flags investigators pivot on. */
export function domainExtra(d: DomainInfo): Extra {
  const x: Extra = { registrable: d.registrable };
  if (d.unicode !== d.punycode) {
    x.unicode = d.unicode;
    x.punycode = d.punycode;
  }
  if (d.mixedScript) x.mixedScript = true;
  return x;
}

export type HostKind = 'ipv4' | 'ipv6' | 'domain' | 'onion' | 'localhost';

export interface CheckedHost {
  kind: HostKind;
  value: string;
  extra: Extra;
}

/** Validates a host as written in a URL (IPv6 in brackets); null when it is no real host. */
export function checkHost(host: string): CheckedHost | null {
  if (host.startsWith('[') && host.endsWith(']')) {
    const g = parseIPv6(host.slice(1, -1));
    return g ? { kind: 'ipv6', value: canonicalIPv6(g), extra: { scope: ipv6Scope(g) } } : null;
  }
  const o = parseIPv4(host);
  if (o) return { kind: 'ipv4', value: o.join('.'), extra: { scope: ipv4Scope(o) } };
  if (/^[\d.]+$/.test(host)) return null;
  if (host.toLowerCase() === 'localhost') return { kind: 'localhost', value: 'localhost', extra: {} };
  const d = checkDomain(host);
  if (!d) return null;
  return { kind: d.kind, value: d.value, extra: d.kind === 'domain' ? domainExtra(d) : {} };
}

/** Emits a checked host found at normalised range [a, b). */
export function emitHost(ctx: ScanContext, ns: NormalizedSpan, a: number, b: number, h: CheckedHost): void {
  if (h.kind === 'localhost') return;
  const [s, e, defanged] = rawRange(ctx, ns, a, b);
  ctx.emit(h.kind, h.value, s, e, defanged, h.extra);
}
