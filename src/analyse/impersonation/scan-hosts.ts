/**
 * @module analyse/impersonation/scan-hosts
 * The hosts a message points to. Normally taken from the observables analyser's output (URLs,
 * domains, e-mail addresses); when that is empty (the impersonation analyser used on its own) a
 * small scan of our own finds `http(s)://` URLs, `href`s and `www.` hosts in the text and HTML.
 * Bounded: at most `MAX_HOSTS` distinct hosts per message.
 */
import type { Observable } from '../../core/observable.js';

export const MAX_HOSTS = 200;

export interface HostRef {
  /** The URL, domain or address as found (what `checkLookalike` receives). */
  value: string;
  /** Where it was found: the observable's `source`, or `text` / `html`. */
  source: string;
}

const URL_RE = /\b(?:https?|hxxps?):\/\/[^\s"'<>()]+|\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s"'<>()]*/gi;

function scan(text: string, source: string, out: Map<string, HostRef>): void {
  for (const m of text.matchAll(URL_RE)) {
    if (out.size >= MAX_HOSTS) return;
    const value = m[0].replace(/[.,;:!?]+$/, '');
    if (!out.has(value)) out.set(value, { value, source });
  }
}

/** URLs, domains and e-mail addresses to check, from observables or, failing those, a scan. */
export function hostsToCheck(
  observables: ReadonlyArray<Observable>,
  text?: string,
  html?: string,
): HostRef[] {
  const out = new Map<string, HostRef>();
  for (const o of observables) {
    if (out.size >= MAX_HOSTS) break;
    if (o.type === 'url' || o.type === 'domain' || o.type === 'email') {
      if (!out.has(o.value)) out.set(o.value, { value: o.value, source: o.source ?? 'text' });
    }
  }
  if (observables.length === 0) {
    if (text) scan(text, 'text', out);
    if (html) scan(html.replace(/&amp;/g, '&'), 'html', out);
  }
  return [...out.values()];
}
