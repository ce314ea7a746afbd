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
import type { Analyser, AnalysisOptions } from '../analyse/analyser.js';
import { defaultAnalysers } from '../analyse/index.js';
import { analyseEvidence } from '../analyse/run-analysers.js';
import type { CaseStore, CaseWriter } from '../case/case-store.js';
import { sha256Hex } from '../case/sha256.js';
import { DragnetError, describeError } from '../core/errors.js';
import { type EvidenceKind, evidenceIdFromSha256, type ParsedEvidence } from '../core/evidence.js';
import { detectFormat } from './detect-format.js';
import { expandPaths } from './expand-paths.js';
import { DEFAULT_LIMITS, type IngestLimits, type IngestOptions, type SourceFile } from './format-handler.js';
import { fsErrorMessage, openSourceFile } from './source-file.js';

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
  for (const a of analysers) await a.prepare?.();
  const { files, failed } = await expandPaths(inputs);
  report.failed.push(...failed);
  const ingestOptions: IngestOptions = {
    limits: { ...DEFAULT_LIMITS, ...(options.limits ?? {}) },
    ...(options.textColumn ? { textColumn: options.textColumn } : {}),
    ...(options.region ? { region: options.region } : {}),
  };
  let filesDone = 0;
  const ctx: FileContext = {
    store,
    report,
    analysers,
    analysis: { ...(options.region ? { region: options.region } : {}), ...(options.analysis ?? {}) },
    maxReported: options.maxReportedEvidence ?? Number.POSITIVE_INFINITY,
    itemsSoFar: 0,
    progress: (path) =>
      options.onProgress?.({ filesDone: filesDone, filesTotal: files.length, items: ctx.itemsSoFar, path }),
  };
  for (const file of files) {
    ctx.progress(file);
    await ingestFile(ctx, file, ingestOptions, options.actor);
    filesDone++;
  }
  ctx.progress('');
  return report;
}

interface FileContext {
  store: CaseStore;
  report: IngestReport;
  analysers: ReadonlyArray<Analyser>;
  analysis: AnalysisOptions;
  maxReported: number;
  itemsSoFar: number;
  progress: (path: string) => void;
}

interface FileTally {
  ingested: IngestedItem[];
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
  const tally: FileTally = { ingested: [], duplicates: 0, memberFailures: [] };
  const itemsBefore = ctx.itemsSoFar;
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
          tally.ingested.push({ id: parentId, sha256, kind: handler.container, path });
        }
        let index = 0;
        for await (const result of handler.parse(source, options)) {
          if (!result.ok) {
            const message = result.problems.map((p) => p.message).join('; ');
            // A single-item file that cannot be read, or a container with a
            // structural (fatal) problem such as truncated JSON/XML: the whole file fails.
            if (!handler.container || result.problems.some((p) => p.fatal)) {
              throw new DragnetError('BAD_INPUT', message, { subject: path });
            }
            tally.memberFailures.push({ path: `${path}#${index}`, error: message });
          } else {
            storeItem(ctx, w, withWarnings(result.value, result.warnings), parentId, tally);
          }
          index++;
          await w.drain();
          if (index % 500 === 0) ctx.progress(path);
        }
        if (!handler.container && tally.ingested.length === 0 && tally.duplicates === 0) {
          throw new DragnetError('BAD_INPUT', 'no evidence could be read from this file', { subject: path });
        }
        if (tally.ingested.length === 0) throw new NothingNew();
        w.note({
          items: tally.ingested.length,
          duplicates: tally.duplicates,
          failedMembers: tally.memberFailures.length,
        });
      },
    );
  } catch (err) {
    ctx.itemsSoFar = itemsBefore;
    if (err instanceof NothingNew) {
      ctx.report.duplicates += Math.max(1, tally.duplicates);
      return;
    }
    ctx.report.failed.push({ path, error: describeError(err).replace(`${path}: `, '') });
    return;
  }
  ctx.report.ingested += tally.ingested.length;
  ctx.report.duplicates += tally.duplicates;
  ctx.report.failed.push(...tally.memberFailures);
  for (const item of tally.ingested) {
    if (ctx.report.evidence.length >= ctx.maxReported) break;
    ctx.report.evidence.push(item);
  }
}

function baseName(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

/** Keeps the parser's warnings (sloppy MIME, undecodable charset…) with the item, for the analyst. */
function withWarnings(
  item: ParsedEvidence,
  warnings: ReadonlyArray<{ message: string }> | undefined,
): ParsedEvidence {
  if (!warnings || warnings.length === 0) return item;
  return { ...item, meta: { ...(item.meta ?? {}), parseWarnings: warnings.map((w) => w.message) } };
}

/** Stores one parsed item and its children, running the analysers on each new item. */
function storeItem(
  ctx: FileContext,
  w: CaseWriter,
  item: ParsedEvidence,
  parentId: string | undefined,
  tally: FileTally,
): void {
  const sha256 = sha256Hex(item.bytes);
  const id = evidenceIdFromSha256(sha256);
  if (ctx.store.hasEvidenceSha256(sha256)) {
    tally.duplicates++;
    return;
  }
  w.putBlob(item.bytes, sha256);
  const { bytes, children, ...fields } = item;
  // The duplicate check above also sees this write's own rows (same connection and transaction),
  // so the same bytes twice inside one file count as a duplicate there.
  w.addEvidence({ ...fields, id, sha256, size: bytes.length, ...(parentId ? { parentId } : {}) });
  tally.ingested.push({ id, sha256, kind: item.kind, path: item.path });
  ctx.itemsSoFar++;
  const analysis = analyseEvidence({ ...fields, bytes, id, sha256 }, ctx.analysers, ctx.analysis);
  if (analysis.observables.length > 0) w.addObservables(id, analysis.observables);
  if (analysis.findings.length > 0) w.addFindings(id, analysis.findings);
  for (const child of children ?? []) storeItem(ctx, w, child, id, tally);
}
