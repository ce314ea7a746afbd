/**
 * @module server/routes/evidence-routes
 * Evidence list (filters: verdict class, kind, language, sender, free-text search), one item with
 * its verdict, findings and indicators, its raw bytes (always as a download, never rendered),
 * analyst verdict overrides, and the indicators table.
 */
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { CaseStore, EvidenceFilter } from '../../case/case-store.js';
import { DragnetError } from '../../core/errors.js';
import type { Evidence, EvidenceKind } from '../../core/evidence.js';
import { caseOf, type ServerContext, writeAsUser } from '../server-context.js';
import { verdictIndex } from '../verdict-index.js';
import { indicatorRows } from './indicator-rows.js';
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
const CONTAINERS: ReadonlyArray<EvidenceKind> = ['mailbox', 'chat-export', 'archive'];
const ALL_KINDS: ReadonlyArray<EvidenceKind> = [
  'email',
  'mailbox',
  'sms',
  'chat-message',
  'chat-export',
  'webpage',
  'text',
  'archive',
  'crypto-transactions',
  'file',
];

const countCache = new WeakMap<object, { version: number; counts: Map<string, number> }>();

/** Totals for the pager: a COUNT over every matching row is the costliest part of a page request. */
function cachedCount(store: CaseStore, version: number, filter: EvidenceFilter): number {
  let entry = countCache.get(store);
  if (!entry || entry.version !== version) {
    entry = { version, counts: new Map() };
    countCache.set(store, entry);
  }
  const key = JSON.stringify(filter);
  let n = entry.counts.get(key);
  if (n === undefined) {
    n = store.countEvidence(filter);
    if (entry.counts.size < 1000) entry.counts.set(key, n);
  }
  return n;
}

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
    handler: async (request) => {
      const q = request.query as Static<typeof ListQuery>;
      const store = caseOf(ctx, request);
      const verdicts = verdictIndex(store, ctx.registry.version(store.info.id));
      const filter: EvidenceFilter = {};
      if (q.kind) filter.kind = q.kind as EvidenceKind;
      else if (!q.containers) filter.kind = ALL_KINDS.filter((k) => !CONTAINERS.includes(k));
      // The class filter uses the verdict index (it also knows analyst overrides, which win).
      if (q.q) filter.search = q.q;
      const limit = q.limit ?? 100;
      const offset = q.offset ?? 0;
      const row = (e: Evidence) => {
        const v = verdicts.get(e.id);
        return {
          ...e,
          ...(v ? { verdict: { class: v.class, score: v.score, lang: v.lang, source: v.source } } : {}),
        };
      };
      if (q.class && !q.lang && !q.sender && !q.q && !q.kind) {
        // Fast path: ids of the class straight from the index, in ingest order, one page fetched.
        const ids: string[] = [];
        for (const [id, v] of verdicts) if (v.class === q.class) ids.push(id);
        const page = ids.slice(offset, offset + limit).flatMap((id) => store.getEvidence(id) ?? []);
        return { total: ids.length, items: page.map(row) };
      }
      if (!q.lang && !q.sender && !q.class) {
        return {
          total: cachedCount(store, ctx.registry.version(store.info.id), filter),
          items: store.listEvidence({ ...filter, limit, offset }).map(row),
        };
      }
      // Class, language and sender come from the verdict index / parsed fields: scan and page in memory.
      const sender = q.sender?.toLowerCase();
      const items = [];
      let total = 0;
      for (const e of store.iterateEvidence(filter)) {
        if (q.class && verdicts.get(e.id)?.class !== q.class) continue;
        if (q.lang && verdicts.get(e.id)?.lang !== q.lang) continue;
        if (
          sender &&
          !(e.from?.address.toLowerCase().includes(sender) || e.from?.name?.toLowerCase().includes(sender))
        )
          continue;
        if (total >= offset && items.length < limit) items.push(row(e));
        total++;
      }
      return { total, items };
    },
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
    handler: async (request) => {
      const q = request.query as Static<typeof ObsQuery>;
      const store = caseOf(ctx, request);
      const needle = q.q?.toLowerCase();
      const sorted = indicatorRows(store, ctx.registry.version(store.info.id)).filter(
        (r) => (!q.type || r.type === q.type) && (!needle || r.value.toLowerCase().includes(needle)),
      );
      const offset = q.offset ?? 0;
      const page = sorted.slice(offset, offset + (q.limit ?? 200));
      return { total: sorted.length, items: page };
    },
  });
}
