/**
 * @module core/finding
 * What analysers conclude about an evidence item. A finding is explainable by construction: it
 * carries the reasons (signal, weight, the text that triggered it) an analyst can read out in court.
 */

export interface Reason {
  /** Short stable name of the signal, e.g. `url-ip-host`, `urgency`, `display-name-spoof`. */
  signal: string;
  /** Contribution to the score (log-odds for the triage model; 0..1 for rule-based analysers). */
  weight: number;
  /** The text or value that triggered it. */
  evidence: string;
}

export const TRIAGE_CLASSES = ['phishing', 'scam', 'spam', 'ham'] as const;
export type TriageClass = (typeof TRIAGE_CLASSES)[number];

/** The triage verdict; fields match the `dragnet score --jsonl` contract. */
export interface Verdict {
  score: number;
  class: TriageClass;
  lang: string;
  reasons: Reason[];
  /** Model version that produced it, so a verdict can be reproduced later. */
  model?: string;
}

export interface Finding {
  /** The analyser that produced it: `triage`, `impersonation`, `observables`, `malware`… */
  analyser: string;
  /** What kind of finding: `verdict`, `lookalike-domain`, `display-name-spoof`, `auth-results`… */
  kind: string;
  /** 0..1 strength, where meaningful. */
  score?: number;
  /** Short label, e.g. the class or the imitated brand's domain. */
  label?: string;
  reasons?: Reason[];
  /** Analyser-specific, JSON-serialisable detail. */
  data?: Record<string, unknown>;
}
