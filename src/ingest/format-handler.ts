/**
 * @module ingest/format-handler
 * The contract between the ingest pipeline and the per-format parsers.
 *
 * The pipeline opens each file, asks `detectFormat` which handler reads it, and stores what the
 * handler yields. Single-item formats (.eml, .msg, .html, .txt, any other file) yield exactly one
 * item whose `bytes` are the file's bytes. Container formats (mbox, chat exports, SMS backups,
 * CSV/JSONL, zip) set `container`: the pipeline stores the file itself as a container evidence
 * item of that kind (streamed into the blob store, never loaded whole), and the handler yields its
 * members, each with its own bytes (the RFC 822 message cut from the mbox, the canonical JSON of a
 * chat message…) and a `path` of `file#n` (or `file!entry` for archive members).
 *
 * Handlers never throw on bad evidence: a member that cannot be read is yielded as `{ok:false}`
 * (the pipeline reports it and goes on); a file that cannot be read at all yields a single
 * `{ok:false}` before any item, and the pipeline then stores nothing of it.
 */
import type { Readable } from 'node:stream';
import type { EvidenceKind, ParsedEvidence } from '../core/evidence.js';
import type { Result } from '../core/result.js';

export interface IngestLimits {
  /** Largest single file read into memory (a bigger .eml is refused, a bigger mbox is streamed). */
  maxInMemoryBytes: number;
  /** Zip: largest total uncompressed size, entry count, compression ratio, nesting depth. */
  maxArchiveBytes: number;
  maxArchiveEntries: number;
  maxCompressionRatio: number;
  maxArchiveDepth: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  // 64 MiB keeps peak memory under 300 MB whatever the mailbox; larger single messages are refused
  // with a hint (mail servers rarely accept over 50 MB anyway).
  maxInMemoryBytes: 64 * 1024 * 1024,
  maxArchiveBytes: 4 * 1024 * 1024 * 1024,
  maxArchiveEntries: 100_000,
  maxCompressionRatio: 200,
  maxArchiveDepth: 4,
};

export interface IngestOptions {
  limits: IngestLimits;
  /** Generic CSV/JSONL exports: the column holding the message text (`--text-column`). */
  textColumn?: string;
  /** Default phone region for national numbers in SMS backups, e.g. `DE`. */
  region?: string;
}

/** A file as a handler sees it. `readAll` refuses files over `limits.maxInMemoryBytes`. */
export interface SourceFile {
  path: string;
  size: number;
  /** The first bytes (up to 64 KiB), for sniffing. */
  head: Uint8Array;
  readAll(): Promise<Buffer>;
  stream(): Readable;
  /**
   * The bytes in order, read into one buffer that is reused: a chunk is valid only until the next
   * one is asked for. For streaming readers that copy what they keep (the mbox splitter): no
   * allocation per chunk, so reading a multi-GB file makes no garbage.
   */
  chunks?(): AsyncIterable<Buffer>;
}

export interface FormatHandler {
  /** `eml`, `mbox`, `msg`, `whatsapp`, `telegram`, `sms-backup`, `csv`, `jsonl`, `html`, `text`, `zip`, `file`. */
  readonly format: string;
  /** Set for container formats: the kind of the container evidence item. */
  readonly container?: EvidenceKind;
  parse(file: SourceFile, options: IngestOptions): AsyncIterable<Result<ParsedEvidence>>;
}
