import { describe, expect, it } from 'vitest';
import type { Campaign } from './campaign.js';
import { campaignSummary } from './campaign-summary.js';

const campaign = (size: number, verdicts: Record<string, number>): Omit<Campaign, 'summary'> => ({
  id: 'cmp-000000000000',
  members: Array.from({ length: size }, (_, i) => `m${i}`),
  indicators: [{ type: 'telegram', value: 'novabit_vip', count: size }],
  first_seen: '2026-02-02T08:00:00Z',
  last_seen: '2026-02-14T09:00:00Z',
  languages: ['en'],
  size,
  verdicts,
  brands: [],
  url_patterns: [],
});

describe('campaignSummary', () => {
  it('says "mostly" for a majority verdict', () => {
    expect(campaignSummary(campaign(6, { scam: 4, ham: 2 }))).toContain('mostly scam (4 of 6)');
  });
  it('says "all" when every message has the same verdict', () => {
    expect(campaignSummary(campaign(4, { scam: 4 }))).toContain('all scam (4 of 4)');
  });
  it('lists the verdicts when none is a majority, instead of "mostly phishing (1 of 6)"', () => {
    const s = campaignSummary(campaign(6, { phishing: 1, ham: 1, scam: 1 }));
    expect(s).not.toContain('mostly');
    expect(s).toContain('mixed verdicts (1 ham, 1 phishing, 1 scam of 6)');
  });
});
