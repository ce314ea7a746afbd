/**
 * @module share/share-input
 * What the exporters read: plain data gathered from a case (see `load-share-input`), so the STIX,
 * MISP and CSV writers are pure functions and tests feed them synthetic cases directly.
 */
import type { Campaign } from '../graph/campaign.js';

/** One indicator of the case, with the evidence that carries it. */
export interface CaseIndicator {
  /** Observable type (`url`, `domain`, `ipv4`, `email`, `phone`, `iban`, `btc`, `sha256`…). */
  type: string;
  /** Normalised value. */
  value: string;
  /** Evidence ids, sorted. */
  evidence: string[];
  /** Earliest and latest message time (ISO 8601) among that evidence. */
  first_seen: string;
  last_seen: string;
  /** Campaign ids the indicator is shared in. */
  campaigns: string[];
  /** Triage class → count of carrying evidence, when verdicts exist. */
  verdicts: Record<string, number>;
  /** Wallet cluster id (crypto clustering), when known. */
  cluster?: string;
}

/** An e-mail (or SMS/chat) message worth describing to partners: the lure itself. */
export interface SharedMessage {
  id: string;
  kind: string;
  time: string;
  from?: string;
  fromName?: string;
  replyTo?: string[];
  subject?: string;
  messageId?: string;
  verdict?: string;
}

export interface ShareInput {
  caseId: string;
  caseName: string;
  /** Case creation time (ISO 8601): the producer identity's `created`. */
  createdAt: string;
  indicators: CaseIndicator[];
  messages: SharedMessage[];
  campaigns: Campaign[];
  /** Set when the export is restricted to one campaign. */
  campaignId?: string;
}

export interface ExportOptions {
  /** Clock for `published`/`timestamp` fields; defaults to the latest time in the data, so output is reproducible. */
  now?: () => string;
  /** Producer name (the identity object / MISP Orgc). */
  producer?: string;
}

/** Latest ISO time in the data (the deterministic default for "now"). */
export function latestTime(input: ShareInput): string {
  let t = input.createdAt;
  for (const i of input.indicators) if (i.last_seen > t) t = i.last_seen;
  for (const m of input.messages) if (m.time > t) t = m.time;
  return t;
}
