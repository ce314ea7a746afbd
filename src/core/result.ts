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
}

export type Result<T> = { ok: true; value: T; warnings?: Problem[] } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T, warnings?: Problem[]): Result<T> =>
  warnings && warnings.length > 0 ? { ok: true, value, warnings } : { ok: true, value };

export const fail = <T = never>(message: string, offset?: number): Result<T> => ({
  ok: false,
  problems: [{ message, severity: 'error', ...(offset === undefined ? {} : { offset }) }],
});
