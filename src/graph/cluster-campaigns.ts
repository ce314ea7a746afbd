/**
 * @module graph/cluster-campaigns
 * Messages in, campaigns out: communities of at least two messages (see `campaign-communities`),
 * each described by its shared indicators, time span, languages, verdict mix and a summary.
 * Pure and deterministic: same messages and options, same campaigns, ids and order.
 */
import { createHash } from 'node:crypto';
import type { Campaign, SharedIndicator } from './campaign.js';
import { type CommunityOptions, campaignCommunities } from './campaign-communities.js';
import type { CampaignMessage } from './campaign-message.js';
import { campaignSummary } from './campaign-summary.js';
import type { InfraKey } from './infrastructure-keys.js';

export interface ClusterOptions extends CommunityOptions {
  /** Smallest campaign (default 2). */
  minSize?: number;
}

/** Deterministic campaign id from its members. */
export function campaignId(members: ReadonlyArray<string>): string {
  const h = createHash('sha256');
  h.update([...members].sort().join('\n'));
  return `cmp-${h.digest('hex').slice(0, 12)}`;
}

const byTimeThenId = (a: CampaignMessage, b: CampaignMessage): number => {
  const ta = a.time ?? '\uffff';
  const tb = b.time ?? '\uffff';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** Clusters messages into campaigns, largest first (then by id). */
export function clusterCampaigns(
  messages: ReadonlyArray<CampaignMessage>,
  options: ClusterOptions = {},
): Campaign[] {
  const { community, keys } = campaignCommunities(messages, options);
  const groups = new Map<number, number[]>();
  community.forEach((c, i) => {
    if (c < 0) return;
    const g = groups.get(c);
    if (g) g.push(i);
    else groups.set(c, [i]);
  });
  const minSize = Math.max(2, options.minSize ?? 2);
  const campaigns: Campaign[] = [];
  for (const idx of groups.values()) {
    if (idx.length < minSize) continue;
    // A group that triage judged legitimate throughout is correspondence, not an operation.
    if (idx.every((i) => messages[i]?.verdict === 'ham')) continue;
    campaigns.push(
      describe(
        idx.map((i) => messages[i] as CampaignMessage),
        idx.map((i) => keys[i] as InfraKey[]),
      ),
    );
  }
  return campaigns.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
}

function countInto(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const rank = (m: Map<string, number>): string[] =>
  [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);

function describe(members: CampaignMessage[], memberKeys: InfraKey[][]): Campaign {
  const sorted = [...members].sort(byTimeThenId);
  const times = sorted.map((m) => m.time).filter((t): t is string => typeof t === 'string');
  const langs = new Map<string, number>();
  const verdicts: Record<string, number> = {};
  const brands = new Map<string, number>();
  for (const m of members) {
    if (m.lang) countInto(langs, m.lang);
    if (m.verdict) verdicts[m.verdict] = (verdicts[m.verdict] ?? 0) + 1;
    for (const b of new Set(m.brands ?? [])) countInto(brands, b);
  }
  const keyCount = new Map<string, { k: InfraKey; count: number }>();
  for (const ks of memberKeys) {
    for (const k of ks) {
      const prev = keyCount.get(k.key);
      if (prev) prev.count++;
      else keyCount.set(k.key, { k, count: 1 });
    }
  }
  const shared = [...keyCount.values()].filter((e) => e.count >= 2);
  const indicators: SharedIndicator[] = [];
  const seen = new Set<string>();
  for (const e of shared.filter((s) => s.k.type !== 'url-path')) {
    const id = `${e.k.type}\u0000${e.k.value}`;
    if (seen.has(id)) continue; // the same domain can come from a URL and a sender
    seen.add(id);
    indicators.push({ type: e.k.type, value: e.k.value, count: e.count });
  }
  indicators.sort(
    (a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : a.value < b.value ? -1 : 1),
  );
  const urlPatterns = shared
    .filter((s) => s.k.type === 'url-path')
    .sort((a, b) => b.count - a.count || (a.k.value < b.k.value ? -1 : 1))
    .map((s) => s.k.value);
  const ids = sorted.map((m) => m.id);
  const base = {
    id: campaignId(ids),
    members: ids,
    indicators,
    first_seen: times[0] ?? null,
    last_seen: times[times.length - 1] ?? null,
    languages: rank(langs),
    size: members.length,
    verdicts,
    brands: rank(brands),
    url_patterns: urlPatterns,
  };
  const summary = campaignSummary(base);
  // Contract fields first, in contract order, so `--jsonl` lines read naturally.
  const { id, members: m, indicators: i, first_seen, last_seen, languages, ...extra } = base;
  return { id, members: m, indicators: i, first_seen, last_seen, languages, summary, ...extra };
}
