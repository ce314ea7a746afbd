/**
 * What the first screen needs, requested before React renders: the session check and, on a case
 * route, the case header, the open view's first request and its lazy chunk, all at once instead
 * of one after another (session → case layout → view → chunk → data). Each view still makes its
 * own request; `api` hands it the prefetched answer when the path matches exactly.
 *
 * This module and its imports carry no React: they are the whole entry chunk, so the requests
 * leave before the app's bundle (React and the views) is even downloaded, and are answered while
 * it compiles.
 */
import { prefetch } from './api';
import { evidencePath, initialFilter } from './evidence-query';
import { graphLimitFromHash, prefetchGraph } from './graph-data';
import { currentRoute } from './location';
import { graphViewChunk, messageViewChunk } from './view-chunks';

/** Returns the opening view's chunk when it is a lazy one (the app waits for it: `main.tsx`). */
export function bootPrefetch(): Promise<unknown> | undefined {
  prefetch('/api/session');
  const [top, caseId, tab = 'evidence', item] = currentRoute();
  if (top !== 'cases' || !caseId) return undefined;
  prefetch(`/api/cases/${encodeURIComponent(caseId)}`);
  if (tab === 'evidence' && !item) {
    prefetch(evidencePath(caseId, { cls: initialFilter('class'), kind: '', lang: '', sender: '', q: '', offset: 0 }));
  } else if (tab === 'evidence') {
    return messageViewChunk.load();
  } else if (tab === 'graph') {
    prefetchGraph(caseId, graphLimitFromHash());
    return graphViewChunk.load();
  }
  return undefined;
}
