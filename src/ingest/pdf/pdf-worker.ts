/**
 * @module ingest/pdf/pdf-worker
 * The thread `read-pdf-text` reads PDFs in: one request at a time, `{id, bytes}` in,
 * `{id, result}` out. Its heap limit and its owner's timeout are what stop a hostile PDF.
 */
import { parentPort } from 'node:worker_threads';
import { extractPdfText } from './extract-pdf-text.js';

parentPort?.on('message', async (job: { id: number; bytes: Uint8Array }) => {
  const result = await extractPdfText(job.bytes);
  parentPort?.postMessage({ id: job.id, result });
});
