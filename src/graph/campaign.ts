/**
 * @module graph/campaign
 * The campaign record. The first seven fields are the `dragnet campaigns --jsonl` contract
 * (`id`, `members`, `indicators`, `first_seen`, `last_seen`, `languages`, `summary`); the rest are
 * additions, which the contract allows.
 */
import type { IndicatorRef } from './campaign-message.js';

/** An indicator shared by members of a campaign, with how many members carry it. */
export interface SharedIndicator extends IndicatorRef {
  count: number;
}

export interface Campaign {
  /** `cmp-` + 12 hex digits of SHA-256 over the sorted member ids: same members, same id. */
  id: string;
  /** Evidence ids, in time order (then id). */
  members: string[];
  /** Indicators carried by at least two members, most shared first. */
  indicators: SharedIndicator[];
  first_seen: string | null;
  last_seen: string | null;
  languages: string[];
  summary: string;
  size: number;
  /** Triage class → number of members. */
  verdicts: Record<string, number>;
  /** Imitated brands, most frequent first. */
  brands: string[];
  /** URL path patterns shared across rotating domains (kit fingerprints). */
  url_patterns: string[];
}
