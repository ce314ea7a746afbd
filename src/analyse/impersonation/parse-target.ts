/**
 * @module analyse/impersonation/parse-target
 * Turns what an analyst pastes (a domain, a URL, an e-mail address, a defanged indicator) into a
 * validated host plus the URL path. Never throws: bad input yields `{ ok: false, error }` with a
 * one-line reason, so `check` can answer `target: null` with an `error` field instead of crashing.
 */
import { domainToASCII, domainToUnicode } from 'node:url';

export type ParsedTarget =
  | {
      ok: true;
      /** ASCII (punycode) lower-case host without a trailing dot. */
      host: string;
      /** The same host in Unicode, as a reader sees it. */
      unicodeHost: string;
      /** Path, query and fragment of a URL (lower-case), '' for a bare domain. */
      path: string;
    }
  | { ok: false; error: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const IPV4ISH = /^[0-9.]+$|^0x[0-9a-f]+$/i;
const ASCII_LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;

/** Undoes common defanging: `hxxp`, `[.]`, `(.)`, `{.}`, `[dot]`. */
function refang(s: string): string {
  return s
    .replace(/^hxxp/i, 'http')
    .replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/gi, '.')
    .replace(/\[:\]/g, ':');
}

export function parseTarget(input: string): ParsedTarget {
  let s = refang(input.trim());
  if (s === '') return { ok: false, error: 'empty input' };
  let path = '';
  if (SCHEME.test(s) || s.startsWith('//')) {
    s = s.replace(SCHEME, '').replace(/^\/\//, '');
    const cut = s.search(/[/?#\\]/);
    if (cut >= 0) {
      path = s.slice(cut);
      s = s.slice(0, cut);
    }
    const at = s.lastIndexOf('@');
    if (at >= 0) s = s.slice(at + 1);
    if (s === '') return { ok: false, error: 'URL without a host' };
  } else {
    const cut = s.search(/[/?#\\]/);
    if (cut >= 0) {
      path = s.slice(cut);
      s = s.slice(0, cut);
    }
    const at = s.lastIndexOf('@');
    if (at >= 0) s = s.slice(at + 1); // an e-mail address: its domain
    if (s === '') return { ok: false, error: 'no host' };
  }
  if (s.startsWith('[')) return { ok: false, error: 'IP literal, not a domain name' };
  s = s.replace(/:\d*$/, '').toLowerCase();
  if (s.endsWith('.')) s = s.slice(0, -1);
  if (s === '') return { ok: false, error: 'no host' };
  if (s.includes(':')) return { ok: false, error: 'IP literal, not a domain name' };
  if (s.split('.').some((l) => l === '')) return { ok: false, error: 'empty label' };
  if (IPV4ISH.test(s)) return { ok: false, error: 'IP literal, not a domain name' };
  // Unicode input is converted per UTS #46; failures are characters no domain can hold.
  const host = /^[\x00-\x7f]*$/.test(s) ? s : domainToASCII(s);
  if (host === '') return { ok: false, error: 'not a valid internationalised domain name' };
  if (host.length > 253) return { ok: false, error: `name longer than 253 characters (${host.length})` };
  const labels = host.split('.');
  if (labels.length < 2) return { ok: false, error: 'not a domain name (a single label)' };
  for (const label of labels) {
    if (label === '') return { ok: false, error: 'empty label' };
    if (label.length > 63) return { ok: false, error: `label longer than 63 characters (${label.length})` };
    if (!ASCII_LABEL.test(label)) return { ok: false, error: `invalid characters in label "${label}"` };
    if (label.startsWith('xn--')) {
      const u = domainToUnicode(label);
      // A valid A-label decodes to non-ASCII text that encodes back to exactly the same label.
      if (u === '' || /^[\x00-\x7f]*$/.test(u) || domainToASCII(u) !== label) {
        return { ok: false, error: `invalid punycode label "${label}"` };
      }
    }
  }
  const tld = labels[labels.length - 1] ?? '';
  if (/^\d+$/.test(tld)) return { ok: false, error: 'IP literal, not a domain name' };
  if (tld.length < 2) return { ok: false, error: `invalid top-level domain "${tld}"` };
  const unicodeHost = host.includes('xn--') ? domainToUnicode(host) || host : host;
  return { ok: true, host, unicodeHost, path: path === '' ? '' : safeLower(path) };
}

function safeLower(path: string): string {
  try {
    return decodeURIComponent(path).toLowerCase();
  } catch {
    return path.toLowerCase();
  }
}
