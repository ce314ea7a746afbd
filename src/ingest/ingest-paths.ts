/**
 * @module ingest/ingest-paths
 * The ingest pipeline: files → format handler → evidence items (+ blobs) → analysers → case store.
 *
 * Invariants:
 * - One store write (one transaction, one audit entry) per input file: a file lands whole or not
 *   at all, and the rest of the batch goes on when one file fails.
 * - Idempotent: an item whose SHA-256 is already in the case is counted as a duplicate and
 *   nothing is written for it; a file that adds nothing new leaves no trace at all.
 * - Containers (mbox, chat exports, archives) are streamed: their members are stored as they are
 *   read, so memory does not grow with the container's size.
 */
import type { Analyser, AnalysisOptions, AnalysisOutput } from '../analyse/analyser.js';
import { defaultAnalysers } from '../analyse/index.js';
import { analyseEvidence } from '../analyse/run-analysers.js';
import { type ChatLine, ConversationStories } from '../analyse/triage/conversation-story.js';
import type { CaseStore, CaseWriter } from '../case/case-store.js';
import { evidenceInsert } from '../case/evidence-digest.js';
import { DragnetError, describeError } from '../core/errors.js';
import { type EvidenceKind, evidenceIdFromSha256 } from '../core/evidence.js';
import { WALLET_TYPES } from '../core/observable.js';
import type { Result } from '../core/result.js';
import { garbageCollector } from './collect-garbage.js';
import { detectFormat } from './detect-format.js';
import type { EvidenceSpool } from './evidence-spool.js';
import { expandPaths } from './expand-paths.js';
import { DEFAULT_LIMITS, type IngestLimits, type IngestOptions, type SourceFile } from './format-handler.js';
import { mboxMembers } from './mbox/mbox-handler.js';
import { ParsePool } from './parallel/parse-pool.js';
import { forEachCreatedBlob, type PreparedItem, prepareItem } from './parallel/prepared-item.js';
import { fsErrorMessage, openSourceFile } from './source-file.js';
import { withWarnings } from './with-warnings.js';

export interface IngestedItem {
  id: string;
  sha256: string;
  kind: EvidenceKind;
  path: string;
}

/** The `dragnet ingest --json` record (contract fields: ingested, duplicates, failed, evidence). */
export interface IngestReport {
  ingested: number;
  duplicates: number;
  failed: Array<{ path: string; error: string }>;
  evidence: IngestedItem[];
}

export interface IngestProgress {
  /** Files finished so far, and in all. */
  filesDone: number;
  filesTotal: number;
  /** Items stored so far (all files). */
  items: number;
  /** The file being read. */
  path: string;
}

export interface IngestRunOptions {
  limits?: Partial<IngestLimits>;
  textColumn?: string;
  region?: string;
  analysers?: ReadonlyArray<Analyser>;
  analysis?: AnalysisOptions;
  /** The user recorded in the audit log (the API passes its user; the CLI the OS user). */
  actor?: string;
  onProgress?: (p: IngestProgress) => void;
  /** Keep the evidence list of the report short for huge ingests (counts stay exact). */
  maxReportedEvidence?: number;
  /**
   * List the evidence stored in this spool instead of `report.evidence` (which then stays empty),
   * so that listing every item of a huge mailbox costs no memory.
   */
  evidenceSpool?: EvidenceSpool<IngestedItem>;
  /**
   * Worker threads parsing mailbox messages (and running the default analysers) while this
   * thread writes the case; 0 parses here. Default: one per core.
   */
  parseWorkers?: number;
}

/** Thrown inside a write to roll it back when the file added nothing new. */
class NothingNew extends Error {}

export async function ingestPaths(
  store: CaseStore,
  inputs: ReadonlyArray<string>,
  options: IngestRunOptions = {},
): Promise<IngestReport> {
  const report: IngestReport = { ingested: 0, duplicates: 0, failed: [], evidence: [] };
  const analysers = options.analysers ?? defaultAnalysers;
  // Prepared on first use on this thread: a mailbox whose messages are all analysed in parse
  // workers never loads the models here (about 30 MB of resident memory saved).
  let prepared: Promise<void> | undefined;
  const prepareAnalysers = (): Promise<void> => {
    prepared ??= (async () => {
      for (const a of analysers) await a.prepare?.();
    })();
    return prepared;
  };
  const { files, failed } = await expandPaths(inputs);
  report.failed.push(...failed);
  const ingestOptions: IngestOptions = {
    limits: { ...DEFAULT_LIMITS, ...(options.limits ?? {}) },
    ...(options.textColumn ? { textColumn: options.textColumn } : {}),
    ...(options.region ? { region: options.region } : {}),
  };
  let filesDone = 0;
  const workers = options.parseWorkers ?? ParsePool.defaultSize(analysers.length > 0);
  const ctx: FileContext = {
    store,
    report,
    analysers,
    prepareAnalysers,
    analysis: { ...(options.region ? { region: options.region } : {}), ...(options.analysis ?? {}) },
    maxReported: options.maxReportedEvidence ?? Number.POSITIVE_INFINITY,
    ...(options.evidenceSpool ? { spool: options.evidenceSpool } : {}),
    itemsSoFar: 0,
    tick: garbageCollector(),
    progress: (path) =>
      options.onProgress?.({ filesDone: filesDone, filesTotal: files.length, items: ctx.itemsSoFar, path }),
    parsePool: async (blobDir) => {
      if (workers <= 0) return undefined;
      if (ctx.pool === undefined || ctx.pool?.broken) {
        await ctx.pool?.close();
        // Only the default analysers exist in a worker; others run here on what it parsed.
        const inWorker = analysers === defaultAnalysers;
        ctx.pool = ParsePool.create(workers, {
          analyse: inWorker,
          analysis: ctx.analysis,
          blobDir,
          keepBytes: !inWorker && analysers.length > 0,
        });
        await ctx.pool?.ready();
      }
      return ctx.pool;
    },
  };
  try {
    for (const file of files) {
      ctx.progress(file);
      await ingestFile(ctx, file, ingestOptions, options.actor);
      filesDone++;
    }
  } finally {
    await ctx.pool?.close();
  }
  ctx.progress('');
  return report;
}

interface FileContext {
  store: CaseStore;
  report: IngestReport;
  analysers: ReadonlyArray<Analyser>;
  /** Runs the analysers' `prepare` once, before this thread first analyses an item. */
  prepareAnalysers: () => Promise<void>;
  analysis: AnalysisOptions;
  maxReported: number;
  spool?: EvidenceSpool<IngestedItem>;
  itemsSoFar: number;
  progress: (path: string) => void;
  /** Called once per item read: keeps the heap near its live size over huge containers. */
  tick: () => void;
  /** The parse workers, started for the first mailbox (undefined: parse on this thread). */
  parsePool: (blobDir: string) => Promise<ParsePool | undefined>;
  pool?: ParsePool | undefined;
}

/** One file's counts. Its items go to the spool, or are kept up to the report's cap. */
interface FileTally {
  ingested: number;
  listed: IngestedItem[];
  duplicates: number;
  memberFailures: Array<{ path: string; error: string }>;
}

async function ingestFile(
  ctx: FileContext,
  path: string,
  options: IngestOptions,
  actor?: string,
): Promise<void> {
  let source: SourceFile;
  try {
    source = await openSourceFile(path, options.limits);
  } catch (err) {
    ctx.report.failed.push({ path, error: fsErrorMessage(err) });
    return;
  }
  const handler = detectFormat(source, options);
  const tally: FileTally = { ingested: 0, listed: [], duplicates: 0, memberFailures: [] };
  const itemsBefore = ctx.itemsSoFar;
  const spoolMark = ctx.spool?.mark();
  try {
    await ctx.store.write(
      {
        action: 'ingest',
        target: path,
        details: { file: path, format: handler.format, size: source.size },
        ...(actor ? { actor } : {}),
      },
      async (w) => {
        let parentId: string | undefined;
        if (handler.container) {
          const sha256 = await w.putBlobFromFile(path);
          w.note({ sha256 });
          if (ctx.store.hasEvidenceSha256(sha256)) throw new NothingNew();
          parentId = evidenceIdFromSha256(sha256);
          const container = {
            id: parentId,
            sha256,
            kind: handler.container,
            path,
            size: source.size,
            fileName: baseName(path),
          };
          w.addEvidence(container);
          listItem(ctx, tally, { id: parentId, sha256, kind: handler.container, path });
        }
        // A chat's messages are folded into the stories each sender tells across them.
        const stories = handler.container === 'chat-export' ? new ConversationStories() : undefined;
        let index = 0;
        const onResult = async (result: Result<PreparedItem>): Promise<void> => {
          if (!result.ok) {
            const message = result.problems.map((p) => p.message).join('; ');
            // A single-item file that cannot be read, or a container with a
            // structural (fatal) problem such as truncated JSON/XML: the whole file fails.
            if (!handler.container || result.problems.some((p) => p.fatal)) {
              throw new DragnetError('BAD_INPUT', message, { subject: path });
            }
            tally.memberFailures.push({ path: `${path}#${index}`, error: message });
          } else {
            const stored = storeItem(ctx, w, result.value, parentId, tally);
            if (stored && stories) stories.add(chatLine(result.value, stored.id, stored.analysis));
          }
          index++;
          ctx.tick();
          await w.drain();
          if (index % 500 === 0) ctx.progress(path);
        };
        const pool = handler.format === 'mbox' ? await ctx.parsePool(w.blobDir) : undefined;
        if (!pool?.analyses) await ctx.prepareAnalysers();
        if (pool) await parseInPool(pool, source, options, w, parentId, onResult);
        else {
          for await (const result of handler.parse(source, options)) {
            await onResult(
              result.ok
                ? { ok: true, value: prepareItem(withWarnings(result.value, result.warnings)) }
                : result,
            );
          }
        }
        addStoryFindings(w, parentId, stories);
        if (!handler.container && tally.ingested === 0 && tally.duplicates === 0) {
          throw new DragnetError('BAD_INPUT', 'no evidence could be read from this file', { subject: path });
        }
        if (tally.ingested === 0) throw new NothingNew();
        w.note({
          items: tally.ingested,
          duplicates: tally.duplicates,
          failedMembers: tally.memberFailures.length,
        });
      },
    );
  } catch (err) {
    ctx.itemsSoFar = itemsBefore;
    if (spoolMark) ctx.spool?.rollback(spoolMark);
    if (err instanceof NothingNew) {
      ctx.report.duplicates += Math.max(1, tally.duplicates);
      return;
    }
    ctx.report.failed.push({ path, error: describeError(err).replace(`${path}: `, '') });
    return;
  }
  ctx.report.ingested += tally.ingested;
  ctx.report.duplicates += tally.duplicates;
  ctx.report.failed.push(...tally.memberFailures);
  ctx.report.evidence.push(...tally.listed);
}

/** Counts a stored item and lists it (in the spool, or in memory while under the report's cap). */
function listItem(ctx: FileContext, tally: FileTally, item: IngestedItem): void {
  tally.ingested++;
  if (ctx.spool) ctx.spool.add(item);
  else if (ctx.report.evidence.length + tally.listed.length < ctx.maxReported) tally.listed.push(item);
}

function baseName(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** Messages parsed ahead of the one being stored, and the bytes they may hold at most. */
const PARSE_AHEAD = 64;
const PARSE_AHEAD_BYTES = 16 * 1024 * 1024;

/**
 * Cuts the mailbox here and has the pool parse its messages, storing the results in mailbox order.
 * Up to PARSE_AHEAD messages are in the workers at a time, so memory stays bounded.
 */
async function parseInPool(
  pool: ParsePool,
  source: SourceFile,
  options: IngestOptions,
  w: CaseWriter,
  parentId: string | undefined,
  onResult: (r: Result<PreparedItem>) => Promise<void>,
): Promise<void> {
  const ahead: Array<{
    result: Promise<Result<PreparedItem>> | Result<PreparedItem>;
    bytes: number;
    pooled: boolean;
  }> = [];
  let aheadBytes = 0;
  let pooled = 0;
  const storeNext = async (): Promise<void> => {
    const next = ahead.shift();
    if (!next) return;
    // Post the partial batch only when the message awaited now is in it: flushing before every
    // store sent the workers one message per post (a post and a wake-up each way per message).
    if (next.pooled) {
      if (pooled <= pool.queued) pool.flush();
      pooled--;
    }
    aheadBytes -= next.bytes;
    const result = await next.result;
    // The worker wrote the blobs: the write owns them from now on (removed if it fails).
    if (result.ok) forEachCreatedBlob(result.value, (sha) => w.adoptBlob(sha));
    await onResult(result);
  };
  try {
    for await (const m of mboxMembers(source, options)) {
      if (!m.ok) ahead.push({ result: m, bytes: 0, pooled: false });
      else {
        const bytes = m.member.bytes.byteLength;
        ahead.push({ result: pool.submit(m.member, parentId), bytes, pooled: true });
        aheadBytes += bytes;
        pooled++;
      }
      while (ahead.length >= PARSE_AHEAD || aheadBytes > PARSE_AHEAD_BYTES) await storeNext();
    }
    while (ahead.length > 0) await storeNext();
  } catch (err) {
    // The file fails: blobs the workers wrote for messages not stored yet must go with it.
    pool.flush();
    for (const a of ahead) {
      const r = await Promise.resolve(a.result).catch(() => undefined);
      if (r?.ok) forEachCreatedBlob(r.value, (sha) => w.adoptBlob(sha));
    }
    throw err;
  }
}

/**
 * Stores one prepared item and its children, running the analysers on each new item unless done;
 * returns the new item's id and analysis (undefined for a duplicate).
 */
function storeItem(
  ctx: FileContext,
  w: CaseWriter,
  item: PreparedItem,
  parentId: string | undefined,
  tally: FileTally,
): { id: string; analysis: AnalysisOutput } | undefined {
  const { sha256, analysis: done, bytes, children, size, blobCreated, row, ...fields } = item;
  const id = evidenceIdFromSha256(sha256);
  // No separate duplicate query: the insert is ignored when the SHA-256 is in the case, and it
  // also sees this write's own rows (same connection and transaction), so the same bytes twice
  // inside one file count as a duplicate there. A duplicate's children are not visited.
  const inserted = w.addEvidenceRow(
    row ?? evidenceInsert({ ...fields, id, sha256, size, ...(parentId ? { parentId } : {}) }),
  );
  if (!inserted) {
    tally.duplicates++;
    return undefined;
  }
  if (blobCreated === undefined) w.putBlob(bytes, sha256);
  listItem(ctx, tally, { id, sha256, kind: item.kind, path: item.path });
  ctx.itemsSoFar++;
  const analysis = done ?? analyseEvidence({ ...fields, bytes, id, sha256 }, ctx.analysers, ctx.analysis);
  if (analysis.observables.length > 0) w.addObservables(id, analysis.observables);
  if (analysis.findings.length > 0) w.addFindings(id, analysis.findings);
  // A chat export inside an archive (WhatsApp exports are zips) gets the same conversation pass as
  // one ingested on its own.
  const stories = item.kind === 'chat-export' ? new ConversationStories() : undefined;
  for (const child of children ?? []) {
    const stored = storeItem(ctx, w, child, id, tally);
    if (stored && stories) stories.add(chatLine(child, stored.id, stored.analysis));
  }
  addStoryFindings(w, id, stories);
  return { id, analysis };
}

/** The conversation pass's findings on the chat export `id`, when its senders told any story. */
function addStoryFindings(
  w: CaseWriter,
  id: string | undefined,
  stories: ConversationStories | undefined,
): void {
  const findings = stories?.findings() ?? [];
  if (id && findings.length > 0) w.addFindings(id, findings);
}

/** A stored chat message as the conversation pass reads it. */
function chatLine(item: PreparedItem, id: string, analysis: AnalysisOutput): ChatLine {
  const iban = analysis.observables.find((o) => o.type === 'iban')?.value;
  const crypto = analysis.observables.find((o) => WALLET_TYPES.has(o.type))?.value;
  const time = item.date ? Date.parse(item.date) : Number.NaN;
  const hash = item.path.lastIndexOf('#');
  return {
    id,
    ...(hash >= 0 ? { ref: item.path.slice(hash) } : {}),
    sender: item.from?.address || item.from?.name || '',
    text: item.text ?? '',
    ...(iban ? { iban } : {}),
    ...(crypto ? { crypto } : {}),
    ...(Number.isNaN(time) ? {} : { time }),
  };
}
