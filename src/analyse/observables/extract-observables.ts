/**
 * @module analyse/observables/extract-observables
 * `extractObservables(text, options)`: every indicator in a text, defanged or not, validated,
 * with the exact UTF-16 offsets of what was written.
 *
 * Invariants: linear time in the text length; deterministic output order (by start offset, then
 * end, then type); `raw === text.slice(start, end)` for every record except cards, whose `raw` is
 * masked like their `value` so that no full card number is ever stored.
 */
import type { Observable } from '../../core/observable.js';
import { compareRecords, type ExtractOptions, ScanContext } from './scan-context.js';
import { scanText } from './scan-text.js';

export type { ExtractOptions } from './scan-context.js';

/** Extracts the observables of `text`; see {@link ExtractOptions}. */
export function extractObservables(text: string, options: ExtractOptions = {}): Observable[] {
  const ctx = new ScanContext(text, options);
  scanText(ctx);
  const out = ctx.out;
  // Records come out nearly in order (the scan goes left to right; only URL hosts and look-back
  // matches step back); the context moves such records back into place while emitting, and the
  // sort runs only when one came too far ahead for that (same result: both are stable).
  if (ctx.ordered) {
    // In order: duplicates, if any, are adjacent and were noted too.
    if (!ctx.repeated) return out;
  } else out.sort(compareRecords);
  // The same record can be reached twice (a host both as URL host and as a bare run); after the
  // sort such duplicates are adjacent, so one comparison with the last kept record drops them.
  const kept: Observable[] = [];
  for (const o of out) {
    const last = kept[kept.length - 1];
    if (last && last.start === o.start && last.end === o.end && last.type === o.type) continue;
    kept.push(o);
  }
  return kept;
}
