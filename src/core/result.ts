/**
 * @module core/result
 * Parsers never throw on evidence: they return a `Result`. Exceptions are for bugs.
 */

/** A problem found in input, with the offset (bytes or characters, as the parser says) if known. */
export interface Problem {
  message: string;
  offset?: number;
  line?: number;
  /** `error` stops the item from being used; `warning` is recorded and the item kept. */
  severity: 'error' | 'warning';
  /**
   * The whole input is unusable (malformed JSON/XML, corrupt archive), not just one member: the
   * pipeline then stores nothing of the file, even members already read.
   */
  fatal?: boolean;
}

export type Result<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T, warnings?: Problem[]): Result<T> =>
  warnings && warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };

export const fail = <T = never>(message: string, offset?: number): Result<T> => ({
  ok: false,
  problems: [{ message, severity: 'error', ...(offset === undefined ? {} : { offset }) }],
});

/** A problem that makes the whole file unusable (see `Problem.fatal`). */
export const fatal = <T = never>(message: string, offset?: number): Result<T> => ({
  ok: false,
  problems: [{ message, severity: 'error', fatal: true, ...(offset === undefined ? {} : { offset }) }],
});
