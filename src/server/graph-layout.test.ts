import { describe, expect, it } from 'vitest';
import { layoutGraph } from './graph-layout.js';

/** Hubs 0..h-1, each with `leaves` satellites, every satellite also linked to one other hub. */
function hubGraph(h: number, leaves: number, isolated: number): number[][] {
  const adj: number[][] = Array.from({ length: h }, () => []);
  for (let a = 0; a < h; a++) {
    for (let j = 0; j < leaves; j++) {
      const v = adj.length;
      const other = (a + 1 + (j % 2)) % h;
      adj.push([a, other].sort((x, y) => x - y));
      adj[a]!.push(v);
      adj[other]!.push(v);
    }
  }
  for (let i = 0; i < isolated; i++) adj.push([]);
  // Indices must run best-connected first, as `case-graph.ts` passes them.
  return adj.map((n) => n.sort((x, y) => x - y));
}

describe('layoutGraph', () => {
  const adj = hubGraph(12, 40, 30);
  const pos = layoutGraph(adj.length, (i) => adj[i]!);

  it('places every node, within ±1000, and no two on the same point', () => {
    expect(pos).toHaveLength(2 * adj.length);
    expect(pos.every((c) => Number.isFinite(c) && Math.abs(c) <= 1000)).toBe(true);
    const points = new Set<string>();
    for (let i = 0; i < adj.length; i++) points.add(`${pos[2 * i]},${pos[2 * i + 1]}`);
    expect(points.size).toBe(adj.length);
  });

  it('is deterministic', () => {
    expect([...layoutGraph(adj.length, (i) => adj[i]!)]).toEqual([...pos]);
  });

  it('keeps edges short compared with the picture (the rasteriser draws their length)', () => {
    let sum = 0;
    let edges = 0;
    for (let a = 0; a < adj.length; a++) {
      for (const b of adj[a]!) {
        if (b <= a) continue;
        sum += Math.hypot(pos[2 * a]! - pos[2 * b]!, pos[2 * a + 1]! - pos[2 * b + 1]!);
        edges++;
      }
    }
    // A random placement in the ±1000 box averages ~1,040; here each satellite's second hub is
    // a neighbour on the ring of hubs, so about half the edges span two hubs' discs.
    expect(sum / edges).toBeLessThan(400);
  });

  it('copes with no edges at all and with a single node', () => {
    expect(layoutGraph(1, () => []).every((c) => Math.abs(c) <= 1000)).toBe(true);
    const lone = layoutGraph(5, () => []);
    expect(lone.every((c) => Math.abs(c) <= 1000)).toBe(true);
  });
});
