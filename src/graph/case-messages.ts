/**
 * @module graph/case-messages
 * Turns what the case store holds (evidence rows, observables, findings) into the plain
 * `CampaignMessage`s the clustering and timeline read. Pure: the loader passes arrays in.
 */
import type { Evidence } from '../core/evidence.js';
import type { Finding } from '../core/finding.js';
import type { Observable } from '../core/observable.js';
import type { CampaignMessage } from './campaign-message.js';

/** Evidence kinds that are messages (the unit of a campaign). */
export const MESSAGE_KINDS: ReadonlySet<string> = new Set([
  'email',
  'sms',
  'chat-message',
  'text',
  'webpage',
]);

type WithEvidence<T> = T & { evidenceId: string };

/** Groups rows by evidence id. */
export function groupByEvidence<T extends { evidenceId: string }>(rows: ReadonlyArray<T>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.evidenceId);
    if (list) list.push(r);
    else out.set(r.evidenceId, [r]);
  }
  return out;
}

/** The triage verdict finding of an item, if any. */
export function verdictOf(findings: ReadonlyArray<Finding> | undefined): Finding | undefined {
  return findings?.find((f) => f.analyser === 'triage' && f.kind === 'verdict');
}

/** Impersonation findings whose label names an imitated brand or person (not e.g. auth results). */
const BRAND_FINDINGS = new Set([
  'lookalike-domain',
  'own-domain-lookalike',
  'display-name-spoof',
  'executive-impersonation',
]);

/** Brand labels from impersonation findings. */
export function brandsOf(findings: ReadonlyArray<Finding> | undefined): string[] {
  const out = new Set<string>();
  for (const f of findings ?? []) {
    if (f.analyser === 'impersonation' && BRAND_FINDINGS.has(f.kind) && f.label) out.add(f.label);
  }
  return [...out].sort();
}

/**
 * Time of an item: its message date only. Ingest time says when the analyst received the
 * evidence, not when the operation acted, so undated items do not stretch a campaign's span.
 */
export function evidenceTime(e: Evidence): string | undefined {
  return e.date;
}

/**
 * Addresses that are never an operator's infrastructure: the recipient's own internal hops
 * (private, loopback, link-local…) in Received headers. Public and documentation ranges stay.
 */
const NON_INFRASTRUCTURE_SCOPES = new Set([
  'private',
  'loopback',
  'link-local',
  'this-network',
  'shared',
  'multicast',
  'broadcast',
  'unspecified',
  'unique-local',
  'ipv4-mapped',
]);

/** Recipient headers name the victims, who are shared by many unrelated operations. */
const RECIPIENT_SOURCES = new Set([
  'header:To',
  'header:Cc',
  'header:Bcc',
  'header:Delivered-To',
  'header:X-Original-To',
]);

/** False for victims' addresses and internal hops: they would link every message to every other. */
export function isInfrastructure(o: Observable): boolean {
  if (typeof o.source === 'string' && RECIPIENT_SOURCES.has(o.source)) return false;
  return !(
    (o.type === 'ipv4' || o.type === 'ipv6') &&
    typeof o.scope === 'string' &&
    NON_INFRASTRUCTURE_SCOPES.has(o.scope)
  );
}

/** One `CampaignMessage` per message-kind evidence item, in input order. */
export function messagesFromCase(
  evidence: ReadonlyArray<Evidence>,
  observables: ReadonlyArray<WithEvidence<Observable>>,
  findings: ReadonlyArray<WithEvidence<Finding>>,
): CampaignMessage[] {
  const obs = groupByEvidence(observables);
  const fnd = groupByEvidence(findings);
  const out: CampaignMessage[] = [];
  for (const e of evidence) {
    if (!MESSAGE_KINDS.has(e.kind)) continue;
    const f = fnd.get(e.id);
    const verdict = verdictOf(f);
    const lang = verdict?.data?.lang;
    const brands = brandsOf(f);
    out.push({
      id: e.id,
      text: [e.subject, e.text].filter((s): s is string => typeof s === 'string' && s.length > 0).join('\n'),
      ...(evidenceTime(e) ? { time: evidenceTime(e) } : {}),
      ...(typeof lang === 'string' && lang ? { lang } : {}),
      ...(verdict?.label ? { verdict: verdict.label } : {}),
      ...(typeof verdict?.score === 'number' ? { score: verdict.score } : {}),
      ...(e.from?.address ? { sender: e.from.address } : {}),
      ...(e.replyTo && e.replyTo.length > 0 ? { replyTo: e.replyTo.map((p) => p.address) } : {}),
      indicators: (obs.get(e.id) ?? [])
        .filter(isInfrastructure)
        .map((o) => ({ type: o.type, value: o.value })),
      ...(brands.length > 0 ? { brands } : {}),
    });
  }
  return out;
}
