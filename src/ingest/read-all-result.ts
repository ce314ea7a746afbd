/**
 * @module ingest/read-all-result
 * `SourceFile.readAll` as a Result: a file over `maxInMemoryBytes` or an unreadable file becomes
 * one clear problem instead of an exception, so every handler can `yield` it and stop.
 */
import { describeError } from '../core/errors.js';
import { fail, type Result } from '../core/result.js';
import type { SourceFile } from './format-handler.js';

/** The whole file, or the problem that prevents reading it (over the limit, unreadable). */
export async function readAllResult(file: SourceFile): Promise<Result<Buffer>> {
  try {
    return { ok: true, value: await file.readAll() };
  } catch (err) {
    // The subject (the path) is added by the pipeline; keep only what is wrong.
    return fail(describeError(err).replace(`${file.path}: `, ''));
  }
}
