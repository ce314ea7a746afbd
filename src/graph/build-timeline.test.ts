import { describe, expect, it } from 'vitest';
import { syntheticCase } from '../../test/fixtures/graph/synthetic-case.js';
import { buildEntityGraph, nodeKey } from './build-entity-graph.js';
import { buildTimeline } from './build-timeline.js';
import { messagesFromCase } from './case-messages.js';
import { clusterCampaigns } from './cluster-campaigns.js';

const c = syntheticCase();
const messages = messagesFromCase(c.evidence, c.observables, c.findings);
const campaigns = clusterCampaigns(messages);

describe('buildTimeline', () => {
  it('orders every event by time with the contract fields', () => {
    const events = buildTimeline(messages, campaigns);
    const times = events.map((e) => e.time);
    expect(times).toEqual([...times].sort());
    for (const e of events)
      expect(Object.keys(e).slice(0, 4)).toEqual(['time', 'evidence', 'kind', 'summary']);
    expect(events[0]).toMatchObject({ time: '2026-01-20T07:30:00.000Z', kind: 'campaign-start' });
    expect(events.filter((e) => e.kind === 'message')).toHaveLength(messages.length);
    const wallet = events.find((e) => e.kind === 'indicator-first-seen' && e.summary.includes('bc1qar0'));
    expect(wallet).toMatchObject({ time: '2026-02-10T12:00:00.000Z', evidence: '000000000000a005' });
  });

  it('restricts to one campaign', () => {
    const crypto = campaigns.find((x) => x.indicators.some((i) => i.type === 'btc'));
    const events = buildTimeline(messages, campaigns, crypto?.id);
    expect(new Set(events.map((e) => e.evidence))).toEqual(new Set(crypto?.members));
    expect(events.at(-1)?.kind).toBe('campaign-end');
    expect(buildTimeline(messages, campaigns, 'cmp-000000000000')).toEqual([]);
  });
});

describe('buildEntityGraph', () => {
  const g = buildEntityGraph(c.evidence, c.observables, c.findings, {
    walletClusters: new Map([['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'cluster-7']]),
  });

  it('resolves one entity to one node and backs each edge with evidence', () => {
    // Four SMS from one sender number: one phone node, one edge per message.
    const phone = nodeKey('phone', '+447700900123');
    expect(g.inDegree(phone)).toBe(4);
    expect(g.getNodeAttribute(phone, 'kind')).toBe('phone');
    // parcelgo-fee.xyz appears as a domain observable and as the host of two URLs: one node.
    const dom = nodeKey('domain', 'parcelgo-fee.xyz');
    expect(g.inNeighbors(dom).filter((n) => n.startsWith('url:'))).toHaveLength(2);
    const edge = `contains:${nodeKey('evidence', '000000000000a005')}->${nodeKey('wallet', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')}`;
    expect(g.getEdgeAttributes(edge)).toEqual({ type: 'contains', evidence: ['000000000000a005'] });
    // A reply-to address also written in the text: two typed edges between the same nodes.
    const payouts = nodeKey('email', 'payouts@coinvault-profits.com');
    expect(g.edges(nodeKey('evidence', '000000000000a005'), payouts).sort()).toEqual([
      `contains:${nodeKey('evidence', '000000000000a005')}->${payouts}`,
      `reply-to:${nodeKey('evidence', '000000000000a005')}->${payouts}`,
    ]);
  });

  it('links wallets to clusters, senders to their mailbox domains, and messages to imitated brands', () => {
    expect(g.hasNode(nodeKey('wallet-cluster', 'cluster-7'))).toBe(true);
    expect(
      g.hasEdge(
        `mailbox-domain:${nodeKey('email', 'payouts@coinvault-profits.com')}->${nodeKey('domain', 'coinvault-profits.com')}`,
      ),
    ).toBe(true);
    expect(g.inDegree(nodeKey('brand', 'ParcelGo'))).toBe(4);
    // the e-mail ETH address written with an EIP-55 checksum is the same node as its lower-case form
    expect(g.hasNode(nodeKey('wallet', '0x52908400098527886e0f7030069857d2e4169ee7'))).toBe(true);
  });
});
