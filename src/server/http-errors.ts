/**
 * @module server/http-errors
 * One mapping from `DragnetError` codes to HTTP statuses, and one error body shape for every
 * failure: `{ "error": { "code", "message", "hint"? } }`. Unknown errors become 500 without
 * internals (messages can end up in court exhibits; stack traces must not leak paths or data).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DragnetError, type ErrorCode } from '../core/errors.js';

const STATUS: Record<ErrorCode, number> = {
  USAGE: 400,
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  CASE_EXISTS: 409,
  NOT_A_CASE: 404,
  CASE_LOCKED: 423,
  CASE_VERSION: 409,
  INTEGRITY: 409,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  LIMIT: 413,
  INTERNAL: 500,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export const forbidden = (message = 'you do not have the right to do this'): DragnetError =>
  new DragnetError('FORBIDDEN', message);
export const unauthenticated = (): DragnetError =>
  new DragnetError('UNAUTHENTICATED', 'log in first', {
    hint: 'POST /api/login, or send Authorization: Bearer <token>',
  });
export const notFound = (what: string): DragnetError => new DragnetError('NOT_FOUND', `no ${what}`);

export function errorHandler(err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof DragnetError) {
    const status = typeof err.details?.status === 'number' ? err.details.status : STATUS[err.code];
    reply
      .status(status)
      .send({ error: { code: err.code, message: err.message, ...(err.hint ? { hint: err.hint } : {}) } });
    return;
  }
  const fe = err as FastifyError;
  if (fe.validation || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code?.startsWith('FST_ERR_CTP')) {
    reply.status(fe.statusCode ?? 400).send({ error: { code: 'BAD_INPUT', message: fe.message } });
    return;
  }
  if (fe.statusCode && fe.statusCode < 500) {
    const code = fe.statusCode === 413 ? 'LIMIT' : fe.statusCode === 404 ? 'NOT_FOUND' : 'BAD_INPUT';
    reply.status(fe.statusCode).send({ error: { code, message: fe.message } });
    return;
  }
  request.log.error({ err }, 'internal error');
  reply.status(500).send({ error: { code: 'INTERNAL', message: 'internal error' } });
}
