/**
 * @module ingest/parallel/parse-worker
 * A worker thread of the parse pool: parses cut mbox messages, hashes them and their attachments
 * and (when asked) runs the default analysers, which are pure functions of the item. No case
 * store here: the pipeline's thread stores what comes back, in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultAnalysers } from '../../analyse/index.js';
import { BlobStore } from '../../case/blob-store.js';
import type { Result } from '../../core/result.js';
import { garbageCollector } from '../collect-garbage.js';
import { parseMboxMember } from '../mbox/mbox-handler.js';
import { withWarnings } from '../with-warnings.js';
import type { FromWorker, ParseJob, ParseWorkerData, ToWorker } from './parse-messages.js';
import { type PreparedItem, prepareItem } from './prepared-item.js';
import { addTransfer, ownBuffer } from './transfer.js';

const data = workerData as ParseWorkerData;
const port = parentPort;
if (!port) throw new Error('parse-worker must run as a worker thread');
const analysers = data.analyse ? defaultAnalysers : undefined;
const blobs = new BlobStore(data.blobDir);
// Keeps this worker's heap near its live size over a huge mailbox (see collect-garbage).
const tick = garbageCollector();
const prepareOptions = {
  ...(analysers ? { analysers } : {}),
  analysis: data.analysis,
  writeBlob: (sha256: string, bytes: Uint8Array) => blobs.putSync(sha256, bytes),
  keepBytes: data.keepBytes,
};

async function parseJob(job: ParseJob): Promise<Result<PreparedItem>> {
  const r = await parseMboxMember(job.member);
  if (!r.ok) return r;
  const rows = { parentId: job.parentId };
  return { ok: true, value: prepareItem(withWarnings(r.value, r.warnings), { ...prepareOptions, rows }) };
}

function collectTransfers(item: PreparedItem, list: ArrayBuffer[], seen: Set<ArrayBufferLike>): void {
  item.bytes = ownBuffer(item.bytes);
  addTransfer(list, seen, item.bytes);
  for (const c of item.children ?? []) collectTransfers(c, list, seen);
}

// Jobs are handled one batch at a time, in order: a batch's parses run back to back.
let chain: Promise<void> = Promise.resolve();
port.on('message', (msg: ToWorker) => {
  chain = chain.then(async () => {
    const results: Array<{ id: number; result: Result<PreparedItem> }> = [];
    const transfer: ArrayBuffer[] = [];
    const seen = new Set<ArrayBufferLike>();
    for (const job of msg.jobs) {
      const result = await parseJob(job);
      if (result.ok) collectTransfers(result.value, transfer, seen);
      results.push({ id: job.id, result });
      tick();
    }
    port.postMessage({ type: 'parsed', results } satisfies FromWorker, transfer);
  });
});

try {
  for (const a of analysers ?? []) await a.prepare?.();
  port.postMessage({ type: 'ready' } satisfies FromWorker);
} catch (err) {
  port.postMessage({
    type: 'failed',
    message: err instanceof Error ? err.message : String(err),
  } satisfies FromWorker);
}
