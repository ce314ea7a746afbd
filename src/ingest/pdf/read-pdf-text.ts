/**
 * @module ingest/pdf/read-pdf-text
 * Reads a PDF's text and link targets (`extract-pdf-text`, PDF.js) in a worker thread of its own,
 * with a heap limit and a timeout: a PDF is the most hostile input ingest meets, and a crafted one
 * (a content stream that inflates to gigabytes, a font that sends the parser into a loop) must
 * cost one warning, not the ingest or the `dragnet score` run. The thread is started on the first
 * PDF, reused, and replaced after a timeout or a crash; it does not keep the process alive.
 *
 * Running from TypeScript sources (unit tests) there is no compiled worker and PDFs are read on
 * the calling thread: same results, no limits.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fail, type Result } from '../../core/result.js';
import { textWithTargets } from '../text/text-with-targets.js';
import { extractPdfText, MAX_PDF_BYTES, type PdfText } from './extract-pdf-text.js';

export { looksLikePdf, MAX_PDF_BYTES, type PdfText } from './extract-pdf-text.js';

/** Limits of the PDF thread. */
export interface PdfReadLimits {
  /** Give up on one PDF after this long. */
  timeoutMs: number;
  /** Old-generation heap of the thread; a PDF that needs more is not read. */
  heapMb: number;
}

export const DEFAULT_PDF_LIMITS: PdfReadLimits = { timeoutMs: 20_000, heapMb: 256 };

const WORKER_URL = new URL('./pdf-worker.js', import.meta.url);
let compiledWorker: boolean | undefined;

interface Reply {
  id: number;
  result: Result<PdfText>;
}

/** One PDF thread and the request it is working on (requests are serialised by `queue`). */
class PdfThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();

  /** Reads one PDF after the ones before it; never rejects. */
  read(bytes: Uint8Array, limits: PdfReadLimits): Promise<Result<PdfText>> {
    const run = this.queue.then(() => this.readNow(bytes, limits));
    this.queue = run;
    return run;
  }

  private start(limits: PdfReadLimits): Worker {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private readNow(bytes: Uint8Array, limits: PdfReadLimits): Promise<Result<PdfText>> {
    const worker = this.worker ?? this.start(limits);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const done = (result: Result<PdfText>, retire: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        worker.unref();
        if (retire) {
          if (this.worker === worker) this.worker = undefined;
          void worker.terminate();
        }
        resolve(result);
      };
      const onMessage = (reply: Reply): void => {
        if (reply.id === id) done(reply.result, false);
      };
      const onError = (err: Error & { code?: string }): void =>
        done(
          fail(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `PDF not read: it needs more than ${limits.heapMb} MB to parse (a damaged or hostile file)`
              : `PDF not read: the reader failed (${err.message})`,
          ),
          true,
        );
      const onExit = (): void => done(fail('PDF not read: the reader stopped'), true);
      const timer = setTimeout(
        () =>
          done(
            fail(`PDF not read: gave up after ${limits.timeoutMs / 1000} s (a damaged or hostile file)`),
            true,
          ),
        limits.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
      // A copy goes to the thread (structured clone): the evidence bytes stay as they are.
      worker.postMessage({ id, bytes });
    });
  }
}

let thread: PdfThread | undefined;

/**
 * Reads a PDF's text and link targets. Never throws: an encrypted, damaged, oversized, too slow or
 * too memory-hungry PDF gives `{ok:false}` with one problem saying which.
 */
export function readPdfText(
  bytes: Uint8Array,
  limits: PdfReadLimits = DEFAULT_PDF_LIMITS,
): Promise<Result<PdfText>> {
  compiledWorker ??= existsSync(fileURLToPath(WORKER_URL));
  // Checked here too, so that an oversized file is not copied to the thread first.
  if (!compiledWorker || bytes.byteLength > MAX_PDF_BYTES) return extractPdfText(bytes);
  thread ??= new PdfThread();
  return thread.read(bytes, limits);
}

/**
 * What analysers read of a PDF: its text, then the link targets and QR code texts the text does
 * not show.
 */
export function pdfReadableText(pdf: PdfText): string {
  return textWithTargets(pdf.text, [...pdf.links, ...pdf.qrCodes]);
}
