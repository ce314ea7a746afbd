/**
 * @module share/load-share-input
 * Reads a case from its store and builds the exporters' input (campaigns recomputed, see
 * `graph/load-case-campaigns`).
 */
import type { CaseStore } from '../case/case-store.js';
import { loadCaseCampaigns } from '../graph/load-case-campaigns.js';
import { buildShareInput } from './build-share-input.js';
import { loadWalletClusters } from './load-wallet-clusters.js';
import type { ShareInput } from './share-input.js';

/** The exportable picture of the case, or of one campaign (NOT_FOUND if it does not exist). */
export function loadShareInput(store: CaseStore, campaignId?: string): ShareInput {
  const { rows, campaigns } = loadCaseCampaigns(store);
  return buildShareInput(
    {
      caseId: store.info.id,
      caseName: store.info.name,
      createdAt: store.info.createdAt,
      evidence: rows.evidence,
      observables: rows.observables,
      findings: rows.findings,
      campaigns,
      walletClusters: loadWalletClusters(store),
    },
    campaignId,
  );
}
