/**
 * @module server/access-hook
 * Authentication, CSRF and access control, run `onRequest` (before any body is parsed) for
 * every route. Order: who is this (bearer token, else session cookie) → is a cookie-authenticated
 * write carrying the session's CSRF token and a same-origin Origin → does the route's declared
 * access allow it. Case-scoped routes answer 404 to outsiders, exactly as for a case that does
 * not exist, so case ids cannot be probed.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DragnetError } from '../core/errors.js';
import { type Access, caseRight, type Principal } from './access-policy.js';
import { parseCookies, SESSION_COOKIE } from './cookies.js';
import { forbidden, notFound, unauthenticated } from './http-errors.js';
import type { ServerContext } from './server-context.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

export function authenticate(ctx: ServerContext, request: FastifyRequest): Principal | undefined {
  const auth = request.headers.authorization;
  if (auth !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const user = m?.[1] ? ctx.users.userForToken(m[1]) : undefined;
    // A presented but bad token is an error, never a silent fall-back to anonymous.
    if (!user) throw new DragnetError('UNAUTHENTICATED', 'invalid or revoked API token');
    return { user, via: 'token' };
  }
  const sid = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
  if (!sid) return undefined;
  const session = ctx.users.getSession(sid);
  return session ? { user: session.user, via: 'session', csrf: session.csrf, sid } : undefined;
}

/** Cookie-authenticated writes must prove they come from our own page. */
function checkCsrf(request: FastifyRequest, principal: Principal | undefined): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    const host = request.headers.host ?? '';
    let originHost = '';
    try {
      originHost = new URL(origin).host;
    } catch {
      // unparsable Origin: treated as foreign
    }
    if (originHost !== host) throw forbidden('cross-origin request refused');
  } else if (origin === 'null') {
    throw forbidden('cross-origin request refused');
  }
  if (principal?.via !== 'session') return;
  const sent = request.headers['x-csrf-token'];
  if (typeof sent !== 'string' || !principal.csrf || !sameSecret(sent, principal.csrf)) {
    throw forbidden('missing or wrong CSRF token (send the X-CSRF-Token header from GET /api/session)');
  }
}

export function accessHook(ctx: ServerContext) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const access: Access | undefined = request.routeOptions.config.access;
    // Unknown URLs (404 handler) have no route config: let them through to the not-found handler.
    if (access === undefined && request.routeOptions.url === undefined) return;
    if (access === undefined) throw new DragnetError('INTERNAL', 'route without an access declaration');
    const principal = authenticate(ctx, request);
    if (principal) request.principal = principal;
    checkCsrf(request, principal);
    if (access === 'public') return;
    if (!principal) throw unauthenticated();
    if (access === 'user') return;
    if (access === 'admin') {
      if (principal.user.role !== 'admin') throw forbidden('administrators only');
      return;
    }
    const caseId = (request.params as { caseId?: string } | undefined)?.caseId ?? '';
    const store = ctx.registry.get(caseId);
    const right = store ? caseRight(principal.user, ctx.users.membership(caseId, principal.user.id)) : 'none';
    if (right === 'none') throw notFound(`case ${caseId}`);
    if (access === 'case:write' && right !== 'write') throw forbidden('your role on this case is read-only');
  };
}
