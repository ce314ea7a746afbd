/**
 * @module analyse/observables/scan-context
 * State shared by one extraction run: the text, the options, the records found so far, and
 * cheap look-behind context checks (`BIC:` before a code, `Telegram` near an `@handle`).
 */
import type { Observable, ObservableType } from '../../core/observable.js';

/** Options of `extractObservables`; all optional. */
export interface ExtractOptions {
  /** Only these types are returned (default: all). */
  types?: Iterable<ObservableType>;
  /** ISO 3166 region (e.g. `DE`): national-format phone numbers are read for it. */
  region?: string;
  /** Report hex hashes that sit inside URLs (download links…) as standalone hashes too. */
  includeHashesInUrls?: boolean;
  /** Report the host of every URL as its own domain/IP observable (default true). */
  urlHosts?: boolean;
  /** Written to every record's `source` (`text`, `html`, `header:From`…). */
  source?: string;
}

/** Output order of records: by start, then end, then type. */
export function compareRecords(a: Observable, b: Observable): number {
  return a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}

/** How many records an early record is moved back past before the whole list is left to a sort. */
const MAX_STEP_BACK = 32;

/** Extra per-type facts merged into the record (`scope`, `punycode`, `chain`…). */
export type Extra = Record<string, unknown>;

export class ScanContext {
  readonly text: string;
  readonly types: ReadonlySet<ObservableType> | null;
  readonly region: string | undefined;
  readonly includeHashesInUrls: boolean;
  readonly urlHosts: boolean;
  readonly source: string | undefined;
  readonly out: Observable[] = [];
  /** Original offset before which the scanner skips tokens (already consumed by a spanning match). */
  skipTo = 0;
  /** False once a record came too far ahead of its place in output order (start, end, type) to move it there. */
  ordered = true;
  /** True once a record repeated the previous one's start, end and type (a duplicate to drop). */
  repeated = false;

  constructor(text: string, options: ExtractOptions) {
    this.text = text;
    this.types = options.types ? new Set(options.types) : null;
    this.region = options.region?.toUpperCase();
    this.includeHashesInUrls = options.includeHashesInUrls ?? false;
    this.urlHosts = options.urlHosts ?? true;
    this.source = options.source;
  }

  wants(type: ObservableType): boolean {
    return this.types === null || this.types.has(type);
  }

  /** Records one observable; `raw` is cut from the text unless given (cards pass a masked raw). */
  emit(
    type: ObservableType,
    value: string,
    start: number,
    end: number,
    defanged: boolean,
    extra?: Extra,
    raw?: string,
  ): void {
    if (!this.wants(type)) return;
    const rec: Observable = { type, value, raw: raw ?? this.text.slice(start, end), start, end };
    if (defanged) rec.defanged = true;
    if (this.source !== undefined) rec.source = this.source;
    if (extra) Object.assign(rec, extra);
    const out = this.out;
    out.push(rec);
    // Order is kept here, from the arguments, so that the caller needs no pass over records of
    // many shapes (extras differ by type) to learn whether they need sorting. A record that comes
    // early (a URL host, a look-back match) is moved back into place a few steps at most, which
    // keeps this linear; past that bound the caller sorts the whole list instead (same result:
    // both keep equal records in emission order).
    if (this.ordered) {
      let p = out.length - 1;
      let d = 1;
      while (p > 0) {
        const prev = out[p - 1] as Observable;
        d = compareRecords(rec, prev);
        if (d >= 0) break;
        if (out.length - p > MAX_STEP_BACK) {
          this.ordered = false;
          return;
        }
        out[p] = prev;
        out[--p] = rec;
      }
      if (d === 0) this.repeated = true;
    }
  }

  /** True when `re` matches within `before` characters before `start` or `after` characters after `end`. */
  near(re: RegExp, start: number, end: number, before: number, after = 0): boolean {
    const a = Math.max(0, start - before);
    if (re.test(this.text.slice(a, start))) return true;
    return after > 0 && re.test(this.text.slice(end, Math.min(this.text.length, end + after)));
  }
}
