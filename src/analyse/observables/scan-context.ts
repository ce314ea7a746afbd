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
  /** False once a record was emitted before the previous one in output order (start, end, type). */
  ordered = true;
  /** True once a record repeated the previous one's start, end and type (a duplicate to drop). */
  repeated = false;
  private lastStart = -1;
  private lastEnd = -1;
  private lastType = '';

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
    // Order is tracked here, from the arguments, so that the caller needs no pass over records of
    // many shapes (extras differ by type) to learn whether they need sorting.
    if (this.ordered) {
      const d =
        start - this.lastStart ||
        end - this.lastEnd ||
        (type < this.lastType ? -1 : type > this.lastType ? 1 : 0);
      if (d < 0) this.ordered = false;
      else if (d === 0) this.repeated = true;
      this.lastStart = start;
      this.lastEnd = end;
      this.lastType = type;
    }
    const rec: Observable = { type, value, raw: raw ?? this.text.slice(start, end), start, end };
    if (defanged) rec.defanged = true;
    if (this.source !== undefined) rec.source = this.source;
    if (extra) Object.assign(rec, extra);
    this.out.push(rec);
  }

  /** True when `re` matches within `before` characters before `start` or `after` characters after `end`. */
  near(re: RegExp, start: number, end: number, before: number, after = 0): boolean {
    const a = Math.max(0, start - before);
    if (re.test(this.text.slice(a, start))) return true;
    return after > 0 && re.test(this.text.slice(end, Math.min(this.text.length, end + after)));
  }
}
