/**
 * @module server/static-ui
 * Serves the built web UI (`web/dist`) without a static-file plugin (whose Node-20-compatible
 * versions drag in Node-22-only dependencies). Only files under the UI folder, resolved after
 * normalisation, are ever read; unknown paths that look like client routes get `index.html`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** `web/dist` beside the package root, from both `src/server` (tsx) and `dist/server` (built). */
export function defaultUiDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');
}

export function staticUi(app: FastifyInstance, uiDir: string): void {
  const root = path.resolve(uiDir);
  const index = path.join(root, 'index.html');
  const serve = (rel: string): { type: string; body: Buffer; immutable: boolean } | undefined => {
    const file = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
    if (file !== root && !file.startsWith(root + path.sep)) return undefined;
    if (existsSync(file) && statSync(file).isFile()) {
      return {
        type: TYPES[path.extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
        immutable: rel.startsWith('assets/'),
      };
    }
    return undefined;
  };
  app.get('/*', {
    config: { access: 'public' },
    schema: { hide: true },
    handler: async (request, reply) => {
      let rel: string;
      try {
        rel = decodeURIComponent((request.params as { '*': string })['*'] ?? '');
      } catch {
        return reply.status(400).type('text/plain').send('bad path');
      }
      if (rel.startsWith('api/')) {
        return reply
          .status(404)
          .send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url}` } });
      }
      const hit =
        serve(rel) ?? (existsSync(index) && !rel.startsWith('assets/') ? serve('index.html') : undefined);
      if (!hit) {
        return reply
          .status(404)
          .type('text/plain')
          .send(existsSync(index) ? 'not found' : 'the web UI is not built: run `npm run build:web`');
      }
      if (hit.immutable) reply.header('cache-control', 'public, max-age=31536000, immutable');
      return reply.type(hit.type).send(hit.body);
    },
  });
}
