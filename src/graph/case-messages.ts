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

/** Brand labels from impersonation findings. */
export function brandsOf(findings: ReadonlyArray<Finding> | undefined): string[] {
  const out = new Set<string>();
  for (const f of findings ?? []) if (f.analyser === 'impersonation' && f.label) out.add(f.label);
  return [...out].sort();
}

/** Time of an item: its message date, else when it was ingested. */
export function evidenceTime(e: Evidence): string {
  return e.date ?? e.ingestedAt;
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
      time: evidenceTime(e),
      ...(typeof lang === 'string' && lang ? { lang } : {}),
      ...(verdict?.label ? { verdict: verdict.label } : {}),
      ...(typeof verdict?.score === 'number' ? { score: verdict.score } : {}),
      ...(e.from?.address ? { sender: e.from.address } : {}),
      ...(e.replyTo && e.replyTo.length > 0 ? { replyTo: e.replyTo.map((p) => p.address) } : {}),
      indicators: (obs.get(e.id) ?? []).map((o) => ({ type: o.type, value: o.value })),
      ...(brands.length > 0 ? { brands } : {}),
    });
  }
  return out;
}
