/**
 * @module ingest/collect-garbage
 * A full garbage collection on demand, for long streaming ingests.
 *
 * Why: V8 sizes the old generation from the allocation rate, not the live set. A 100,000-message
 * ingest keeps ~30 MB live per thread yet lets each heap grow past 100 MB of garbage before a
 * major collection, which is most of what separated peak RSS at 10k and at 100k messages.
 *
 * When: a full collection at a fixed item count (every 500–1,000 items) kept memory flat but cost
 * about a fifth of a store-only ingest's CPU (parallel marking on V8's helper threads), mostly
 * collecting heaps that had hardly grown. So the heap's footprint (JS heap + the buffers it holds)
 * is looked at every few items instead (a cheap call), and a collection runs only once it has
 * grown `slackMb` past what the last one left: 11 collections over a 100k-message store-only
 * ingest instead of ~300 (main thread and two workers), and peak RSS 272 MiB instead of 280.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      // `gc` is only handed to contexts created after the flag is set.
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/** This thread's heap as resident memory sees it: the JS heap and the buffers it holds. */
function footprint(): number {
  const h = getHeapStatistics() as ReturnType<typeof getHeapStatistics> & { external_memory?: number };
  return h.total_physical_size + (h.external_memory ?? 0);
}

/** Heap growth past the last collection's live size that triggers the next one. */
const DEFAULT_SLACK_MB = 12;
/** Items between two looks at the heap's size. */
const CHECK_EVERY = 25;

/**
 * Returns a tick to call once per item: collects garbage when this thread's heap has grown
 * `slackMb` since the last collection.
 */
export function garbageCollector(slackMb = DEFAULT_SLACK_MB): () => void {
  const slack = slackMb * 1024 * 1024;
  let n = 0;
  let limit = footprint() + slack;
  return () => {
    if (++n % CHECK_EVERY !== 0) return;
    if (footprint() < limit) return;
    collectGarbage();
    limit = footprint() + slack;
  };
}
