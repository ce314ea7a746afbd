/**
 * @module graph/infrastructure-keys
 * The infrastructure a message points at, as keys two messages of one operation share even when
 * their text differs completely (a translation): phone numbers, wallets, IBANs, e-mail addresses,
 * reply-to, sender domain, URLs, landing domains and URL path patterns (a phishing kit keeps its
 * path when the operator rotates domains).
 *
 * Keys that say nothing about the operator are dropped: free-mail and large-platform domains,
 * URL shorteners' bare domains, and trivial paths such as `/` or `/login`.
 */

import { WALLET_TYPES } from '../core/observable.js';
import type { CampaignMessage } from './campaign-message.js';
import { canonicalParty, canonicalValue, registrableDomain, urlHost } from './normalise-entity.js';

/** A key with the weight its shared presence gives to "same operation". */
export interface InfraKey {
  key: string;
  /** Contract type for reporting (`phone`, `btc`, `domain`, `url-path`…). */
  type: string;
  value: string;
  weight: number;
}

/** Domains whose presence links nothing: mail providers, platforms, shorteners. */
const SHARED_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.fr',
  'yahoo.de',
  'ymail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.fr',
  'hotmail.de',
  'live.com',
  'msn.com',
  'aol.com',
  'icloud.com',
  'me.com',
  'mail.com',
  'gmx.de',
  'gmx.net',
  'gmx.com',
  'web.de',
  't-online.de',
  'proton.me',
  'protonmail.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'virgilio.it',
  'wp.pl',
  'o2.pl',
  'seznam.cz',
  'zoho.com',
  'tutanota.com',
  'google.com',
  'microsoft.com',
  'apple.com',
  'facebook.com',
  'whatsapp.com',
  'telegram.org',
  't.me',
  'wa.me',
  'youtube.com',
  'twitter.com',
  'x.com',
  'instagram.com',
  'linkedin.com',
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'cutt.ly',
  'rebrand.ly',
  't.co',
  'shorturl.at',
  'rb.gy',
  'tiny.cc',
  'buff.ly',
  'github.com',
  'dropbox.com',
  'docs.google.com',
  'sharepoint.com',
  'amazonaws.com',
  'cloudfront.net',
  'azurewebsites.net',
  'w3.org',
  'example.com',
]);

/** Paths so common they are no pattern at all. */
const TRIVIAL_PATHS: ReadonlySet<string> = new Set([
  '/',
  '/index.html',
  '/index.php',
  '/login',
  '/signin',
  '/home',
  '/account',
  '/verify',
  '/track',
  '/{n}',
  '/{x}',
  '/login.php',
  '/en',
  '/de',
  '/fr',
]);

/**
 * Path shape of a URL: digits become `{n}`, long random-looking tokens `{x}`, the query keeps
 * only its parameter names. `https://a.xyz/parcel/track.php?id=88123` → `/parcel/track.php?id`.
 */
export function urlPathPattern(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)(\?[^#]*)?/i.exec(url);
  if (!m) return undefined;
  // Kit paths are kept verbatim (`/support-1jft/verify.php` is a fingerprint); only per-victim
  // tokens are generalised: all-digit segments and long random-looking ones.
  const path = (m[1] || '/')
    .toLowerCase()
    .split('/')
    .map((seg) => (/^\d+$/.test(seg) ? '{n}' : /^[a-z0-9_-]{16,}$/.test(seg) && /\d/.test(seg) ? '{x}' : seg))
    .join('/')
    .replace(/\/+$/, '');
  const params = m[2]
    ? m[2]
        .slice(1)
        .split('&')
        .map((kv) => kv.split('=')[0]?.toLowerCase() ?? '')
        .filter((k) => k.length > 0)
        .sort()
        .join('&')
    : '';
  const pattern = (path || '/') + (params ? `?${params}` : '');
  return pattern;
}

function isDistinctivePath(pattern: string): boolean {
  if (TRIVIAL_PATHS.has(pattern)) return false;
  // A single short segment (`/pay`, `/{n}`) is too common to tie domains together.
  const letters = pattern.replace(/\{[nx]\}|[^a-z]/g, '');
  return (
    letters.length >= 6 && (pattern.split('/').length > 2 || pattern.includes('?') || pattern.includes('.'))
  );
}

function add(out: Map<string, InfraKey>, type: string, value: string, weight: number, family = type): void {
  const key = `${family}:${value}`;
  const prev = out.get(key);
  if (!prev || prev.weight < weight) out.set(key, { key, type, value, weight });
}

/** The infrastructure keys of one message, deduplicated, in a stable order. */
export function infrastructureKeys(msg: CampaignMessage): InfraKey[] {
  const out = new Map<string, InfraKey>();
  for (const ind of msg.indicators) {
    const value = canonicalValue(ind.type, ind.value);
    if (WALLET_TYPES.has(ind.type)) add(out, ind.type, value, 1, 'wallet');
    else if (ind.type === 'iban' || ind.type === 'phone' || ind.type === 'telegram' || ind.type === 'onion') {
      add(out, ind.type, value, 1);
    } else if (ind.type === 'email') {
      const dom = value.split('@')[1] ?? '';
      add(out, 'email', value, 1);
      if (dom && !SHARED_DOMAINS.has(registrableDomain(dom))) add(out, 'domain', registrableDomain(dom), 0.8);
    } else if (ind.type === 'url') {
      const host = urlHost(value);
      const dom = host ? registrableDomain(host) : undefined;
      const shared = dom !== undefined && SHARED_DOMAINS.has(dom);
      add(out, 'url', value, 1);
      if (dom && !shared) add(out, 'domain', dom, 0.9);
      const pattern = shared ? undefined : urlPathPattern(value);
      if (pattern && isDistinctivePath(pattern)) add(out, 'url-path', pattern, 0.7);
    } else if (ind.type === 'domain') {
      const dom = registrableDomain(value);
      if (!SHARED_DOMAINS.has(dom)) add(out, 'domain', dom, 0.9);
    } else if (ind.type === 'ipv4' || ind.type === 'ipv6') add(out, ind.type, value, 0.9, 'ip');
  }
  // Legitimate mail shares senders and domains (colleagues, newsletters) without being a
  // campaign: for messages judged ham only the operator-grade keys above count.
  if (msg.verdict === 'ham') {
    for (const [key, k] of out) if (k.type === 'domain' || k.type === 'url-path') out.delete(key);
    return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  if (msg.sender) {
    const p = canonicalParty(msg.sender);
    add(out, p.kind === 'handle' ? 'handle' : p.kind, p.value, 1, `sender-${p.kind}`);
    if (p.kind === 'email') {
      const dom = registrableDomain(p.value.split('@')[1] ?? '');
      if (dom && !SHARED_DOMAINS.has(dom)) add(out, 'domain', dom, 0.6, 'sender-domain');
    }
  }
  for (const r of msg.replyTo ?? []) {
    const p = canonicalParty(r);
    add(out, p.kind === 'handle' ? 'handle' : p.kind, p.value, 1, `reply-to`);
  }
  return [...out.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
