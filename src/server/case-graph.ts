/**
 * @module server/case-graph
 * The investigation graph the UI draws: evidence items linked to their senders and the
 * indicators they contain. Built from the case store alone (so it works before any campaign
 * analysis has run) and cached per case version. Node ids are `kind:value`, stable across calls,
 * so the UI can merge an expansion into what it already shows.
 */
import type { CaseStore } from '../case/case-store.js';
import { isInfrastructure } from '../graph/case-messages.js';
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
}

export interface GraphEdge {
  source: string;
  target: string;
}

export interface CaseGraph {
  nodes: Map<string, GraphNode>;
  adjacency: Map<string, Set<string>>;
  /** Every node, best-connected first (ties by id): views take a prefix. */
  ranked: GraphNode[];
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
  const node = (n: Omit<GraphNode, 'degree'>): string => {
    if (!nodes.has(n.id)) nodes.set(n.id, { ...n, degree: 0 });
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
  const graph = { nodes, adjacency, ranked };
  cache.set(store, { version, graph });
  return graph;
}

/**
 * A view of at most `limit` nodes: the best-connected ones first (they carry the investigation),
 * with every edge among them.
 */
export function graphView(
  graph: CaseGraph,
  limit: number,
): { nodes: GraphNode[]; edges: GraphEdge[]; total: number } {
  const picked = graph.ranked.slice(0, limit);
  return {
    nodes: picked,
    edges: edgesAmong(graph, new Set(picked.map((n) => n.id))),
    total: graph.nodes.size,
  };
}

/** The node's neighbours (up to `limit`) and the edges from it to them. */
export function neighbourhood(
  graph: CaseGraph,
  id: string,
  limit: number,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const centre = graph.nodes.get(id);
  if (!centre) return { nodes: [], edges: [] };
  const ids = [...(graph.adjacency.get(id) ?? [])].sort().slice(0, limit);
  const nodes = [centre, ...ids.flatMap((n) => graph.nodes.get(n) ?? [])];
  return { nodes, edges: ids.map((n) => ({ source: id, target: n })) };
}

function edgesAmong(graph: CaseGraph, ids: Set<string>): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const a of ids) {
    for (const b of graph.adjacency.get(a) ?? [])
      if (a < b && ids.has(b)) edges.push({ source: a, target: b });
  }
  return edges;
}
