/**
 * @module server/server-context
 * What every route module receives: the user directory, the cases, the jobs, the optional
 * capabilities, and helpers to reach the case a request is about and to write to it as the user.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CaseStore, CaseWriter, WriteOptions } from '../case/case-store.js';
import type { Capabilities } from './capabilities.js';
import type { CaseRegistry } from './case-registry.js';
import type { IngestJobs } from './ingest-jobs.js';
import type { LoginLimiter } from './login-limiter.js';
import type { PasswordParams } from './password.js';
import type { ResponseCache } from './response-cache.js';
import type { UserDirectory } from './user-directory.js';

export interface ServerContext {
  users: UserDirectory;
  registry: CaseRegistry;
  jobs: IngestJobs | undefined;
  limiter: LoginLimiter;
  caps: Capabilities;
  homeDir: string;
  /** One-time secret printed at start; needed to create the first admin. */
  setupToken: string;
  passwordParams?: PasswordParams;
  maxUploadBytes: number;
  /** Serialised bodies of case read routes, per case data version. */
  responses: ResponseCache;
}

/** The case a (case-scoped, already authorised) request is about. */
export function caseOf(ctx: ServerContext, request: FastifyRequest): CaseStore {
  const id = (request.params as { caseId?: string }).caseId ?? '';
  const store = ctx.registry.get(id);
  // The access hook has already checked this; a miss here means a route is mis-declared.
  if (!store) throw new Error(`route reached without a case: ${request.routeOptions.url}`);
  return store;
}

/** The audit actor for a request: the logged-in user's name. */
export function actorOf(request: FastifyRequest): string {
  const p = request.principal;
  if (!p) throw new Error('write without a principal');
  return p.user.username;
}

/** Writes to the request's case as the request's user (derived caches follow the case version). */
export async function writeAsUser<T>(
  ctx: ServerContext,
  request: FastifyRequest,
  options: Omit<WriteOptions, 'actor'>,
  fn: (w: CaseWriter) => T | Promise<T>,
): Promise<T> {
  return caseOf(ctx, request).write({ ...options, actor: actorOf(request) }, fn);
}

/**
 * Answers a case read route from the response cache, keyed on the case's data version and the
 * request URL; on a miss, `build` makes the JSON body (a string already, or an object that the
 * route's response schema serialises) and it is kept. Use only for bodies that depend on the
 * case and the URL, never on who asks.
 */
export async function replyCached(
  ctx: ServerContext,
  request: FastifyRequest,
  reply: FastifyReply,
  build: (store: CaseStore, version: number) => unknown,
): Promise<FastifyReply> {
  const store = caseOf(ctx, request);
  const version = ctx.registry.version(store.info.id);
  let body = ctx.responses.get(store.info.id, version, request.url);
  if (body === undefined) {
    const value = await build(store, version);
    body = typeof value === 'string' ? value : (reply.serialize(value) as string);
    ctx.responses.set(store.info.id, version, request.url, body);
  }
  return reply.header('content-type', 'application/json; charset=utf-8').send(body);
}
