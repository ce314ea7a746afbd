/**
 * @module core/errors
 * One error base class for the whole project. Every failure a user can meet carries a stable
 * `code` (tests match on it), a one-line `message` naming the file or value at fault, and a `hint`
 * saying what to do. The CLI turns these into exit codes in exactly one place (`cli/run-command.ts`).
 */

/** Stable error codes. Add new ones; never rename one (scripts match on them). */
export type ErrorCode =
  | 'USAGE' // wrong arguments or options
  | 'BAD_INPUT' // evidence or an input file is malformed, truncated, too big, unreadable
  | 'NOT_FOUND' // a case, evidence item, seed or file does not exist
  | 'CASE_EXISTS' // `case init` on a folder that already holds a case
  | 'NOT_A_CASE' // the folder holds no case
  | 'CASE_LOCKED' // another process holds the case
  | 'CASE_VERSION' // the case was written by a newer Dragnet
  | 'INTEGRITY' // verification found tampering or loss
  | 'FORBIDDEN' // an authenticated user lacks the right
  | 'UNAUTHENTICATED' // no or bad credentials
  | 'CONFLICT' // the request conflicts with the current state
  | 'LIMIT' // a safety limit (size, count, depth, ratio) was hit
  | 'INTERNAL'; // a bug: please report it

/** Process exit code for each error code; the CLI contract fixes 2 (usage) and 3 (bad input). */
export const EXIT_CODES: Record<ErrorCode, number> = {
  USAGE: 2,
  BAD_INPUT: 3,
  NOT_FOUND: 3,
  CASE_EXISTS: 2,
  NOT_A_CASE: 2,
  CASE_LOCKED: 5,
  CASE_VERSION: 2,
  INTEGRITY: 4,
  FORBIDDEN: 6,
  UNAUTHENTICATED: 6,
  CONFLICT: 2,
  LIMIT: 3,
  INTERNAL: 1,
};

export interface DragnetErrorOptions {
  hint?: string;
  cause?: unknown;
  /** The evidence file, row or value the error is about, shown before the message. */
  subject?: string;
  details?: Record<string, unknown>;
}

export class DragnetError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly subject: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: DragnetErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DragnetError';
    this.code = code;
    this.hint = options.hint;
    this.subject = options.subject;
    this.details = options.details;
  }

  /** One line for a terminal or a court exhibit: `subject: message (hint)`. */
  toLine(): string {
    const head = this.subject ? `${this.subject}: ${this.message}` : this.message;
    return this.hint ? `${head} (hint: ${this.hint})` : head;
  }
}

export const usageError = (message: string, hint?: string): DragnetError =>
  new DragnetError('USAGE', message, { hint });

export const badInput = (subject: string, message: string, hint?: string, cause?: unknown): DragnetError =>
  new DragnetError('BAD_INPUT', message, { subject, hint, cause });

export function isDragnetError(err: unknown): err is DragnetError {
  return err instanceof DragnetError;
}

/** Best-effort one-line description of anything thrown, without a stack trace. */
export function describeError(err: unknown): string {
  if (err instanceof DragnetError) return err.toLine();
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name;
  return String(err);
}
