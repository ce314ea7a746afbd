/**
 * @module analyse/observables/extract-from-evidence
 * Indicators of one evidence item, field by field, each record's `source` naming the field:
 * `header:From`, `header:Reply-To`, `header:Return-Path`, `header:Received` (IP addresses only:
 * the relay hops), `subject`, `text`, `html` / `html:attr`, `attachment-name`.
 * Offsets are relative to the field they came from (for `html`, to its decoded text).
 */
import type { Header } from '../../core/evidence.js';
import type { Observable, ObservableType } from '../../core/observable.js';
import { extractFromHtml } from './extract-from-html.js';
import { type ExtractOptions, extractObservables } from './extract-observables.js';

/** The fields of an evidence item this module reads (a subset of `ParsedEvidence`). */
export interface EvidenceFields {
  subject?: string;
  text?: string;
  html?: string;
  headers?: Header[];
  fileName?: string;
  /** Names of attachments (children's file names), when the caller has them. */
  attachmentNames?: string[];
}

const ADDRESS_HEADERS = new Set([
  'from',
  'reply-to',
  'return-path',
  'sender',
  'to',
  'cc',
  'x-original-sender',
  'disposition-notification-to',
]);
const IP_HEADERS = new Set(['received', 'x-originating-ip', 'x-sender-ip', 'x-forwarded-for', 'x-real-ip']);
const URL_HEADERS = new Set(['list-unsubscribe', 'x-mailer-url']);
const IP_TYPES: ObservableType[] = ['ipv4', 'ipv6'];
const ADDRESS_TYPES: ObservableType[] = ['email', 'phone', 'telegram'];

function restrict(options: ExtractOptions, types: ObservableType[]): ExtractOptions {
  const wanted = options.types ? new Set(options.types) : null;
  return { ...options, types: wanted ? types.filter((t) => wanted.has(t)) : types };
}

/** Extracts every field's indicators; duplicates (same type and value) keep their first field. */
export function extractFromEvidence(ev: EvidenceFields, options: ExtractOptions = {}): Observable[] {
  const all: Observable[] = [];
  for (const h of ev.headers ?? []) {
    const name = h.name.toLowerCase();
    const source = `header:${canonicalHeaderName(h.name)}`;
    if (ADDRESS_HEADERS.has(name))
      all.push(...extractObservables(h.value, { ...restrict(options, ADDRESS_TYPES), source }));
    else if (IP_HEADERS.has(name))
      all.push(...extractObservables(h.value, { ...restrict(options, IP_TYPES), source }));
    else if (URL_HEADERS.has(name)) all.push(...extractObservables(h.value, { ...options, source }));
  }
  if (ev.subject) all.push(...extractObservables(ev.subject, { ...options, source: 'subject' }));
  if (ev.text) all.push(...extractObservables(ev.text, { ...options, source: 'text' }));
  if (ev.html) all.push(...extractFromHtml(ev.html, { ...options, source: 'html' }).observables);
  const names = [...(ev.fileName ? [ev.fileName] : []), ...(ev.attachmentNames ?? [])];
  for (const n of names) all.push(...extractObservables(n, { ...options, source: 'attachment-name' }));
  const seen = new Set<string>();
  return all.filter((o) => {
    const key = `${o.type}\u0000${o.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function canonicalHeaderName(name: string): string {
  return name
    .toLowerCase()
    .split('-')
    .map((p) => (p === 'id' || p === 'ip' ? p.toUpperCase() : p.charAt(0).toUpperCase() + p.slice(1)))
    .join('-');
}
