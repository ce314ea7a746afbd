/**
 * @module analyse/analyser
 * The analyser port. Analysers are pure functions of one evidence item (plus what the analysers
 * before them found): no I/O, no clock, no globals holding state between calls. Ingest, the job
 * queue and the HTTP API all run the same analysers through `analyseEvidence`.
 */

import type { ParsedEvidence } from '../core/evidence.js';
import type { Finding } from '../core/finding.js';
import type { Observable } from '../core/observable.js';

/** What an analyser sees: the parsed item with its id and hash, without its children. */
export interface AnalysisInput extends Omit<ParsedEvidence, 'children'> {
  id: string;
  sha256: string;
}

export interface AnalysisOutput {
  observables: Observable[];
  findings: Finding[];
}

/** Options the analysers share; all optional, all plain data (no handles). */
export interface AnalysisOptions {
  /** ISO 3166 region for national-format phone numbers, e.g. `DE`. */
  region?: string;
  /** Protected organisations: `{name, domain}` rows; the bundled list is used when absent. */
  brands?: ReadonlyArray<{ name: string; domain: string }>;
  /** Executives to watch for impersonation: `{name, email?}`. */
  executives?: ReadonlyArray<{ name: string; email?: string }>;
}

export interface Analyser {
  /** Stable name, stored with every finding it produces. */
  readonly name: string;
  /**
   * @param input the item to analyse
   * @param prior what the analysers that ran before this one found on the same item
   */
  analyse(input: AnalysisInput, prior: AnalysisOutput, options: AnalysisOptions): AnalysisOutput;
  /**
   * Loads what the analyser needs before the first item (a WebAssembly model, say), so that
   * `analyse` can stay synchronous and pure. Called once per run; optional.
   */
  prepare?(): Promise<void>;
}

export const emptyOutput = (): AnalysisOutput => ({ observables: [], findings: [] });
