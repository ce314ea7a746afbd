/**
 * @module graph/campaign-message
 * The plain-data view of one message that campaign clustering, the timeline and the exporters
 * read. Loaders build it from the case store; tests and benchmarks build it directly, so the
 * algorithms never touch I/O.
 */

/** An indicator as the contract prints it: observable type and normalised value. */
export interface IndicatorRef {
  type: string;
  value: string;
}

export interface CampaignMessage {
  /** Evidence id. */
  id: string;
  /** Subject and body as one text (the subject first). */
  text: string;
  /** Message time (ISO 8601 UTC), when the evidence carries one. */
  time?: string;
  /** Language code from the triage verdict (`en`, `de`…). */
  lang?: string;
  /** Triage class (`phishing`, `scam`, `spam`, `ham`). */
  verdict?: string;
  /** Triage score in [0,1]. */
  score?: number;
  /** Sender address: e-mail, phone (E.164) or chat handle. */
  sender?: string;
  /** Reply-To addresses. */
  replyTo?: string[];
  /** Observables found in the message (normalised values). */
  indicators: IndicatorRef[];
  /** Brands the impersonation analyser says the message imitates. */
  brands?: string[];
}
