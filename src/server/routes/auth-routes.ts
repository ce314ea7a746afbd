/**
 * @module server/routes/auth-routes
 * First-run setup, login/logout, the current session, own password and own API tokens.
 */
import { timingSafeEqual } from 'node:crypto';
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { DragnetError } from '../../core/errors.js';
import { sessionCookie } from '../cookies.js';
import { hashPassword, passwordProblem, verifyPassword } from '../password.js';
import type { ServerContext } from '../server-context.js';
import { SESSION_TTL_MS } from '../user-directory.js';
import { ApiToken, Ok, UserSchema } from './schemas.js';

const Credentials = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
const Setup = Type.Object(
  {
    setupToken: Type.String({ maxLength: 200 }),
    username: Type.String({ minLength: 2, maxLength: 64 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);
const SessionInfo = Type.Object({ user: UserSchema, csrfToken: Type.Union([Type.String(), Type.Null()]) });

/** A throw-away hash compared against when the user does not exist, so timing does not reveal it. */
let decoyHash: Promise<string> | undefined;

export function authRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const secure = (proto: string): boolean => proto === 'https';
  const maxAge = Math.floor(SESSION_TTL_MS / 1000);

  app.get('/api/setup', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Whether the first administrator still has to be created',
      response: { 200: Type.Object({ needed: Type.Boolean() }) },
    },
    handler: async () => ({ needed: ctx.users.countUsers() === 0 }),
  });

  app.post('/api/setup', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Create the first administrator (needs the setup token the server printed at start)',
      body: Setup,
      response: { 200: UserSchema },
    },
    handler: async (request) => {
      const body = request.body as Static<typeof Setup>;
      if (ctx.users.countUsers() > 0) throw new DragnetError('CONFLICT', 'setup is already done');
      const a = Buffer.from(body.setupToken);
      const b = Buffer.from(ctx.setupToken);
      if (a.length !== b.length || !timingSafeEqual(a, b))
        throw new DragnetError('FORBIDDEN', 'wrong setup token', {
          hint: 'the server printed it on start-up',
        });
      const problem = passwordProblem(body.password);
      if (problem) throw new DragnetError('BAD_INPUT', problem);
      return ctx.users.createUser(
        body.username,
        await hashPassword(body.password, ctx.passwordParams),
        'admin',
      );
    },
  });

  app.post('/api/login', {
    config: { access: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Log in; sets an HttpOnly session cookie and returns the CSRF token',
      body: Credentials,
      response: { 200: SessionInfo },
    },
    handler: async (request, reply) => {
      const { username, password } = request.body as Static<typeof Credentials>;
      const wait = ctx.limiter.retryAfter(request.ip, username);
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new DragnetError('LIMIT', `too many failed logins; try again in ${wait} s`, {
          details: { status: 429 },
        });
      }
      const found = ctx.users.findLogin(username);
      decoyHash ??= hashPassword('decoy-password', ctx.passwordParams);
      const valid = await verifyPassword(password, found?.passwordHash ?? (await decoyHash));
      if (!found || !valid || found.user.disabled) {
        ctx.limiter.fail(request.ip, username);
        throw new DragnetError('UNAUTHENTICATED', 'wrong username or password');
      }
      ctx.limiter.succeed(username);
      const { sid, csrf } = ctx.users.createSession(found.user.id);
      reply.header(
        'set-cookie',
        sessionCookie(sid, { secure: secure(request.protocol), maxAgeSeconds: maxAge }),
      );
      return { user: found.user, csrfToken: csrf };
    },
  });

  app.post('/api/logout', {
    config: { access: 'user' },
    schema: { tags: ['auth'], summary: 'End the session', response: { 200: Ok } },
    handler: async (request, reply) => {
      if (request.principal?.sid) ctx.users.deleteSession(request.principal.sid);
      reply.header('set-cookie', sessionCookie('', { secure: secure(request.protocol), maxAgeSeconds: 0 }));
      return { ok: true };
    },
  });

  app.get('/api/session', {
    config: { access: 'user' },
    schema: {
      tags: ['auth'],
      summary: 'The logged-in user and the CSRF token for cookie-authenticated writes',
      response: { 200: SessionInfo },
    },
    handler: async (request) => ({
      user: request.principal!.user,
      csrfToken: request.principal!.csrf ?? null,
    }),
  });

  const ChangePassword = Type.Object(
    { current: Type.String({ maxLength: 1024 }), next: Type.String({ maxLength: 1024 }) },
    { additionalProperties: false },
  );
  app.post('/api/me/password', {
    config: { access: 'user' },
    schema: {
      tags: ['auth'],
      summary: 'Change own password (ends all sessions)',
      body: ChangePassword,
      response: { 200: Ok },
    },
    handler: async (request) => {
      const body = request.body as Static<typeof ChangePassword>;
      const user = request.principal!.user;
      const found = ctx.users.findLogin(user.username);
      if (!found || !(await verifyPassword(body.current, found.passwordHash)))
        throw new DragnetError('FORBIDDEN', 'current password is wrong');
      const problem = passwordProblem(body.next);
      if (problem) throw new DragnetError('BAD_INPUT', problem);
      ctx.users.updateUser(user.id, { passwordHash: await hashPassword(body.next, ctx.passwordParams) });
      return { ok: true };
    },
  });

  app.get('/api/me/tokens', {
    config: { access: 'user' },
    schema: {
      tags: ['auth'],
      summary: 'Own API tokens (metadata only)',
      response: { 200: Type.Array(ApiToken) },
    },
    handler: async (request) => ctx.users.listTokens(request.principal!.user.id),
  });

  const NewToken = Type.Object(
    { name: Type.String({ minLength: 1, maxLength: 100 }) },
    { additionalProperties: false },
  );
  app.post('/api/me/tokens', {
    config: { access: 'user' },
    schema: {
      tags: ['auth'],
      summary: 'Create an API token (shown once; send it as Authorization: Bearer)',
      body: NewToken,
      response: { 200: Type.Object({ token: Type.String(), info: ApiToken }) },
    },
    handler: async (request) =>
      ctx.users.createToken(request.principal!.user.id, (request.body as Static<typeof NewToken>).name),
  });

  app.delete('/api/me/tokens/:tokenId', {
    config: { access: 'user' },
    schema: {
      tags: ['auth'],
      summary: 'Revoke an own API token',
      params: Type.Object({ tokenId: Type.String() }),
      response: { 200: Ok },
    },
    handler: async (request) => {
      const { tokenId } = request.params as { tokenId: string };
      if (!ctx.users.deleteToken(request.principal!.user.id, tokenId))
        throw new DragnetError('NOT_FOUND', `no token ${tokenId}`);
      return { ok: true };
    },
  });
}
