/**
 * @module graph/load-case-campaigns
 * Thin loaders over a `CaseStore`: read evidence, observables and findings once, then run the
 * pure functions. Campaigns are recomputed on demand (deterministic, seconds for 100,000
 * messages), so they never go stale after an ingest.
 */
import type { CaseStore, StoredFinding, StoredObservable } from '../case/case-store.js';
import type { Evidence } from '../core/evidence.js';
import type { Campaign } from './campaign.js';
import type { CampaignMessage } from './campaign-message.js';
import { messagesFromCase } from './case-messages.js';
import { type ClusterOptions, clusterCampaigns } from './cluster-campaigns.js';

export interface CaseRows {
  evidence: Evidence[];
  observables: StoredObservable[];
  findings: StoredFinding[];
}

/** Everything the graph and the exporters read, in one pass over the store. */
export function loadCaseRows(store: CaseStore): CaseRows {
  return {
    evidence: [...store.iterateEvidence()],
    observables: store.listObservables(),
    findings: store.listFindings(),
  };
}

/** Messages and their campaigns for a case. */
export function loadCaseCampaigns(
  store: CaseStore,
  options: ClusterOptions = {},
  rows: CaseRows = loadCaseRows(store),
): { rows: CaseRows; messages: CampaignMessage[]; campaigns: Campaign[] } {
  const messages = messagesFromCase(rows.evidence, rows.observables, rows.findings);
  return { rows, messages, campaigns: clusterCampaigns(messages, options) };
}
