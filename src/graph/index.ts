/** @module graph — entity graph, campaign clustering and timeline over a case. */

export {
  buildEntityGraph,
  type EdgeType,
  type EntityEdge,
  type EntityGraph,
  type EntityGraphOptions,
  type EntityNode,
  nodeKey,
} from './build-entity-graph.js';
export { buildTimeline, type TimelineEvent } from './build-timeline.js';
export type { Campaign, SharedIndicator } from './campaign.js';
export { type CommunityOptions, campaignCommunities } from './campaign-communities.js';
export type { CampaignMessage, IndicatorRef } from './campaign-message.js';
export { campaignSummary } from './campaign-summary.js';
export { isInfrastructure, MESSAGE_KINDS, messagesFromCase } from './case-messages.js';
export { type ClusterOptions, campaignId, clusterCampaigns } from './cluster-campaigns.js';
export { type InfraKey, infrastructureKeys, urlPathPattern } from './infrastructure-keys.js';
export { type CaseRows, loadCaseCampaigns, loadCaseRows } from './load-case-campaigns.js';
export { canonicalParty, canonicalValue, registrableDomain } from './normalise-entity.js';
export { normaliseText, signatureSimilarity, textSignature } from './text-signature.js';
