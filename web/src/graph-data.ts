/**
 * The graph view's first request, started by the case page as soon as it knows the graph tab is
 * open, so it runs while the (lazy) graph chunk is still loading instead of after it.
 */
import { api, qs } from './api';
import type { GraphBody } from './types';

const pending = new Map<string, Promise<GraphBody>>();

export const graphLimitFromHash = (): number =>
  Number(new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('limit')) || 2000;

export function prefetchGraph(caseId: string, limit: number): void {
  const key = `${caseId}\u0000${limit}`;
  if (!pending.has(key)) pending.set(key, api<GraphBody>(`/api/cases/${encodeURIComponent(caseId)}/graph${qs({ limit })}`));
}

/** The prefetched body if there is one (used once), else a fresh request. */
export function takeGraph(caseId: string, limit: number): Promise<GraphBody> {
  const key = `${caseId}\u0000${limit}`;
  prefetchGraph(caseId, limit);
  const p = pending.get(key)!;
  pending.delete(key);
  return p;
}
