/**
 * @module server/routes/case-routes
 * Cases the user is on, case creation (admins, with `--cases DIR`), memberships (admins; every
 * grant or revocation lands in the case's own audit log) and the audit log itself.
 */
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { DragnetError } from '../../core/errors.js';
import { caseRight } from '../access-policy.js';
import { caseCounts } from '../case-counts.js';
import { caseOf, type ServerContext, writeAsUser } from '../server-context.js';

import { CaseParams, CaseRole, CaseSummary, Json, Ok, UserSchema } from './schemas.js';

export function caseRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/cases', {
    config: { access: 'user' },
    schema: { tags: ['cases'], summary: 'The cases you are on', response: { 200: Type.Array(CaseSummary) } },
    handler: async (request) => {
      const user = request.principal!.user;
      return ctx.registry.list().flatMap((info) => {
        const right = caseRight(user, ctx.users.membership(info.id, user.id));
        if (right === 'none') return [];
        const store = ctx.registry.get(info.id)!;
        const evidence = caseCounts(store, ctx.registry.version(info.id), false).evidence;
        return [{ id: info.id, name: info.name, createdAt: info.createdAt, evidence, right }];
      });
    },
  });

  const NewCase = Type.Object(
    { name: Type.String({ minLength: 1, maxLength: 120 }) },
    { additionalProperties: false },
  );
  app.post('/api/cases', {
    config: { access: 'admin' },
    schema: {
      tags: ['cases'],
      summary: 'Create a case in the folder of cases (--cases DIR)',
      body: NewCase,
      response: { 200: CaseSummary },
    },
    handler: async (request) => {
      const store = await ctx.registry.create((request.body as Static<typeof NewCase>).name);
      await store.write(
        { action: 'case.open-by-server', target: store.info.id, actor: request.principal!.user.username },
        () => undefined,
      );
      return {
        id: store.info.id,
        name: store.info.name,
        createdAt: store.info.createdAt,
        evidence: 0,
        right: 'write' as const,
      };
    },
  });

  app.get('/api/cases/:caseId', {
    config: { access: 'case:read' },
    schema: {
      tags: ['cases'],
      summary: 'One case with counts per kind and verdict class',
      params: CaseParams,
      response: {
        200: Type.Object({
          id: Type.String(),
          name: Type.String(),
          createdAt: Type.String(),
          evidence: Type.Integer(),
          observables: Type.Integer(),
          right: Type.String(),
          byKind: Json,
          byClass: Json,
        }),
      },
    },
    handler: async (request) => {
      const store = caseOf(ctx, request);
      const user = request.principal!.user;
      // On the path of every case page's first paint: computed once per case data version.
      const counts = caseCounts(store, ctx.registry.version(store.info.id), true);
      return {
        id: store.info.id,
        name: store.info.name,
        createdAt: store.info.createdAt,
        ...counts,
        right: caseRight(user, ctx.users.membership(store.info.id, user.id)),
      };
    },
  });

  const Member = Type.Object({ user: UserSchema, role: CaseRole });
  app.get('/api/cases/:caseId/members', {
    config: { access: 'case:read' },
    schema: {
      tags: ['cases'],
      summary: 'Who is on the case',
      params: CaseParams,
      response: { 200: Type.Array(Member) },
    },
    handler: async (request) => ctx.users.listMembers(caseOf(ctx, request).info.id),
  });

  const SetMember = Type.Object(
    { role: Type.Union([CaseRole, Type.Null()]) },
    { additionalProperties: false },
  );
  app.put('/api/cases/:caseId/members/:userId', {
    config: { access: 'admin' },
    schema: {
      tags: ['cases'],
      summary: 'Add a user to the case, change their case role, or remove them (role null)',
      params: Type.Object({ caseId: Type.String(), userId: Type.String() }),
      body: SetMember,
      response: { 200: Ok },
    },
    handler: async (request) => {
      const { caseId, userId } = request.params as { caseId: string; userId: string };
      const role = (request.body as Static<typeof SetMember>).role;
      if (!ctx.registry.get(caseId)) throw new DragnetError('NOT_FOUND', `no case ${caseId}`);
      const user = ctx.users.getUser(userId);
      if (!user) throw new DragnetError('NOT_FOUND', `no user ${userId}`);
      await writeAsUser(
        ctx,
        request,
        { action: role ? 'access.grant' : 'access.revoke', target: user.username, details: { role } },
        () => {
          ctx.users.setMembership(caseId, userId, role);
        },
      );
      return { ok: true };
    },
  });

  const AuditQuery = Type.Object({
    from: Type.Optional(Type.Integer({ minimum: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  });
  app.get('/api/cases/:caseId/audit', {
    config: { access: 'case:read' },
    schema: {
      tags: ['cases'],
      summary: 'The hash-chained audit log (who did what, when)',
      params: CaseParams,
      querystring: AuditQuery,
      response: { 200: Type.Array(Json) },
    },
    handler: async (request) => {
      const q = request.query as Static<typeof AuditQuery>;
      return caseOf(ctx, request)
        .listAudit(q.from ?? 0)
        .slice(0, q.limit ?? 200);
    },
  });
}
