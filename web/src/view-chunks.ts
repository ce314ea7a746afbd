/**
 * The lazily loaded views' chunks (graph: sigma + graphology; message: DOMPurify), each
 * requested once. No React here: `boot.ts` starts the opening view's chunk from the entry, and
 * the app renders only once it has arrived, so that view mounts without suspending. (A suspended
 * first render commits the fallback, and React then holds the real view back for its fallback
 * throttle, 300 ms after that commit: measured 270 ms of an idle main thread before the graph.)
 */
import type * as GraphViewModule from './views/GraphView';
import type * as MessageViewModule from './views/MessageView';

export interface ViewChunk<M> {
  /** The module once its chunk has been loaded and evaluated. */
  loaded?: M;
  load(): Promise<M>;
}

function chunk<M>(importer: () => Promise<M>): ViewChunk<M> {
  let pending: Promise<M> | undefined;
  const c: ViewChunk<M> = {
    load: () => {
      pending ??= importer().then((m) => (c.loaded = m));
      return pending;
    },
  };
  return c;
}

export const graphViewChunk = chunk<typeof GraphViewModule>(() => import('./views/GraphView'));
export const messageViewChunk = chunk<typeof MessageViewModule>(() => import('./views/MessageView'));
