/**
 * @module server/case-graph
 * The investigation graph the UI draws: evidence items linked to their senders and the
 * indicators they contain. Built from the case store alone (so it works before any campaign
 * analysis has run) and cached per case version, with its layout (`graph-layout.ts`), so the UI
 * draws what it receives as it is. Node ids are `kind:value`, stable across calls, so the UI can
 * merge an expansion into what it already shows (at the positions of the same layout).
 */
import type { CaseStore } from '../case/case-store.js';
import { isInfrastructure } from '../graph/case-messages.js';
import { layoutGraph } from './graph-layout.js';
import type { VerdictSummary } from './verdict-index.js';

export type NodeKind = 'evidence' | 'sender' | 'indicator';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Indicator type (`url`, `btc`…), evidence kind, or `sender`. */
  type: string;
  /** Verdict class for evidence nodes. */
  class?: string;
  degree: number;
  /** Index in `CaseGraph.ranked`. */
  rank: number;
  /** Position in the case's layout (`graph-layout.ts`), within ±1000. */
  x: number;
  y: number;
}

export interface CaseGraph {
  nodes: Map<string, GraphNode>;
  adjacency: Map<string, Set<string>>;
  /** Every node, best-connected first (ties by id): views take a prefix. */
  ranked: GraphNode[];
  /** Neighbours by rank, each list ascending: those of node r are `links[offsets[r]…offsets[r+1])`. */
  offsets: Int32Array;
  links: Int32Array;
}

/**
 * Nodes and edges as the API sends them: one array per field (a tenth of the JSON objects to
 * parse in the browser), positions included, edges as pairs of indices into the node arrays.
 */
export interface GraphBody {
  nodes: {
    id: string[];
    kind: NodeKind[];
    label: string[];
    type: string[];
    /** Verdict class of evidence nodes, '' when none. */
    class: string[];
    degree: number[];
    x: number[];
    y: number[];
  };
  /** `[source0, target0, source1, target1, …]`, indices into the node arrays. */
  edges: number[];
  total: number;
}

/** Observable types too generic to link messages meaningfully. */
const SKIP_TYPES = new Set(['md5', 'sha1', 'sha256', 'sha512', 'mac', 'asn']);

const cache = new WeakMap<CaseStore, { version: number; graph: CaseGraph }>();

export function caseGraph(
  store: CaseStore,
  version: number,
  verdicts: Map<string, VerdictSummary>,
): CaseGraph {
  const hit = cache.get(store);
  if (hit && hit.version === version) return hit.graph;
  const nodes = new Map<string, GraphNode>();
  const adjacency = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const sa = adjacency.get(a) ?? new Set<string>();
    const sb = adjacency.get(b) ?? new Set<string>();
    if (sa.has(b)) return;
    sa.add(b);
    sb.add(a);
    adjacency.set(a, sa);
    adjacency.set(b, sb);
  };
  const node = (n: Omit<GraphNode, 'degree' | 'rank' | 'x' | 'y'>): string => {
    if (!nodes.has(n.id)) nodes.set(n.id, { ...n, degree: 0, rank: 0, x: 0, y: 0 });
    return n.id;
  };
  for (const e of store.iterateEvidence()) {
    if (e.kind === 'mailbox' || e.kind === 'chat-export' || e.kind === 'archive') continue;
    const verdict = verdicts.get(e.id);
    const id = node({
      id: `evidence:${e.id}`,
      kind: 'evidence',
      label: e.subject ?? e.fileName ?? e.path.split('/').pop() ?? e.id,
      type: e.kind,
      ...(verdict ? { class: verdict.class } : {}),
    });
    if (e.from?.address) {
      link(
        id,
        node({ id: `sender:${e.from.address}`, kind: 'sender', label: e.from.address, type: 'sender' }),
      );
    }
  }
  for (const o of store.listObservables()) {
    if (SKIP_TYPES.has(o.type) || !isInfrastructure(o)) continue;
    const ev = `evidence:${o.evidenceId}`;
    if (!nodes.has(ev)) continue;
    link(ev, node({ id: `${o.type}:${o.value}`, kind: 'indicator', label: o.value, type: o.type }));
  }
  for (const [id, n] of nodes) n.degree = adjacency.get(id)?.size ?? 0;
  const ranked = [...nodes.values()].sort(
    (a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const offsets = new Int32Array(ranked.length + 1);
  ranked.forEach((n, r) => {
    n.rank = r;
    offsets[r + 1] = offsets[r]! + n.degree;
  });
  const links = new Int32Array(offsets[ranked.length]!);
  for (const n of ranked) {
    let at = offsets[n.rank]!;
    for (const m of adjacency.get(n.id) ?? []) links[at++] = nodes.get(m)!.rank;
    links.subarray(offsets[n.rank]!, at).sort();
  }
  const pos = layoutGraph(ranked.length, (r) => links.subarray(offsets[r]!, offsets[r + 1]!));
  for (const n of ranked) {
    n.x = pos[2 * n.rank]!;
    n.y = pos[2 * n.rank + 1]!;
  }
  const graph = { nodes, adjacency, ranked, offsets, links };
  cache.set(store, { version, graph });
  return graph;
}

/**
 * A view of at most `limit` nodes: the best-connected ones first (they carry the investigation),
 * with every edge among them.
 */
export function graphView(graph: CaseGraph, limit: number): GraphBody {
  const picked = graph.ranked.slice(0, limit);
  // The view is a prefix of the ranking, so a node's rank is its index in the view.
  const edges: number[] = [];
  for (let a = 0; a < picked.length; a++) {
    for (let k = graph.offsets[a]!; k < graph.offsets[a + 1]!; k++) {
      const b = graph.links[k]!;
      if (b > a && b < picked.length) edges.push(a, b);
    }
  }
  return { nodes: columns(picked), edges, total: graph.nodes.size };
}

/** The node (first) and its neighbours (up to `limit`), with the edges from it to them. */
export function neighbourhood(graph: CaseGraph, id: string, limit: number): GraphBody {
  const centre = graph.nodes.get(id);
  if (!centre) return { nodes: columns([]), edges: [], total: graph.nodes.size };
  const ids = [...(graph.adjacency.get(id) ?? [])].sort().slice(0, limit);
  const nodes = [centre, ...ids.flatMap((n) => graph.nodes.get(n) ?? [])];
  return {
    nodes: columns(nodes),
    edges: nodes.slice(1).flatMap((_, i) => [0, i + 1]),
    total: graph.nodes.size,
  };
}

function columns(nodes: GraphNode[]): GraphBody['nodes'] {
  return {
    id: nodes.map((n) => n.id),
    kind: nodes.map((n) => n.kind),
    label: nodes.map((n) => n.label),
    type: nodes.map((n) => n.type),
    class: nodes.map((n) => n.class ?? ''),
    degree: nodes.map((n) => n.degree),
    x: nodes.map((n) => n.x),
    y: nodes.map((n) => n.y),
  };
}
