/**
 * @module server/routes/analysis-routes
 * Graph (with expand-on-click), timeline, campaigns, crypto traces and exports. The graph and a
 * basic timeline are built here from the store; campaigns, traces and exports come from the
 * capabilities the CLI wires in (501 when this build has none).
 */
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { DragnetError } from '../../core/errors.js';
import type { CampaignRecord, TimelineRecord } from '../capabilities.js';
import { caseGraph, graphView, neighbourhood } from '../case-graph.js';
import { caseOf, replyCached, type ServerContext } from '../server-context.js';
import { verdictIndex } from '../verdict-index.js';
import { CaseParams, Json } from './schemas.js';

const unavailable = (what: string): DragnetError =>
  new DragnetError('CONFLICT', `${what} is not available in this build of Dragnet`, {
    hint: 'the capability has not been installed',
  });

/** `case-graph.ts` `GraphBody`: one array per node field, all of the same length. */
const GraphBody = Type.Object({
  nodes: Type.Object(
    {
      id: Type.Array(Type.String(), { description: '`kind:value`, stable across calls' }),
      kind: Type.Array(Type.String(), { description: '`evidence`, `sender` or `indicator`' }),
      label: Type.Array(Type.String()),
      type: Type.Array(Type.String(), { description: 'indicator type, evidence kind, or `sender`' }),
      class: Type.Array(Type.String(), { description: "verdict class of evidence nodes, '' when none" }),
      degree: Type.Array(Type.Integer()),
      x: Type.Array(Type.Number(), { description: 'layout position, within ±1000' }),
      y: Type.Array(Type.Number()),
    },
    { description: 'node i is (id[i], kind[i], …, x[i], y[i])' },
  ),
  edges: Type.Array(Type.Integer({ minimum: 0 }), {
    description: 'pairs of indices into the node arrays: [source0, target0, source1, target1, …]',
  }),
  total: Type.Integer({ description: 'nodes in the whole case graph' }),
});

/** Campaign clustering costs seconds on big cases: keep the result until the case changes. */
const campaignCache = new WeakMap<object, { version: number; campaigns: Promise<CampaignRecord[]> }>();

export function analysisRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const campaignsOf = (request: Parameters<typeof caseOf>[1]): Promise<CampaignRecord[]> => {
    const find = ctx.caps.campaigns;
    if (!find) throw unavailable('campaign detection');
    const store = caseOf(ctx, request);
    const version = ctx.registry.version(store.info.id);
    const hit = campaignCache.get(store);
    if (hit && hit.version === version) return hit.campaigns;
    const campaigns = Promise.resolve(find(store));
    campaigns.catch(() => campaignCache.delete(store));
    campaignCache.set(store, { version, campaigns });
    return campaigns;
  };
  const graphOf = (request: Parameters<typeof caseOf>[1]) => {
    const store = caseOf(ctx, request);
    const version = ctx.registry.version(store.info.id);
    return caseGraph(store, version, verdictIndex(store, version));
  };

  const GraphQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50000 })) });
  app.get('/api/cases/:caseId/graph', {
    config: { access: 'case:read' },
    schema: {
      tags: ['graph'],
      summary: 'Items, senders and indicators as a graph (best-connected first)',
      params: CaseParams,
      querystring: GraphQuery,
      response: { 200: GraphBody },
    },
    handler: (request, reply) =>
      replyCached(ctx, request, reply, () =>
        graphView(graphOf(request), (request.query as Static<typeof GraphQuery>).limit ?? 2000),
      ),
  });

  const NeighbourQuery = Type.Object({
    node: Type.String({ maxLength: 2000 }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
  });
  app.get('/api/cases/:caseId/graph/neighbours', {
    config: { access: 'case:read' },
    schema: {
      tags: ['graph'],
      summary: 'A node (first) and its neighbours, for expand-on-click',
      params: CaseParams,
      querystring: NeighbourQuery,
      response: { 200: GraphBody },
    },
    handler: (request, reply) =>
      replyCached(ctx, request, reply, () => {
        const q = request.query as Static<typeof NeighbourQuery>;
        const graph = graphOf(request);
        if (!graph.nodes.has(q.node)) throw new DragnetError('NOT_FOUND', `no graph node ${q.node}`);
        return neighbourhood(graph, q.node, q.limit ?? 500);
      }),
  });

  const TimelineQuery = Type.Object({
    campaign: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20000 })),
  });
  app.get('/api/cases/:caseId/timeline', {
    config: { access: 'case:read' },
    schema: {
      tags: ['timeline'],
      summary: 'Events in time order (`dragnet timeline` records)',
      params: CaseParams,
      querystring: TimelineQuery,
      response: { 200: Type.Array(Json) },
    },
    handler: async (request) => {
      const q = request.query as Static<typeof TimelineQuery>;
      const store = caseOf(ctx, request);
      let records: TimelineRecord[];
      if (ctx.caps.timeline) records = await ctx.caps.timeline(store, q.campaign);
      else {
        if (q.campaign) throw unavailable('a campaign timeline');
        records = [];
        for (const e of store.iterateEvidence()) {
          if (!e.date) continue;
          const who = e.from?.address ? `${e.from.address}: ` : '';
          records.push({
            time: e.date,
            evidence: e.id,
            kind: e.kind,
            summary: `${who}${e.subject ?? e.text?.slice(0, 80) ?? e.fileName ?? ''}`,
          });
        }
        records.sort((a, b) => a.time.localeCompare(b.time) || a.evidence.localeCompare(b.evidence));
      }
      return records.slice(0, q.limit ?? 5000);
    },
  });

  app.get('/api/cases/:caseId/campaigns', {
    config: { access: 'case:read' },
    schema: {
      tags: ['campaigns'],
      summary: 'Campaigns (`dragnet campaigns` records)',
      params: CaseParams,
      response: { 200: Type.Array(Json) },
    },
    handler: async (request) => {
      return campaignsOf(request);
    },
  });

  const CampaignParams = Type.Object({ caseId: Type.String(), campaignId: Type.String({ maxLength: 100 }) });
  app.get('/api/cases/:caseId/campaigns/:campaignId', {
    config: { access: 'case:read' },
    schema: {
      tags: ['campaigns'],
      summary: 'One campaign with its members',
      params: CampaignParams,
      response: { 200: Json },
    },
    handler: async (request) => {
      const { campaignId } = request.params as Static<typeof CampaignParams>;
      const store = caseOf(ctx, request);
      const campaign = (await campaignsOf(request)).find((c) => c.id === campaignId);
      if (!campaign) throw new DragnetError('NOT_FOUND', `no campaign ${campaignId}`);
      const verdicts = verdictIndex(store, ctx.registry.version(store.info.id));
      const members = campaign.members.slice(0, 1000).flatMap((id) => {
        const e = store.getEvidence(id);
        return e
          ? [
              {
                id,
                kind: e.kind,
                date: e.date,
                subject: e.subject,
                from: e.from,
                verdict: verdicts.get(id) ?? null,
              },
            ]
          : [];
      });
      return { ...campaign, memberItems: members };
    },
  });

  const TraceQuery = Type.Object({
    seed: Type.String({ minLength: 1, maxLength: 200 }),
    hops: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
    model: Type.Optional(Type.Union([Type.Literal('fifo'), Type.Literal('haircut'), Type.Literal('poison')])),
  });
  app.get('/api/cases/:caseId/crypto/trace', {
    config: { access: 'case:read' },
    schema: {
      tags: ['crypto'],
      summary: 'Follow funds from a seed address or txid (`dragnet crypto trace` records)',
      params: CaseParams,
      querystring: TraceQuery,
      response: { 200: Type.Array(Json) },
    },
    handler: async (request) => {
      if (!ctx.caps.cryptoTrace) throw unavailable('crypto tracing');
      const q = request.query as Static<typeof TraceQuery>;
      return ctx.caps.cryptoTrace(caseOf(ctx, request), q.seed, {
        hops: q.hops ?? 3,
        model: q.model ?? 'haircut',
      });
    },
  });

  const ExportParams = Type.Object({
    caseId: Type.String(),
    format: Type.Union([Type.Literal('stix'), Type.Literal('misp'), Type.Literal('csv')]),
  });
  app.get('/api/cases/:caseId/export/:format', {
    config: { access: 'case:read' },
    schema: {
      tags: ['exports'],
      summary: 'Download the case (or one campaign) as a STIX 2.1 bundle, MISP event or CSV',
      params: ExportParams,
      querystring: Type.Object({ campaign: Type.Optional(Type.String({ maxLength: 100 })) }),
    },
    handler: async (request, reply) => {
      if (!ctx.caps.exportCase) throw unavailable('export');
      const { format } = request.params as Static<typeof ExportParams>;
      const { campaign } = request.query as { campaign?: string };
      const doc = await ctx.caps.exportCase(caseOf(ctx, request), format, campaign);
      const safeName = doc.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
      reply
        .header('content-type', doc.contentType)
        .header('content-disposition', `attachment; filename="${safeName}"`);
      return reply.send(doc.body);
    },
  });
}
