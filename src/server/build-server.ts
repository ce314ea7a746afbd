/**
 * @module server/build-server
 * Assembles the HTTP API: security headers, authentication/CSRF/access control, the OpenAPI 3.1
 * document at `/openapi.json`, multipart uploads, the route modules and the web UI. Returns the
 * Fastify instance (not listening) and the route table, which the access-control test walks.
 */
import { randomBytes } from 'node:crypto';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { accessHook } from './access-hook.js';
import { ACCESS_LEVELS, type Access } from './access-policy.js';
import type { Capabilities } from './capabilities.js';
import type { CaseRegistry } from './case-registry.js';
import { errorHandler } from './http-errors.js';
import { IngestJobs } from './ingest-jobs.js';
import { LoginLimiter, type LoginLimiterOptions } from './login-limiter.js';
import type { PasswordParams } from './password.js';
import { ResponseCache } from './response-cache.js';
import { analysisRoutes } from './routes/analysis-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { evidenceRoutes } from './routes/evidence-routes.js';
import { uploadRoutes } from './routes/upload-routes.js';
import { userRoutes } from './routes/user-routes.js';
import { SECURITY_HEADERS } from './security-headers.js';
import type { ServerContext } from './server-context.js';
import { staticUi } from './static-ui.js';
import { closeTextSearch } from './text-search.js';
import { UserDirectory } from './user-directory.js';
import { warmCaches } from './warm-caches.js';

export interface ServerOptions {
  homeDir: string;
  registry: CaseRegistry;
  caps?: Capabilities;
  /** Folder of the built UI; omitted = no UI routes. */
  uiDir?: string;
  setupToken?: string;
  passwordParams?: PasswordParams;
  loginLimits?: LoginLimiterOptions;
  maxUploadBytes?: number;
  logger?: boolean;
  version?: string;
  /** Build every case's derived views in the background after start (default true). */
  warmCaches?: boolean;
}

export interface RouteEntry {
  method: string;
  url: string;
  access: Access;
}

export interface BuiltServer {
  app: FastifyInstance;
  ctx: ServerContext;
  routes: RouteEntry[];
  close(): Promise<void>;
}

export async function buildServer(options: ServerOptions): Promise<BuiltServer> {
  const app = Fastify({
    logger: options.logger
      ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] }
      : false,
    bodyLimit: 1024 * 1024,
    trustProxy: false,
  });
  const users = new UserDirectory(options.homeDir);
  const registry = options.registry;
  const caps = options.caps ?? {};
  const ctx: ServerContext = {
    users,
    registry,
    caps,
    jobs: caps.ingest ? new IngestJobs(caps.ingest) : undefined,
    limiter: new LoginLimiter(options.loginLimits),
    homeDir: options.homeDir,
    setupToken: options.setupToken ?? randomBytes(18).toString('base64url'),
    maxUploadBytes: options.maxUploadBytes ?? 2 * 1024 ** 3,
    // DRAGNET_RESPONSE_CACHE=off: every request builds its body (bench/server.ts measures both).
    responses: new ResponseCache(
      process.env.DRAGNET_RESPONSE_CACHE === 'off' ? { maxEntriesPerCase: 0, maxBytesPerCase: 0 } : undefined,
    ),
    ...(options.passwordParams ? { passwordParams: options.passwordParams } : {}),
  };

  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const access = (route.config as { access?: Access } | undefined)?.access;
    if (
      route.method === 'HEAD' ||
      (Array.isArray(route.method) && route.method.includes('HEAD') && route.method.length === 1)
    )
      return;
    if (!access || !ACCESS_LEVELS.includes(access)) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no access level`);
    }
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  app.addHook('onRequest', accessHook(ctx));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` },
    });
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Dragnet API',
        version: options.version ?? '0.1.0',
        description:
          'Offline evidence triage. Authenticate with the session cookie from POST /api/login (then send X-CSRF-Token on writes) or with an API token as Authorization: Bearer. Case routes answer 404 to users who are not on the case.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'dragnet_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
  });
  await app.register(multipart, { limits: { fileSize: ctx.maxUploadBytes, files: 1000, fields: 20 } });

  app.get('/openapi.json', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
  app.get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['meta'], summary: 'Liveness', security: [] },
    handler: async () => ({ ok: true }),
  });
  authRoutes(app, ctx);
  userRoutes(app, ctx);
  caseRoutes(app, ctx);
  evidenceRoutes(app, ctx);
  analysisRoutes(app, ctx);
  uploadRoutes(app, ctx);
  if (options.uiDir) staticUi(app, options.uiDir);
  await app.ready();

  // Build each case's derived views once the server is up, one case per turn of the event loop,
  // so the first page an analyst opens does not pay for them.
  let closed = false;
  const warm = (ids: string[]): void => {
    const id = ids.shift();
    if (closed || id === undefined) return;
    const store = registry.get(id);
    try {
      if (store) warmCaches(store);
    } catch {
      // Only a head start: the routes build whatever is missing and report their own errors.
    }
    setImmediate(() => warm(ids));
  };
  if (options.warmCaches !== false) setImmediate(() => warm(registry.list().map((c) => c.id)));

  return {
    app,
    ctx,
    routes,
    close: async () => {
      closed = true;
      await ctx.jobs?.idle();
      await app.close();
      users.close();
      for (const c of registry.list()) {
        const store = registry.get(c.id);
        if (store) closeTextSearch(store);
      }
      registry.close();
    },
  };
}
