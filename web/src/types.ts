/** Shapes the API returns (see /openapi.json). */
export interface User {
  id: string;
  username: string;
  role: 'admin' | 'analyst' | 'viewer';
  disabled: boolean;
  createdAt: string;
}

export interface CaseSummary {
  id: string;
  name: string;
  createdAt: string;
  evidence: number;
  right: 'read' | 'write';
}

export interface Party {
  name?: string;
  address: string;
}

export interface VerdictBrief {
  class: string;
  score: number;
  lang: string;
  source: string;
}

export interface Reason {
  signal: string;
  weight: number;
  evidence: string;
}

export interface EvidenceRow {
  id: string;
  kind: string;
  path: string;
  sha256: string;
  size: number;
  date?: string;
  subject?: string;
  fileName?: string;
  from?: Party;
  verdict?: VerdictBrief;
}

export interface Evidence extends EvidenceRow {
  to?: Party[];
  cc?: Party[];
  replyTo?: Party[];
  text?: string;
  html?: string;
  /** Text read from the message's PDF, Word and HTML attachments and QR codes (what triage read too). */
  attachmentText?: string;
  headers?: Array<{ name: string; value: string }>;
  mediaType?: string;
  ingestedAt: string;
  parentId?: string;
  meta?: Record<string, unknown>;
}

export interface Finding {
  evidenceId: string;
  analyser: string;
  kind: string;
  score?: number;
  label?: string;
  reasons?: Reason[];
  data?: Record<string, unknown>;
}

export interface Observable {
  type: string;
  value: string;
  raw: string;
  defanged?: boolean;
  source?: string;
}

export interface EvidenceDetail {
  evidence: Evidence;
  verdict: (VerdictBrief & { reasons: Reason[] }) | null;
  findings: Finding[];
  observables: Observable[];
  children: Array<{ id: string; kind: string; fileName?: string; path: string; size: number }>;
}

export interface GraphNode {
  id: string;
  kind: 'evidence' | 'sender' | 'indicator';
  label: string;
  type: string;
  class?: string;
  degree: number;
}

/** The graph routes' body: one array per node field (node i is `id[i]`, `kind[i]`, …). */
export interface GraphBody {
  nodes: {
    id: string[];
    kind: Array<GraphNode['kind']>;
    label: string[];
    type: string[];
    /** '' when the item has no verdict. */
    class: string[];
    degree: number[];
    /** Layout position computed by the server. */
    x: number[];
    y: number[];
  };
  /** Pairs of indices into the node arrays. */
  edges: number[];
  total: number;
}

export interface Campaign {
  id: string;
  members: string[];
  indicators: Array<{ type: string; value: string }>;
  first_seen: string | null;
  last_seen: string | null;
  languages: string[];
  summary: string;
}

export interface JobStatus {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  files: string[];
  filesDone: number;
  filesTotal: number;
  items: number;
  current: string | null;
  report: { ingested: number; duplicates: number; failed: Array<{ path: string; error: string }> } | null;
  error: string | null;
}
