/**
 * @module analyse/impersonation/sender-checks
 * Who the message claims to be from versus where it really comes from: display names that name
 * a brand or carry another address, executives writing from free mail, Reply-To and Return-Path
 * pointing elsewhere. Each check returns reasons `{signal, weight, evidence}` (weight 0..1).
 */
import { getDomain } from 'tldts';
import type { Party } from '../../core/evidence.js';
import type { Reason } from '../../core/finding.js';
import type { BrandIndex, BrandToken } from './brand-index.js';
import { skeleton } from './confusables.js';
import { readDataList } from './data-file.js';

let freeMail: ReadonlySet<string> | undefined;

/** True for free webmail domains (data/impersonation/free-mail.txt). */
export function isFreeMail(domain: string): boolean {
  freeMail ??= new Set(readDataList('free-mail.txt'));
  return freeMail.has(domain.toLowerCase());
}

export const domainOf = (address: string): string =>
  address.slice(address.lastIndexOf('@') + 1).toLowerCase();
export const siteOf = (domain: string): string => getDomain(domain) ?? domain;
const show = (p: Party): string => (p.name ? `"${p.name}" <${p.address}>` : p.address);

/** True when `domain` is, or is under, one of the brand's legitimate domains. */
function belongsTo(domain: string, tok: BrandToken, index: BrandIndex): boolean {
  for (let d = domain; d.includes('.'); d = d.slice(d.indexOf('.') + 1)) {
    const owner = index.owner.get(d);
    if (owner !== undefined) return owner === tok.brand;
  }
  return false;
}

/** `"PayPal Support" <x@random.biz>`, or a display name that is itself another address. */
export function displayNameSpoof(from: Party, index: BrandIndex): Reason[] {
  const name = from.name?.trim();
  if (!name || !from.address.includes('@')) return [];
  const domain = domainOf(from.address);
  const reasons: Reason[] = [];
  const embedded = /[a-z0-9._%+-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(name);
  if (embedded && siteOf((embedded[1] ?? '').toLowerCase()) !== siteOf(domain)) {
    reasons.push({ signal: 'display-name-address', weight: 0.7, evidence: show(from) });
  }
  const compact = skeleton(name.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
  const seen = new Set<string>();
  for (const m of index.automaton.scan(compact)) {
    const tok = index.tokens.get(m.token);
    if (!tok || seen.has(tok.brand) || belongsTo(domain, tok, index)) continue;
    // An ordinary word (`Delta`, `Target`) counts only as the whole display name.
    if (tok.generic && compact !== tok.token) continue;
    seen.add(tok.brand);
    reasons.push({
      signal: 'display-name-spoof',
      weight: isFreeMail(domain) ? 0.8 : 0.6,
      evidence: `${show(from)} names ${tok.brand} (${tok.target})`,
    });
  }
  return reasons;
}

const normName = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1)
    .sort()
    .join(' ');

/** An executive's name on an address that is not theirs, worst from free mail. */
export function executiveImpersonation(
  from: Party,
  executives: ReadonlyArray<{ name: string; email?: string }>,
): Reason[] {
  const name = from.name?.trim();
  if (!name || executives.length === 0) return [];
  const n = normName(name);
  const address = from.address.toLowerCase();
  const domain = domainOf(address);
  const reasons: Reason[] = [];
  for (const e of executives) {
    if (normName(e.name) !== n || n === '') continue;
    const own = e.email?.toLowerCase();
    if (own === address) continue;
    if (own && siteOf(domainOf(own)) === siteOf(domain) && !isFreeMail(domain)) continue;
    const free = isFreeMail(domain);
    reasons.push({
      signal: free ? 'executive-free-mail' : 'executive-other-address',
      weight: free ? 0.85 : 0.6,
      evidence: `${show(from)} uses the name of ${e.name}${own ? ` (${own})` : ''}`,
    });
  }
  return reasons;
}

/** Replies go to another site than the sender's (weight higher when to free mail). */
export function replyToMismatch(from: Party, replyTo: ReadonlyArray<Party>): Reason[] {
  if (!from.address.includes('@')) return [];
  const site = siteOf(domainOf(from.address));
  const reasons: Reason[] = [];
  for (const r of replyTo) {
    if (!r.address.includes('@')) continue;
    const d = domainOf(r.address);
    if (siteOf(d) === site) continue;
    reasons.push({
      signal: 'reply-to-mismatch',
      weight: isFreeMail(d) ? 0.6 : 0.35,
      evidence: `From ${from.address}, Reply-To ${r.address}`,
    });
  }
  return reasons;
}

/** The envelope sender (Return-Path) is another site than the From address; common with mailing services, so weak. */
export function returnPathMismatch(from: Party, returnPath: string | undefined): Reason[] {
  if (!returnPath || !from.address.includes('@')) return [];
  const addr = /<([^>]*)>/.exec(returnPath)?.[1] ?? returnPath.trim();
  if (!addr.includes('@')) return [];
  const d = domainOf(addr);
  if (siteOf(d) === siteOf(domainOf(from.address))) return [];
  return [
    { signal: 'return-path-mismatch', weight: 0.2, evidence: `From ${from.address}, Return-Path ${addr}` },
  ];
}
