/**
 * @module graph/build-timeline
 * Ordered events of a case or of one campaign: each message (with its verdict), the first
 * sighting of each piece of infrastructure, and the start and end of each campaign. Records follow
 * the `dragnet timeline --jsonl` contract: `{"time","evidence","kind","summary"}`.
 */
import { WALLET_TYPES } from '../core/observable.js';
import type { Campaign } from './campaign.js';
import type { CampaignMessage } from './campaign-message.js';
import { canonicalValue } from './normalise-entity.js';

export interface TimelineEvent {
  time: string;
  evidence: string;
  /** `message`, `indicator-first-seen`, `campaign-start`, `campaign-end`. */
  kind: string;
  summary: string;
  campaign?: string;
}

/** Indicator types worth a "first seen" event (infrastructure, not hashes or CVEs). */
const FIRST_SEEN_TYPES = new Set([
  'url',
  'domain',
  'ipv4',
  'ipv6',
  'email',
  'phone',
  'iban',
  ...WALLET_TYPES,
  'telegram',
  'onion',
]);
const KIND_ORDER: Record<string, number> = {
  'campaign-start': 0,
  message: 1,
  'indicator-first-seen': 2,
  'campaign-end': 3,
};

const short = (s: string, n = 80): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * Builds the timeline. With `campaignId`, only that campaign's members (throws nothing: an
 * unknown id yields an empty list; the CLI reports it).
 */
export function buildTimeline(
  messages: ReadonlyArray<CampaignMessage>,
  campaigns: ReadonlyArray<Campaign> = [],
  campaignId?: string,
): TimelineEvent[] {
  const scopeCampaigns = campaignId ? campaigns.filter((c) => c.id === campaignId) : campaigns;
  const scope = campaignId ? new Set(scopeCampaigns.flatMap((c) => c.members)) : undefined;
  const campaignOf = new Map<string, string>();
  for (const c of campaigns) for (const m of c.members) campaignOf.set(m, c.id);
  const events: TimelineEvent[] = [];
  const firstSeen = new Map<string, { time: string; evidence: string; type: string; value: string }>();
  for (const m of messages) {
    if (scope && !scope.has(m.id)) continue;
    if (!m.time) continue;
    const cid = campaignOf.get(m.id);
    const head = `${m.verdict ?? 'unscored'} message${m.sender ? ` from ${m.sender}` : ''}`;
    const firstLine = m.text.split('\n')[0] ?? '';
    events.push({
      time: m.time,
      evidence: m.id,
      kind: 'message',
      summary: `${head}: ${short(firstLine)}`,
      ...(cid ? { campaign: cid } : {}),
    });
    for (const ind of m.indicators) {
      if (!FIRST_SEEN_TYPES.has(ind.type)) continue;
      const value = canonicalValue(ind.type, ind.value);
      const key = `${ind.type}\u0000${value}`;
      const prev = firstSeen.get(key);
      if (!prev || m.time < prev.time || (m.time === prev.time && m.id < prev.evidence)) {
        firstSeen.set(key, { time: m.time, evidence: m.id, type: ind.type, value });
      }
    }
  }
  for (const f of firstSeen.values()) {
    events.push({
      time: f.time,
      evidence: f.evidence,
      kind: 'indicator-first-seen',
      summary: `first sighting of ${f.type} ${short(f.value)}`,
    });
  }
  for (const c of scopeCampaigns) {
    const first = c.members[0];
    const last = c.members[c.members.length - 1];
    if (c.first_seen && first) {
      events.push({
        time: c.first_seen,
        evidence: first,
        kind: 'campaign-start',
        summary: `campaign ${c.id} starts: ${c.summary}`,
        campaign: c.id,
      });
    }
    if (c.last_seen && last) {
      events.push({
        time: c.last_seen,
        evidence: last,
        kind: 'campaign-end',
        summary: `campaign ${c.id}: last of ${c.size} messages`,
        campaign: c.id,
      });
    }
  }
  return events.sort(
    (a, b) =>
      (a.time < b.time ? -1 : a.time > b.time ? 1 : 0) ||
      (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) ||
      (a.evidence < b.evidence ? -1 : a.evidence > b.evidence ? 1 : 0) ||
      (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0),
  );
}
