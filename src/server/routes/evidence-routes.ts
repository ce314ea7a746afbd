/**
 * @module server/routes/evidence-routes
 * Evidence list (filters: verdict class, kind, language, sender, free-text search), one item with
 * its verdict, findings and indicators, its raw bytes (always as a download, never rendered),
 * analyst verdict overrides, and the indicators table.
 */
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { DragnetError } from '../../core/errors.js';
import { evidenceList, type ListFilter } from '../evidence-list.js';
import { caseOf, replyCached, type ServerContext, writeAsUser } from '../server-context.js';
import { textSearch } from '../text-search.js';
import { verdictIndex } from '../verdict-index.js';
import { indicatorTable } from './indicator-rows.js';
import { CaseParams, EvidenceRow, Json, Ok } from './schemas.js';

const ListQuery = Type.Object({
  class: Type.Optional(Type.String({ maxLength: 20 })),
  kind: Type.Optional(Type.String({ maxLength: 40 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  sender: Type.Optional(Type.String({ maxLength: 320 })),
  q: Type.Optional(Type.String({ maxLength: 500 })),
  containers: Type.Optional(Type.Boolean()),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  offset: Type.Optional(Type.Integer({ minimum: 0 })),
});
const ItemParams = Type.Object({ caseId: Type.String(), evidenceId: Type.String({ maxLength: 64 }) });

export function evidenceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/cases/:caseId/evidence', {
    config: { access: 'case:read' },
    schema: {
      tags: ['evidence'],
      summary: 'Evidence items, newest ingest last, with their verdict',
      params: CaseParams,
      querystring: ListQuery,
      response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(EvidenceRow) }) },
    },
    // Pages come from the case's list projection (rows pre-serialised, filter results cached per
    // version); class and language come from the verdict index, which knows analyst overrides.
    handler: (request, reply) =>
      replyCached(ctx, request, reply, (store, version) => {
        const q = request.query as Static<typeof ListQuery>;
        const list = evidenceList(store, version, verdictIndex(store, version));
        const filter: ListFilter = {};
        if (q.kind) filter.kind = q.kind;
        if (q.containers) filter.containers = true;
        if (q.class) filter.class = q.class;
        if (q.lang) filter.lang = q.lang;
        if (q.sender) filter.sender = q.sender.toLowerCase();
        if (q.q) filter.searchHits = { key: q.q, positions: textSearch(store, version).find(q.q) };
        return list.pageJson(list.matching(filter), q.offset ?? 0, q.limit ?? 100);
      }),
  });

  app.get('/api/cases/:caseId/evidence/:evidenceId', {
    config: { access: 'case:read' },
    schema: {
      tags: ['evidence'],
      summary:
        'One item: parsed fields, raw headers, HTML (unsanitised: clients must sanitise), verdict, findings, indicators, children',
      params: ItemParams,
      response: { 200: Json },
    },
    handler: async (request) => {
      const { evidenceId } = request.params as Static<typeof ItemParams>;
      const store = caseOf(ctx, request);
      const evidence = store.getEvidence(evidenceId);
      if (!evidence) throw new DragnetError('NOT_FOUND', `no evidence ${evidenceId}`);
      const verdict = verdictIndex(store, ctx.registry.version(store.info.id)).get(evidenceId) ?? null;
      return {
        evidence,
        verdict,
        findings: store.listFindings(evidenceId),
        observables: store.listObservables({ evidenceId, limit: 2000 }),
        children: store
          .listEvidence({ parentId: evidenceId, limit: 500 })
          .map((c) => ({ id: c.id, kind: c.kind, fileName: c.fileName, path: c.path, size: c.size })),
      };
    },
  });

  app.get('/api/cases/:caseId/evidence/:evidenceId/raw', {
    config: { access: 'case:read' },
    schema: {
      tags: ['evidence'],
      summary: 'The original bytes, as a download (never rendered by the browser)',
      params: ItemParams,
    },
    handler: async (request, reply) => {
      const { evidenceId } = request.params as Static<typeof ItemParams>;
      const store = caseOf(ctx, request);
      const evidence = store.getEvidence(evidenceId);
      if (!evidence) throw new DragnetError('NOT_FOUND', `no evidence ${evidenceId}`);
      const name = `${evidence.id}.bin`;
      reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('content-security-policy', "sandbox; default-src 'none'")
        .header('x-dragnet-sha256', evidence.sha256);
      return reply.send(store.readBlob(evidence.sha256));
    },
  });

  const Override = Type.Object(
    {
      class: Type.Union([
        Type.Literal('phishing'),
        Type.Literal('scam'),
        Type.Literal('spam'),
        Type.Literal('ham'),
      ]),
      note: Type.Optional(Type.String({ maxLength: 2000 })),
    },
    { additionalProperties: false },
  );
  app.post('/api/cases/:caseId/evidence/:evidenceId/verdict', {
    config: { access: 'case:write' },
    schema: {
      tags: ['evidence'],
      summary: "Record an analyst's verdict (kept beside the model's; audited)",
      params: ItemParams,
      body: Override,
      response: { 200: Ok },
    },
    handler: async (request) => {
      const { evidenceId } = request.params as Static<typeof ItemParams>;
      const body = request.body as Static<typeof Override>;
      const store = caseOf(ctx, request);
      if (!store.getEvidence(evidenceId)) throw new DragnetError('NOT_FOUND', `no evidence ${evidenceId}`);
      const user = request.principal!.user.username;
      await writeAsUser(
        ctx,
        request,
        { action: 'verdict.override', target: evidenceId, details: { class: body.class } },
        (w) =>
          w.replaceFindings(evidenceId, 'analyst', [
            {
              analyser: 'analyst',
              kind: 'verdict',
              label: body.class,
              score: body.class === 'ham' ? 0 : 1,
              reasons: [
                { signal: 'analyst-override', weight: 0, evidence: `${user}: ${body.note ?? ''}`.trim() },
              ],
            },
          ]),
      );
      return { ok: true };
    },
  });

  const ObsQuery = Type.Object({
    type: Type.Optional(Type.String({ maxLength: 20 })),
    q: Type.Optional(Type.String({ maxLength: 500 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 5000 })),
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
  });
  const IndicatorRow = Type.Object({
    type: Type.String(),
    value: Type.String(),
    count: Type.Integer(),
    items: Type.Integer({ description: 'evidence items containing it' }),
    evidence: Type.Array(Type.String(), { description: 'up to 50 of those items' }),
    defanged: Type.Boolean(),
  });
  app.get('/api/cases/:caseId/observables', {
    config: { access: 'case:read' },
    schema: {
      tags: ['indicators'],
      summary: 'Indicators across the case, one row per (type, value) with the items containing it',
      params: CaseParams,
      querystring: ObsQuery,
      response: { 200: Type.Object({ total: Type.Integer(), items: Type.Array(IndicatorRow) }) },
    },
    handler: (request, reply) =>
      replyCached(ctx, request, reply, (store, version) => {
        const q = request.query as Static<typeof ObsQuery>;
        const table = indicatorTable(store, version);
        return table.pageJson(table.matching(q.type, q.q?.toLowerCase()), q.offset ?? 0, q.limit ?? 200);
      }),
  });
}
