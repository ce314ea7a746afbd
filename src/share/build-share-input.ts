/**
 * @module share/build-share-input
 * Gathers the exportable picture of a case from plain arrays: indicators (observables of
 * exportable types plus senders and reply-to addresses) with the evidence carrying them, the
 * messages, and the campaigns; optionally restricted to one campaign.
 *
 * Privacy invariant: evidence the triage model judged `ham` contributes nothing — partners get
 * the criminals' infrastructure, not the victims' correspondents.
 */

import { DragnetError } from '../core/errors.js';
import type { Evidence } from '../core/evidence.js';
import type { Finding } from '../core/finding.js';
import type { Observable } from '../core/observable.js';
import type { Campaign } from '../graph/campaign.js';
import { evidenceTime, groupByEvidence, MESSAGE_KINDS, verdictOf } from '../graph/case-messages.js';
import { canonicalParty, canonicalValue } from '../graph/normalise-entity.js';
import { isExportableType } from './indicator-types.js';
import type { CaseIndicator, SharedMessage, ShareInput } from './share-input.js';

export interface CaseData {
  caseId: string;
  caseName: string;
  createdAt: string;
  evidence: ReadonlyArray<Evidence>;
  observables: ReadonlyArray<Observable & { evidenceId: string }>;
  findings: ReadonlyArray<Finding & { evidenceId: string }>;
  campaigns: ReadonlyArray<Campaign>;
  /** Wallet address → cluster id, from crypto clustering when it ran. */
  walletClusters?: ReadonlyMap<string, string>;
}

/** Builds the exporters' input; throws NOT_FOUND for an unknown campaign id. */
export function buildShareInput(data: CaseData, campaignId?: string): ShareInput {
  let campaigns = [...data.campaigns];
  let scope: Set<string> | undefined;
  if (campaignId) {
    const c = campaigns.find((x) => x.id === campaignId);
    if (!c) {
      throw new DragnetError('NOT_FOUND', `no campaign ${campaignId} in this case`, {
        hint: 'list campaigns with `dragnet campaigns --case DIR`',
      });
    }
    campaigns = [c];
    scope = new Set(c.members);
  }
  const findings = groupByEvidence(data.findings);
  const observables = groupByEvidence(data.observables);
  const campaignOf = new Map<string, string[]>();
  for (const c of campaigns)
    for (const m of c.members) campaignOf.set(m, [...(campaignOf.get(m) ?? []), c.id]);

  const acc = new Map<string, CaseIndicator>();
  const messages: SharedMessage[] = [];
  const sorted = [...data.evidence].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of sorted) {
    if (scope && !scope.has(e.id)) continue;
    const verdict = verdictOf(findings.get(e.id))?.label;
    if (verdict === 'ham') continue;
    // Undated items (web pages, files) were at least seen when ingested.
    const time = evidenceTime(e) ?? e.ingestedAt;
    const add = (type: string, raw: string): void => {
      if (!isExportableType(type)) return;
      const value = canonicalValue(type, raw);
      const key = `${type}\u0000${value}`;
      let ind = acc.get(key);
      if (!ind) {
        ind = { type, value, evidence: [], first_seen: time, last_seen: time, campaigns: [], verdicts: {} };
        const cluster = data.walletClusters?.get(value);
        if (cluster) ind.cluster = cluster;
        acc.set(key, ind);
      }
      if (ind.evidence[ind.evidence.length - 1] === e.id) return;
      ind.evidence.push(e.id);
      if (time < ind.first_seen) ind.first_seen = time;
      if (time > ind.last_seen) ind.last_seen = time;
      if (verdict) ind.verdicts[verdict] = (ind.verdicts[verdict] ?? 0) + 1;
      for (const c of campaignOf.get(e.id) ?? []) if (!ind.campaigns.includes(c)) ind.campaigns.push(c);
    };
    for (const o of observables.get(e.id) ?? []) add(o.type, o.value);
    const parties = [...(e.from ? [e.from] : []), ...(e.replyTo ?? [])];
    for (const p of parties) {
      const party = canonicalParty(p.address);
      if (party.kind !== 'handle') add(party.kind, party.value);
    }
    if (MESSAGE_KINDS.has(e.kind) && e.kind !== 'text' && e.kind !== 'webpage') {
      const messageId = e.headers?.find((h) => h.name.toLowerCase() === 'message-id')?.value;
      messages.push({
        id: e.id,
        kind: e.kind,
        time,
        ...(e.from?.address ? { from: e.from.address } : {}),
        ...(e.from?.name ? { fromName: e.from.name } : {}),
        ...(e.replyTo && e.replyTo.length > 0 ? { replyTo: e.replyTo.map((p) => p.address) } : {}),
        ...(e.subject ? { subject: e.subject } : {}),
        ...(messageId ? { messageId } : {}),
        ...(verdict ? { verdict } : {}),
      });
    }
  }
  const indicators = [...acc.values()].sort((a, b) =>
    a.type < b.type ? -1 : a.type > b.type ? 1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0,
  );
  for (const i of indicators) i.campaigns.sort();
  return {
    caseId: data.caseId,
    caseName: data.caseName,
    createdAt: data.createdAt,
    indicators,
    messages,
    campaigns,
    ...(campaignId ? { campaignId } : {}),
  };
}
