/**
 * @module graph/normalise-entity
 * Entity resolution: two spellings of one real-world thing must become one graph node. Values
 * from the observables analyser are already normalised (refanged, lower-case host, E.164 phone,
 * compact IBAN); this adds the identity rules the graph needs on top: registrable domain,
 * case-folding where the format is case-insensitive, phone punctuation.
 */
import { domainToASCII } from 'node:url';
import { getDomain, getHostname } from 'tldts';
import { WALLET_TYPES } from '../core/observable.js';

/** Node families of the entity graph. */
export type EntityKind =
  | 'evidence'
  | 'party'
  | 'email'
  | 'domain'
  | 'url'
  | 'ip'
  | 'phone'
  | 'wallet'
  | 'wallet-cluster'
  | 'iban'
  | 'file'
  | 'brand'
  | 'handle'
  | 'other';

/** Which entity family an observable type belongs to. */
export function entityKindOf(type: string): EntityKind {
  if (WALLET_TYPES.has(type)) return 'wallet';
  switch (type) {
    case 'url':
      return 'url';
    case 'domain':
    case 'onion':
      return 'domain';
    case 'ipv4':
    case 'ipv6':
      return 'ip';
    case 'email':
      return 'email';
    case 'phone':
      return 'phone';
    case 'iban':
      return 'iban';
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
      return 'file';
    case 'telegram':
      return 'handle';
    default:
      return 'other';
  }
}

/** Registrable domain (`login.paypal.co.uk` → `paypal.co.uk`); the host itself for IPs and unknown suffixes. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  return getDomain(h, { allowPrivateDomains: false }) ?? h;
}

/** Host of a URL, lower-cased, or undefined when it has none. */
export function urlHost(url: string): string | undefined {
  return getHostname(url) ?? undefined;
}

/** Canonical value of an observable for identity (the node key), by type. */
export function canonicalValue(type: string, value: string): string {
  const v = value.trim();
  switch (type) {
    case 'domain':
    case 'onion':
    case 'email':
    case 'eth':
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
    case 'ipv6':
      // EIP-55 checksums are a spelling of the same address: compare case-folded.
      return v.toLowerCase();
    case 'phone':
      return v.replace(/[\s().-]/g, '');
    case 'iban':
      return v.replace(/\s/g, '').toUpperCase();
    case 'btc':
    case 'ltc':
      // Bech32 is case-insensitive (and lower-case canonically); base58 is case-sensitive.
      return /^(bc1|tb1|ltc1)/i.test(v) ? v.toLowerCase() : v;
    case 'url':
      return canonicalUrl(v);
    default:
      return v;
  }
}

/**
 * Lower-cases scheme and host (IDN hosts in punycode), drops a default port and a bare trailing
 * slash, and percent-encodes the characters RFC 3986 forbids (quotes, backslashes, spaces,
 * non-ASCII) so every URL is a valid URI — the form STIX requires — while existing `%XX` escapes are
 * kept as they are.
 */
export function canonicalUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(url);
  if (!m) return url;
  const scheme = (m[1] ?? '').toLowerCase();
  let host = (m[2] ?? '').toLowerCase();
  if ((scheme === 'http://' && host.endsWith(':80')) || (scheme === 'https://' && host.endsWith(':443'))) {
    host = host.replace(/:\d+$/, '');
  }
  if (/[^\x00-\x7f]/.test(host)) {
    const at = host.lastIndexOf('@');
    const hostname = host.slice(at + 1).replace(/:\d+$/, '');
    const ascii = domainToASCII(hostname);
    if (ascii) host = host.slice(0, at + 1) + ascii + host.slice(at + 1 + hostname.length);
  }
  const rest = m[3] === '/' ? '' : (m[3] ?? '');
  return `${scheme}${encodeUriChars(host)}${encodeUriChars(rest)}`;
}

/** Percent-encodes (as UTF-8) every character a URI may not contain; `%` itself is left alone. */
function encodeUriChars(s: string): string {
  return s.replace(/[^\x21-\x7e]|["<>\\^`{|}]/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%EF%BF%BD'; // a lone surrogate: U+FFFD, as a decoder would show it
    }
  });
}

/** Sender address as an entity: e-mail (lower-case) or phone (punctuation stripped) or handle. */
export function canonicalParty(address: string): { kind: 'email' | 'phone' | 'handle'; value: string } {
  const a = address.trim();
  if (a.includes('@')) return { kind: 'email', value: a.toLowerCase() };
  const digits = a.replace(/[\s().-]/g, '');
  if (/^\+?\d{5,16}$/.test(digits)) return { kind: 'phone', value: digits };
  return { kind: 'handle', value: a.toLowerCase() };
}
