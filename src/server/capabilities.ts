/**
 * @module server/capabilities
 * The analysis capabilities the API exposes beyond the case store itself. Each is optional: the
 * CLI wires in the graph/share/crypto modules that exist in this build, and a route whose
 * capability is missing answers 501 with a clear message instead of failing obscurely.
 * Keeping them injected also keeps the server a thin layer: no analysis logic lives here.
 */
import type { CaseStore } from '../case/case-store.js';

export interface IngestProgressEvent {
  filesDone: number;
  filesTotal: number;
  items: number;
  path: string;
}

export interface IngestResult {
  ingested: number;
  duplicates: number;
  failed: Array<{ path: string; error: string }>;
  evidence: Array<{ id: string; sha256: string; kind: string; path: string }>;
}

/** `ingestPaths` from `ingest/ingest-paths.ts`, as the server calls it. */
export type IngestFn = (
  store: CaseStore,
  paths: ReadonlyArray<string>,
  options: { actor: string; onProgress: (p: IngestProgressEvent) => void; maxReportedEvidence?: number },
) => Promise<IngestResult>;

/** A campaign as `dragnet campaigns --jsonl` prints it (plus any extra fields). */
export interface CampaignRecord {
  id: string;
  members: string[];
  indicators: Array<{ type: string; value: string }>;
  first_seen: string | null;
  last_seen: string | null;
  languages: string[];
  summary: string;
  [extra: string]: unknown;
}

export interface TimelineRecord {
  time: string;
  evidence: string;
  kind: string;
  summary: string;
  [extra: string]: unknown;
}

export interface TraceRecord {
  /** Null for value that left the traced chain (fees, unspendable outputs). */
  address: string | null;
  amount: string;
  hops: number;
  txids: string[];
  [extra: string]: unknown;
}

export type ExportFormat = 'stix' | 'misp' | 'csv';

export interface ExportDocument {
  contentType: string;
  fileName: string;
  body: string;
}

export interface Capabilities {
  ingest?: IngestFn;
  campaigns?: (store: CaseStore) => Promise<CampaignRecord[]> | CampaignRecord[];
  timeline?: (store: CaseStore, campaignId?: string) => Promise<TimelineRecord[]> | TimelineRecord[];
  cryptoTrace?: (
    store: CaseStore,
    seed: string,
    options: { hops: number; model: 'fifo' | 'haircut' | 'poison' },
  ) => Promise<TraceRecord[]> | TraceRecord[];
  /** Imports transaction dumps as `actor`; returns the `dragnet crypto import --json` document. */
  cryptoImport?: (store: CaseStore, paths: ReadonlyArray<string>, actor: string) => Promise<unknown>;
  exportCase?: (
    store: CaseStore,
    format: ExportFormat,
    campaignId?: string,
  ) => Promise<ExportDocument> | ExportDocument;
}
