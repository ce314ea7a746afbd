/**
 * @module ingest/parallel/prepared-item
 * A parsed item with the work that needs no case database already done: its SHA-256, possibly its
 * blob written, and possibly the analysers' output. Parse workers produce these; the pipeline's
 * thread then only inserts rows.
 */
import type { Analyser, AnalysisOptions, AnalysisOutput } from '../../analyse/analyser.js';
import { analyseEvidence } from '../../analyse/run-analysers.js';
import { type EvidenceInsert, evidenceInsert } from '../../case/evidence-digest.js';
import { sha256Hex } from '../../case/sha256.js';
import { evidenceIdFromSha256, type ParsedEvidence } from '../../core/evidence.js';

export interface PreparedItem extends Omit<ParsedEvidence, 'children'> {
  sha256: string;
  /** Length of the item's bytes (`bytes` itself may have been left in the worker, see below). */
  size: number;
  /**
   * Set when the blob was already written: whether that write created it. The bytes are then
   * not needed any more and `bytes` is empty unless analysers still have to read them.
   */
  blobCreated?: boolean;
  /** Present when the analysers already ran on the item. */
  analysis?: AnalysisOutput;
  /**
   * The evidence row, when built here (`PrepareOptions.rows`). The parsed fields other than
   * `kind` and `path` are then dropped unless `keepBytes` asks for them: the row holds them.
   */
  row?: EvidenceInsert;
  children?: PreparedItem[];
}

export interface PrepareOptions {
  /** Run these analysers on every item (depth first, as the pipeline would). */
  analysers?: ReadonlyArray<Analyser>;
  analysis?: AnalysisOptions;
  /** Writes the blob; returns whether this call created it. */
  writeBlob?: (sha256: string, bytes: Uint8Array) => boolean;
  /** Keep `bytes` after the blob is written (the pipeline still runs analysers on them). */
  keepBytes?: boolean;
  /**
   * Build each item's evidence row, the top item under `parentId` (each child under its parent).
   * Parse workers do: serialising the parsed document is most of the cost of storing an item,
   * and a row of strings crosses threads far cheaper than the parsed object tree.
   */
  rows?: { parentId: string | undefined };
}

/** Hashes an item and its children and does what `options` asks on each. */
export function prepareItem(item: ParsedEvidence, options: PrepareOptions = {}): PreparedItem {
  const { children, ...fields } = item;
  const sha256 = sha256Hex(item.bytes);
  const id = evidenceIdFromSha256(sha256);
  let prepared: PreparedItem = { ...fields, sha256, size: item.bytes.length };
  if (options.analysers) {
    prepared.analysis = analyseEvidence({ ...fields, id, sha256 }, options.analysers, options.analysis ?? {});
  }
  if (options.writeBlob) {
    prepared.blobCreated = options.writeBlob(sha256, item.bytes);
    if (!options.keepBytes) prepared.bytes = EMPTY;
  }
  if (options.rows) {
    const { bytes: _bytes, ...evidence } = fields;
    const parentId = options.rows.parentId;
    const row = evidenceInsert({
      ...evidence,
      id,
      sha256,
      size: item.bytes.length,
      ...(parentId ? { parentId } : {}),
    });
    const { kind, path, bytes, blobCreated, analysis } = prepared;
    prepared = options.keepBytes
      ? { ...prepared, row }
      : {
          kind,
          path,
          bytes,
          sha256,
          size: item.bytes.length,
          row,
          ...(blobCreated !== undefined ? { blobCreated } : {}),
          ...(analysis ? { analysis } : {}),
        };
  }
  if (children && children.length > 0) {
    const childOptions = options.rows ? { ...options, rows: { parentId: id } } : options;
    prepared.children = children.map((c) => prepareItem(c, childOptions));
  }
  return prepared;
}

const EMPTY = new Uint8Array(0);

/** Calls `fn` on every item of the tree whose blob was created by its preparation. */
export function forEachCreatedBlob(item: PreparedItem, fn: (sha256: string) => void): void {
  if (item.blobCreated) fn(item.sha256);
  for (const c of item.children ?? []) forEachCreatedBlob(c, fn);
}
