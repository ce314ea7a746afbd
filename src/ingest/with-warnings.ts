/**
 * @module ingest/with-warnings
 * Keeps the parser's warnings (sloppy MIME, undecodable charset…) with the item, for the analyst.
 */
import type { ParsedEvidence } from '../core/evidence.js';

export function withWarnings(
  item: ParsedEvidence,
  warnings: ReadonlyArray<{ message: string }> | undefined,
): ParsedEvidence {
  if (!warnings || warnings.length === 0) return item;
  return { ...item, meta: { ...(item.meta ?? {}), parseWarnings: warnings.map((w) => w.message) } };
}
