/**
 * @module analyse/triage/signals/link-signals
 * Links and their shape: how many, and whether their hosts look like a phishing kit's (raw IP,
 * shortener, punycode, cheap TLD, free hosting, brand name on a foreign domain, lure words), plus HTML anchors
 * whose visible text names a different host than the real target.
 */

import { BRANDS, LURE_HOST_WORDS, namesBrand, RISKY_TLDS, SHORTENERS } from './brands.js';
import { freeHostingPlatform } from './free-hosting.js';
import type { SignalHit, SignalName } from './signal-names.js';
import { getDomain, getHostname } from './tld-parser.js';

const URL_IN_TEXT_RE =
  /\b(?:(?:https?|hxxps?):\/\/[^\s<>"'{}|\\^`\]]+|www\.[^\s<>"'{}|\\^`\]]+|(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s<>"']*)/gi;
const HREF_RE = /<a\b[^>]*?href\s*=\s*["']?([^"'\s>]+)["']?[^>]*>([\s\S]{0,300}?)<\/a>/gi;
const IPV4_HOST_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const MAX_LINKS = 200;

/** The host of a URL-ish string, lower-cased, or '' when it has none. */
export function hostOf(url: string): string {
  const cleaned = url.replace(/^hxxp/i, 'http').replace(/[.,;:!?)]+$/, '');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(cleaned) ? cleaned : `http://${cleaned}`;
  return (getHostname(withScheme) ?? '').toLowerCase();
}

/** Adds the kit-like traits of `host`; returns its registrable domain ('' when there is no host). */
function hostTraits(url: string, host: string, add: (n: SignalName, e: string) => void): string {
  if (host === '') return '';
  if (IPV4_HOST_RE.test(host) || host.startsWith('[')) add('link-ip-host', url);
  const domain = getDomain(host) ?? host;
  if (SHORTENERS.has(domain) || SHORTENERS.has(host)) add('link-shortener', url);
  if (host.includes('xn--') || /[^\x00-\x7f]/.test(host)) add('link-punycode-or-mixed-script', url);
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (RISKY_TLDS.has(tld)) add('link-risky-tld', url);
  if (freeHostingPlatform(host)) add('link-free-hosting', url);
  if (foreignBrand(host, domain, (s) => s)) add('link-brand-in-foreign-host', url);
  const sub = host.slice(0, Math.max(0, host.length - domain.length));
  const hostWords = `${sub} ${domain.slice(0, domain.indexOf('.'))}`;
  if (LURE_HOST_WORDS.some((w) => hostWords.includes(w))) add('link-lure-words-in-host', url);
  if (/^[a-z]+:\/\/[^/]*@/i.test(url) || /:\d{2,5}(?:\/|$)/.test(url.replace(/^[a-z]+:\/\//i, ''))) {
    add('link-userinfo-or-odd-port', url);
  }
  return domain;
}

/**
 * Link signals of a message body (plain text and, if present, HTML). `domains`, when given,
 * receives the registrable domain of every link ('' for a link whose host does not parse).
 */
export function linkSignals(text: string, html: string | undefined, domains?: Set<string>): SignalHit[] {
  const found = new Map<SignalName, SignalHit>();
  const add = (name: SignalName, evidence: string): void => {
    const hit = found.get(name);
    if (hit) hit.value += 1;
    else found.set(name, { name, value: 1, evidence: evidence.slice(0, 120) });
  };
  const urls = new Set<string>();
  for (const m of text.matchAll(URL_IN_TEXT_RE)) {
    if (urls.size >= MAX_LINKS) break;
    urls.add(m[0]);
  }
  if (html) {
    let n = 0;
    for (const m of html.matchAll(HREF_RE)) {
      if (++n > MAX_LINKS) break;
      const href = m[1] ?? '';
      if (!/^(?:https?:|hxxp|www\.)/i.test(href)) continue;
      urls.add(href);
      const anchor = (m[2] ?? '').replace(/<[^>]*>/g, '').trim();
      const anchorUrl = anchor.match(/(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}/i)?.[0];
      if (anchorUrl) {
        const shown = getDomain(hostOf(anchorUrl));
        const real = getDomain(hostOf(href));
        if (shown && real && shown !== real) add('link-anchor-mismatch', `${anchor.slice(0, 50)} -> ${href}`);
      }
    }
  }
  for (const url of urls) {
    add('link', url);
    const domain = hostTraits(url, hostOf(url), add);
    domains?.add(domain);
  }
  if (urls.size >= 6)
    found.set('many-links', { name: 'many-links', value: 1, evidence: `${urls.size} links` });
  const out = [...found.values()];
  // Counts are compressed: the fifth link says less than the first.
  for (const h of out) h.value = Math.log2(1 + h.value);
  return out;
}

// Digits and letter pairs that pass for a letter at a glance (paypa1, micr0soft, rnicrosoft).
const LOOKALIKE_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/0/g, 'o'],
  [/1/g, 'l'],
  [/3/g, 'e'],
  [/5/g, 's'],
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

/**
 * Why a sender's registrable domain looks like a phishing kit's, or undefined: the link host traits
 * (brand on a foreign domain, lure words, cheap TLD, punycode) plus a brand spelt with look-alike
 * characters. An attacker can pass DKIM/DMARC for a domain of their own; this is what such a
 * domain gives away. Not a signal of its own: it withholds `authenticated-sender`, and with it
 * every damping that signal allows.
 */
export function senderDomainRisk(domain: string): string | undefined {
  let risk: string | undefined;
  hostTraits(domain, domain, (name) => {
    risk ??= name;
  });
  if (risk) return `${risk}: ${domain}`;
  const fold = (s: string): string => LOOKALIKE_FOLDS.reduce((d, [re, to]) => d.replace(re, to), s);
  const brand = foreignBrand(domain, domain, fold);
  return brand ? `look-alike of ${brand}: ${domain}` : undefined;
}

/**
 * The brand `host` names (`namesBrand`) although its registrable `domain` is not the brand's, or
 * undefined. Its words are the hyphen/dot-separated tokens left of the public suffix, so a short
 * brand never counts in the suffix itself (the `.ing` TLD). `fold` maps look-alike characters back
 * to letters first.
 */
function foreignBrand(host: string, domain: string, fold: (s: string) => string): string | undefined {
  const compact = fold(host.replace(/[-.]/g, ''));
  const dot = domain.indexOf('.');
  const head = dot < 0 ? host : host.slice(0, Math.max(0, host.length - (domain.length - dot)));
  const tokens = head.split(/[-.]/).map(fold);
  return BRANDS.find((b) => !b.domains.includes(domain) && namesBrand(b, compact, tokens))?.word;
}

/** Whether a link on `domain` stays with the sender `own`: the same registrable domain or the same brand's. */
export function sameOwner(domain: string, own: string): boolean {
  return domain === own || BRANDS.some((b) => b.domains.includes(own) && b.domains.includes(domain));
}
