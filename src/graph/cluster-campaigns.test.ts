import { describe, expect, it } from 'vitest';
import { syntheticCase } from '../../test/fixtures/graph/synthetic-case.js';
import type { CampaignMessage } from './campaign-message.js';
import { messagesFromCase } from './case-messages.js';
import { campaignId, clusterCampaigns } from './cluster-campaigns.js';

const fixture = () => {
  const c = syntheticCase();
  return messagesFromCase(c.evidence, c.observables, c.findings);
};

const msg = (id: string, text: string, extra: Partial<CampaignMessage> = {}): CampaignMessage => ({
  id,
  text,
  indicators: [],
  time: `2026-01-0${id.slice(-1)}T00:00:00.000Z`,
  ...extra,
});

describe('clusterCampaigns', () => {
  it('finds the three operations of the synthetic case and nothing else', () => {
    const campaigns = clusterCampaigns(fixture());
    expect(campaigns.map((c) => c.members.length)).toEqual([4, 3, 2]);
    const [parcel, crypto, bank] = campaigns;
    // The German copy of the parcel lure joins through the shared sender number and kit path.
    expect(parcel?.languages).toEqual(['en', 'de']);
    expect(parcel?.url_patterns).toEqual(['/pg/redeliver.php?c']);
    expect(crypto?.indicators[0]).toEqual({
      type: 'btc',
      value: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq',
      count: 3,
    });
    expect(bank?.brands).toEqual(['NordBank']);
    expect(Object.keys(parcel ?? {}).slice(0, 7)).toEqual([
      'id',
      'members',
      'indicators',
      'first_seen',
      'last_seen',
      'languages',
      'summary',
    ]);
    expect(parcel?.summary).toContain(
      '4 messages between 2026-02-01 and 2026-02-04 in en, de, all phishing (4 of 4)',
    );
  });

  it('is deterministic: same campaigns and ids whatever the input order', () => {
    const a = clusterCampaigns(fixture());
    const b = clusterCampaigns([...fixture()].reverse());
    expect(b).toEqual(a);
    expect(a[0]?.id).toBe(campaignId(a[0]?.members ?? []));
    expect(campaignId(['b', 'a'])).toBe(campaignId(['a', 'b']));
  });

  it('links rewrites with rotated URLs and amounts by their wording', () => {
    const base =
      'Your account has been suspended due to unusual activity. Verify your identity within 24 hours at';
    const campaigns = clusterCampaigns([
      msg('m1', `${base} https://a-secure.top/x?id=1 to avoid closure of your account.`),
      msg('m2', `${base} https://b-verify.xyz/y?id=99 to avoid the closure of your account!`),
      msg('m3', 'Lunch on Friday? The usual place at half past twelve, bring the slides please.'),
    ]);
    expect(campaigns.map((c) => c.members)).toEqual([['m1', 'm2']]);
  });

  it('links translations through shared infrastructure, and keeps a reused lure with other wallets apart', () => {
    const lure =
      'Invest with us and earn eight percent every single week, guaranteed returns for members. Deposit to';
    const campaigns = clusterCampaigns([
      msg('m1', `${lure} wallet 1`, { indicators: [{ type: 'btc', value: 'bc1qaaaa' }] }),
      msg('m2', `${lure} wallet 2`, { indicators: [{ type: 'btc', value: 'bc1qaaaa' }] }),
      msg('m3', 'Investieren Sie mit uns und verdienen Sie jede Woche acht Prozent.', {
        indicators: [{ type: 'btc', value: 'bc1qaaaa' }],
      }),
      msg('m4', `${lure} wallet 3`, { indicators: [{ type: 'btc', value: 'bc1qbbbb' }] }),
      msg('m5', `${lure} wallet 4`, { indicators: [{ type: 'btc', value: 'bc1qbbbb' }] }),
    ]);
    expect(campaigns.map((c) => c.members)).toEqual([
      ['m1', 'm2', 'm3'],
      ['m4', 'm5'],
    ]);
  });

  it('does not group legitimate mail by its sender domain', () => {
    const campaigns = clusterCampaigns([
      msg('m1', 'Minutes of the board meeting attached.', { sender: 'anna@corp.example', verdict: 'ham' }),
      msg('m2', 'Can you review my pull request today?', { sender: 'ben@corp.example', verdict: 'ham' }),
    ]);
    expect(campaigns).toEqual([]);
  });

  it('handles empty input and messages without text', () => {
    expect(clusterCampaigns([])).toEqual([]);
    expect(clusterCampaigns([msg('m1', ''), msg('m2', '')])).toEqual([]);
  });
});
