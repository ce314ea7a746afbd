/**
 * @module server/routes/upload-routes
 * Streamed multipart upload → ingest job, job status, and job progress as Server-Sent Events.
 * Uploaded files are written under `HOME/uploads/<case>/<job>/` with sanitised names (no path
 * from the client is ever used as a path) and a size limit enforced while streaming.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DragnetError } from '../../core/errors.js';
import type { JobStatus } from '../ingest-jobs.js';
import { actorOf, caseOf, type ServerContext } from '../server-context.js';
import { CaseParams, Json } from './schemas.js';

const JobParams = Type.Object({ caseId: Type.String(), jobId: Type.String({ maxLength: 64 }) });

/** Keeps letters, digits, dot, dash and underscore of the base name; never empty, never dot-only. */
export function safeFileName(name: string, index: number): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 120);
  return `${String(index).padStart(3, '0')}-${clean || 'upload'}`;
}

/** Streams every file part of a multipart request into `dir`; removes `dir` on any failure. */
export async function saveUploadedFiles(
  ctx: ServerContext,
  request: FastifyRequest,
  dir: string,
): Promise<{ paths: string[]; names: string[] }> {
  if (!request.isMultipart()) throw new DragnetError('BAD_INPUT', 'send the files as multipart/form-data');
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  const names: string[] = [];
  try {
    for await (const part of request.files({ limits: { fileSize: ctx.maxUploadBytes, files: 1000 } })) {
      const target = path.join(dir, safeFileName(part.filename, paths.length));
      await pipeline(part.file, createWriteStream(target, { flags: 'wx' }));
      if (part.file.truncated) {
        throw new DragnetError('LIMIT', `${part.filename} is larger than the upload limit`, {
          subject: part.filename,
        });
      }
      paths.push(target);
      names.push(part.filename);
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  if (paths.length === 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new DragnetError('BAD_INPUT', 'no files in the upload');
  }
  return { paths, names };
}

export function uploadRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/cases/:caseId/uploads', {
    config: { access: 'case:write' },
    schema: {
      tags: ['ingest'],
      summary: 'Upload evidence files (multipart/form-data, field `files`); starts an ingest job',
      params: CaseParams,
      consumes: ['multipart/form-data'],
      response: { 202: Json },
    },
    handler: async (request, reply) => {
      const jobs = ctx.jobs;
      if (!jobs) throw new DragnetError('CONFLICT', 'ingest is not available in this build of Dragnet');
      if (!request.isMultipart())
        throw new DragnetError('BAD_INPUT', 'send the files as multipart/form-data');
      const store = caseOf(ctx, request);
      const jobId = jobs.newId();
      const dir = path.join(ctx.homeDir, 'uploads', store.info.id, jobId);
      mkdirSync(dir, { recursive: true });
      const { paths, names } = await saveUploadedFiles(ctx, request, dir);
      const job = jobs.start(jobId, store, actorOf(request), paths, names);
      return reply.status(202).send(job);
    },
  });

  app.post('/api/cases/:caseId/crypto/imports', {
    config: { access: 'case:write' },
    schema: {
      tags: ['crypto'],
      summary:
        'Import transaction dumps (multipart, field `files`): Bitcoin Core, Esplora, EVM RPC, Etherscan CSV',
      params: CaseParams,
      consumes: ['multipart/form-data'],
      response: { 200: Json },
    },
    handler: async (request) => {
      const importer = ctx.caps.cryptoImport;
      if (!importer)
        throw new DragnetError('CONFLICT', 'crypto import is not available in this build of Dragnet');
      const store = caseOf(ctx, request);
      const dir = path.join(ctx.homeDir, 'uploads', store.info.id, `crypto-${randomUUID()}`);
      const { paths } = await saveUploadedFiles(ctx, request, dir);
      return importer(store, paths, actorOf(request));
    },
  });

  app.get('/api/cases/:caseId/jobs', {
    config: { access: 'case:read' },
    schema: {
      tags: ['ingest'],
      summary: 'Ingest jobs of this case since the server started',
      params: CaseParams,
      response: { 200: Type.Array(Json) },
    },
    handler: async (request) => ctx.jobs?.list(caseOf(ctx, request).info.id) ?? [],
  });

  app.get('/api/cases/:caseId/jobs/:jobId', {
    config: { access: 'case:read' },
    schema: { tags: ['ingest'], summary: 'One ingest job', params: JobParams, response: { 200: Json } },
    handler: async (request) => {
      const { jobId } = request.params as { jobId: string };
      const job = ctx.jobs?.get(caseOf(ctx, request).info.id, jobId);
      if (!job) throw new DragnetError('NOT_FOUND', `no job ${jobId}`);
      return job;
    },
  });

  app.get('/api/cases/:caseId/jobs/:jobId/events', {
    config: { access: 'case:read' },
    schema: {
      tags: ['ingest'],
      summary: 'Job progress as Server-Sent Events (`progress`, then `done` or `failed`)',
      params: JobParams,
    },
    handler: async (request, reply) => {
      const { jobId } = request.params as { jobId: string };
      const jobs = ctx.jobs;
      const job = jobs?.get(caseOf(ctx, request).info.id, jobId);
      if (!jobs || !job) throw new DragnetError('NOT_FOUND', `no job ${jobId}`);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        ...(reply.getHeaders() as Record<string, string>),
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      const send = (j: JobStatus): void => {
        const event = j.state === 'done' || j.state === 'failed' ? j.state : 'progress';
        res.write(`event: ${event}\ndata: ${JSON.stringify(j)}\n\n`);
        if (event !== 'progress') finish();
      };
      let unsubscribe = (): void => {};
      const finish = (): void => {
        unsubscribe();
        res.end();
      };
      request.raw.on('close', () => unsubscribe());
      if (job.state === 'done' || job.state === 'failed') {
        send(job);
        return;
      }
      unsubscribe = jobs.subscribe(jobId, send);
      send(job);
    },
  });
}
