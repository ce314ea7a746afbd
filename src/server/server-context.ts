/**
 * @module server/server-context
 * What every route module receives: the user directory, the cases, the jobs, the optional
 * capabilities, and helpers to reach the case a request is about and to write to it as the user.
 */
import type { FastifyRequest } from 'fastify';
import type { CaseStore, CaseWriter, WriteOptions } from '../case/case-store.js';
import type { Capabilities } from './capabilities.js';
import type { CaseRegistry } from './case-registry.js';
import type { IngestJobs } from './ingest-jobs.js';
import type { LoginLimiter } from './login-limiter.js';
import type { PasswordParams } from './password.js';
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

/** Writes to the request's case as the request's user, and invalidates derived caches. */
export async function writeAsUser<T>(
  ctx: ServerContext,
  request: FastifyRequest,
  options: Omit<WriteOptions, 'actor'>,
  fn: (w: CaseWriter) => T | Promise<T>,
): Promise<T> {
  const store = caseOf(ctx, request);
  try {
    return await store.write({ ...options, actor: actorOf(request) }, fn);
  } finally {
    ctx.registry.touch(store.info.id);
  }
}
