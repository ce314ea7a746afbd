/**
 * The investigation graph: sigma (WebGL) over graphology, drawn at the positions the server's
 * layout gives (computed once per case version), so 10,000 nodes are on screen and clickable
 * without a layout pass in the browser, and stay where they are. Clicking a node shows it in the
 * side panel and merges its neighbours into the graph (expand-on-click), at their positions in the
 * same layout.
 */
import Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { api, qs } from '../api';
import { defang } from '../defang';
import { graphLimitFromHash, takeGraph } from '../graph-data';
import { href } from '../router';
import type { GraphBody, GraphNode } from '../types';

const COLOURS: Record<string, string> = {
  phishing: '#f43f5e',
  scam: '#f97316',
  spam: '#eab308',
  ham: '#22c55e',
  evidence: '#94a3b8',
  sender: '#38bdf8',
  url: '#a78bfa',
  domain: '#c084fc',
  email: '#60a5fa',
  phone: '#2dd4bf',
  iban: '#fb7185',
};
const WALLETS = new Set(['btc', 'eth', 'ltc', 'bch', 'doge', 'trx', 'xmr', 'xrp', 'sol']);

function colourOf(n: GraphNode): string {
  if (n.kind === 'evidence') return COLOURS[n.class ?? 'evidence'] ?? COLOURS.evidence!;
  if (n.kind === 'sender') return COLOURS.sender!;
  if (WALLETS.has(n.type)) return '#facc15';
  return COLOURS[n.type] ?? '#e879f9';
}

/** Adds the nodes and edges of `body` that the graph does not have yet. */
function addNodes(graph: Graph, body: GraphBody): void {
  const { id, kind, label, type, class: cls, degree, x, y } = body.nodes;
  const fresh = graph.order === 0;
  for (let i = 0; i < id.length; i++) {
    if (!fresh && graph.hasNode(id[i]!)) continue;
    const node: GraphNode = {
      id: id[i]!,
      kind: kind[i]!,
      label: label[i]!,
      type: type[i]!,
      degree: degree[i]!,
      ...(cls[i] ? { class: cls[i] } : {}),
    };
    graph.addNode(node.id, {
      x: x[i],
      y: y[i],
      // At least 4: an isolated item must still be big enough to click.
      size: Math.min(14, 4 + Math.sqrt(node.degree) * 1.4),
      label: node.kind === 'indicator' ? defang(node.label) : node.label,
      color: colourOf(node),
      node,
    });
  }
  // No per-edge attributes (sigma draws them all in its default colour) and keys from a counter
  // (graphology's generated keys cost more than the edge). A response never repeats a node or an
  // edge, so only a merge into a non-empty graph needs to look for duplicates.
  const e = body.edges;
  for (let k = 0; k + 1 < e.length; k += 2) {
    const source = id[e[k]!]!;
    const target = id[e[k + 1]!]!;
    if (fresh || !graph.hasEdge(source, target)) graph.addEdgeWithKey(`e${graph.size}`, source, target);
  }
}

/**
 * An evidence node that a click at its centre is sure to hit: inside the canvas, with no other
 * node within 12 px, and the largest such (sigma picks nodes from a downsized buffer, so the
 * smallest dots — isolated items — can be missed). For the browser tests (small graphs).
 */
function clearestEvidenceNode(graph: Graph, sigma: Sigma): string | undefined {
  const { width, height } = sigma.getDimensions();
  const at = graph.mapNodes((id, a) => {
    const attrs = a as { node: GraphNode; x: number; y: number; size: number };
    return { id, kind: attrs.node.kind, size: attrs.size, ...sigma.graphToViewport(attrs) };
  });
  let best: { id: string; size: number; gap: number } | undefined;
  for (const n of at) {
    if (n.kind !== 'evidence' || n.x < 20 || n.y < 20 || n.x > width - 20 || n.y > height - 20) continue;
    let gap = Number.POSITIVE_INFINITY;
    for (const m of at) if (m !== n) gap = Math.min(gap, Math.hypot(m.x - n.x, m.y - n.y));
    const clear = Math.min(gap, 12);
    if (!best || clear > Math.min(best.gap, 12) || (clear === Math.min(best.gap, 12) && n.size > best.size)) {
      best = { id: n.id, size: n.size, gap };
    }
  }
  return best?.id;
}

export function GraphView({ caseId }: { caseId: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<GraphNode | null>(null);
  const [stats, setStats] = useState<{ shown: number; edges: number; total: number } | null>(null);
  const [limit, setLimit] = useState(graphLimitFromHash);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let cancelled = false;
    const base = `/api/cases/${encodeURIComponent(caseId)}/graph`;
    const body = takeGraph(caseId, limit);
    const settings: ConstructorParameters<typeof Sigma>[2] = {
      renderEdgeLabels: false,
      // One-pixel GL lines instead of the default triangle-pair edges: a third of the vertices.
      edgeProgramClasses: { line: EdgeLineProgram },
      // Nodes as GL points (one vertex each) instead of sigma's default instanced triangles:
      // SwiftShader (headless Chromium, machines without a GPU) runs an instanced draw slowly,
      // and the picking pass draws every node twice, so this halves the GPU process's CPU time
      // for a 10,000-node first frame (measured 1.1 s → 0.55 s). Same round look.
      nodeProgramClasses: { circle: NodePointProgram },
      labelColor: { color: '#cbd5e1' },
      labelRenderedSizeThreshold: 9,
      defaultEdgeColor: '#334155',
      // Dark hover label: sigma's default white box is unreadable with light label text.
      defaultDrawNodeHover: (context, data, settings) => {
        const size = settings.labelSize;
        context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
        const label = data.label ?? '';
        const w = context.measureText(label).width + 12;
        context.fillStyle = '#0f172a';
        context.strokeStyle = '#38bdf8';
        context.lineWidth = 1;
        context.beginPath();
        context.rect(data.x + data.size + 3, data.y - size / 2 - 5, w, size + 10);
        context.fill();
        context.stroke();
        context.fillStyle = '#e2e8f0';
        context.fillText(label, data.x + data.size + 9, data.y + size / 3);
      },
    };
    let sigma: Sigma | undefined;
    body.then(
      (data) => {
        if (cancelled) return;
        performance.mark('graph:fetched');
        const graph = new Graph({ type: 'undirected', multi: false });
        addNodes(graph, data);
        performance.mark('graph:built');
        const view = new Sigma(graph, el, { ...settings, hideEdgesOnMove: graph.size > 5000 });
        sigma = view;
        performance.mark('graph:sigma');
        setStats({ shown: graph.order, edges: graph.size, total: data.total });
        view.on('clickNode', async ({ node }) => {
          const attrs = graph.getNodeAttributes(node) as { node: GraphNode };
          setSelected(attrs.node);
          const more = await api<GraphBody>(`${base}/neighbours${qs({ node, limit: 300 })}`);
          addNodes(graph, more);
          setStats({ shown: graph.order, edges: graph.size, total: more.total });
        });
        // Interactive once the first frame (drawn with the click handler bound) is on screen: the
        // second animation frame after drawing starts only when that one was produced.
        const nextFrame = (fn: () => void) => requestAnimationFrame(() => requestAnimationFrame(fn));
        nextFrame(() => {
          if (cancelled) return;
          // Read by the browser tests and the bench: when the graph became interactive, and where
          // a node is on screen (to click it like an analyst).
          Object.assign(window, {
            __dragnetGraphReady: performance.now(),
            __dragnetGraph: {
              order: () => graph.order,
              hasNode: (id: string) => graph.hasNode(id),
              evidenceNode: () => clearestEvidenceNode(graph, view),
              viewportOf: (id: string) => view.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number }),
            },
          });
        });
      },
      (e) => setError(String(e.message ?? e)),
    );
    return () => {
      cancelled = true;
      sigma?.kill();
    };
  }, [caseId, limit]);

  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <span className="muted small">
          {stats ? `${stats.shown.toLocaleString()} of ${stats.total.toLocaleString()} nodes · ${stats.edges.toLocaleString()} links` : 'Loading graph…'}
        </span>
        <label className="small">
          Show up to{' '}
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {[500, 2000, 10000, 20000].map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString()}
              </option>
            ))}
          </select>{' '}
          nodes
        </label>
        <span className="legend">
          {(['phishing', 'scam', 'spam', 'ham', 'sender', 'url', 'domain'] as const).map((k) => (
            <span key={k} className="legend-item">
              <span className={`dot dot-${k}`} />
              {k}
            </span>
          ))}
        </span>
        <span className="muted small">Click a node to expand it.</span>
      </div>
      {error && <div className="alert alert-error">{error}</div>}
      <div className="graph-layout">
        <div className="graph-canvas" ref={container} data-testid="graph-canvas" />
        <aside className="graph-side">
          {selected ? (
            <div className="card">
              <h3>{selected.kind === 'indicator' ? selected.type : selected.kind}</h3>
              <p className="mono wrap">{selected.kind === 'indicator' ? defang(selected.label) : selected.label}</p>
              <p className="muted small">{selected.degree} connections{selected.class ? ` · ${selected.class}` : ''}</p>
              {selected.kind === 'evidence' && (
                <a className="btn btn-small" href={href('cases', caseId, 'evidence', selected.id.replace(/^evidence:/, ''))}>
                  Open message
                </a>
              )}
            </div>
          ) : (
            <p className="muted small">Select a node to see it here; its neighbours are added to the graph.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
