/**
 * @module analyse/observables/domain-check
 * Decides whether a host name is a real domain (its suffix is on the ICANN public suffix list and
 * it has a registrable label), and returns its Unicode and punycode forms and the mixed-script
 * flag that feeds impersonation detection. Onion services are recognised here too.
 */
import { domainToASCII, domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import { memoize } from './memoize.js';
import { isMixedScript } from './mixed-script.js';

export interface DomainInfo {
  kind: 'domain' | 'onion';
  /** Lower-case, as written (Unicode stays Unicode); trailing dot removed. */
  value: string;
  unicode: string;
  punycode: string;
  /** Registrable domain (eTLD+1) in punycode. */
  registrable: string;
  publicSuffix: string;
  /** True when a label mixes scripts (e.g. Latin with Cyrillic look-alikes). */
  mixedScript: boolean;
}

const TLDTS_OPTS = {
  extractHostname: false,
  validateHosts: false,
  detectIp: false,
  mixedInputs: false,
} as const;
const ONION_V3 = /^(?:[a-z0-9-]+\.)*[a-z2-7]{56}\.onion$/;
const ONION_V2 = /^(?:[a-z0-9-]+\.)*[a-z2-7]{16}\.onion$/;

/** Label syntax (after lower-casing): 1..63 chars, no leading or trailing hyphen. */
function labelsOk(host: string): boolean {
  if (host.length > 253) return false;
  let start = 0;
  for (let i = 0; i <= host.length; i++) {
    if (i === host.length || host.charCodeAt(i) === 46) {
      const len = i - start;
      if (len < 1 || len > 63) return false;
      if (host.charCodeAt(start) === 45 || host.charCodeAt(i - 1) === 45) return false;
      start = i + 1;
    }
  }
  return true;
}

/** Checks a candidate host; returns null when it is not a domain on the public suffix list. */
export const checkDomain: (host: string) => DomainInfo | null = memoize(checkDomainUncached);

function checkDomainUncached(host: string): DomainInfo | null {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  if (h.indexOf('.') < 0 || !labelsOk(h)) return null;
  if (h.endsWith('.onion')) {
    if (!ONION_V3.test(h) && !ONION_V2.test(h)) return null;
    return {
      kind: 'onion',
      value: h,
      unicode: h,
      punycode: h,
      registrable: h,
      publicSuffix: 'onion',
      mixedScript: false,
    };
  }
  let ascii = h;
  let nonAscii = false;
  for (let i = 0; i < h.length; i++) {
    if (h.charCodeAt(i) > 127) {
      nonAscii = true;
      break;
    }
  }
  if (nonAscii) {
    ascii = domainToASCII(h);
    if (ascii === '') return null;
  } else if (h.includes('_')) {
    // Underscores appear in DNS service labels (`_dmarc`) but never in the registrable part.
    const last2 = h.split('.').slice(-2).join('.');
    if (last2.includes('_')) return null;
  }
  const tld = ascii.slice(ascii.lastIndexOf('.') + 1);
  if (!/^(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/.test(tld)) return null;
  const r = parse(ascii, TLDTS_OPTS);
  if (!r.isIcann || r.domain === null || r.publicSuffix === null) return null;
  const unicode = nonAscii || ascii.includes('xn--') ? domainToUnicode(ascii) : h;
  return {
    kind: 'domain',
    value: h,
    unicode,
    punycode: ascii,
    registrable: r.domain,
    publicSuffix: r.publicSuffix,
    mixedScript: unicode === ascii ? false : unicode.split('.').some(isMixedScript),
  };
}

/**
 * Suffixes that are far more often file extensions than domains in evidence text (`main.py`,
 * `install.sh`, `README.md`, `main.rs`, `clip.mov`); a bare two-label "domain" ending in one of
 * them is taken for a file name unless it was defanged or appears in a URL or e-mail address.
 */
export const FILE_EXTENSION_TLDS: ReadonlySet<string> = new Set([
  'zip',
  'mov',
  'py',
  'sh',
  'md',
  'rs',
  'tf',
  'pm',
  'la',
  'ps',
  'gs',
  'exe',
  'dll',
  'bat',
  'log',
]);
