/**
 * The graph view's first request, started at boot (`boot.ts`) or by the case page as soon as it
 * knows the graph tab is open, so it runs while the (lazy) graph chunk is still loading instead of
 * after it.
 */
import { api, prefetch, qs } from './api';
import { hashParam } from './location';
import type { GraphBody } from './types';

export const graphLimitFromHash = (): number => Number(hashParam('limit')) || 2000;

const graphPath = (caseId: string, limit: number): string =>
  `/api/cases/${encodeURIComponent(caseId)}/graph${qs({ limit })}`;

export function prefetchGraph(caseId: string, limit: number): void {
  prefetch(graphPath(caseId, limit));
}

/** The prefetched body if there is one (used once), else a fresh request. */
export function takeGraph(caseId: string, limit: number): Promise<GraphBody> {
  return api<GraphBody>(graphPath(caseId, limit));
}
