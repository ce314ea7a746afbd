/**
 * @module server/graph-layout
 * Positions for the investigation graph, computed once per case version on the server so the
 * browser draws the first picture straight from the response: no layout pass before it, and edges
 * short enough that a software rasteriser (headless Chromium, SwiftShader) is not drawing tens of
 * thousands of lines across the whole canvas.
 *
 * Two levels, deterministic (same graph ⇒ same picture) and roughly linear in nodes + edges:
 *   1. the best-connected nodes (anchors: the hubs — senders, shared domains and URLs) are laid
 *      out by a small Fruchterman–Reingold force simulation on the "share a neighbour" graph,
 *      each given room for the disc of items it carries;
 *   2. every other node next to an anchor sits on that disc, the rest go where their placed
 *      neighbours are, layer by layer outwards; components with no anchor (isolated items) fill a
 *      spiral ring around the picture.
 */

/** Anchors in the force simulation: its cost is quadratic in this number. */
const MAX_ANCHORS = 500;
const ITERATIONS = 100;
/** Golden angle: successive points of a sunflower spiral never line up. */
const GOLDEN = Math.PI * (3 - Math.sqrt(5));
/** Coordinates are sent rounded to 0.1 in a ±1000 box: plenty for a picture, half the bytes. */
const EXTENT = 1000;

/**
 * `neighbours(i)`: the indices adjacent to node i, ascending; node indices run best-connected
 * first. Returns interleaved coordinates: x of node i at `2i`, y at `2i + 1`. The unit is the
 * distance between neighbouring satellites of a hub.
 */
export function layoutGraph(count: number, neighbours: (i: number) => ArrayLike<number>): Float64Array {
  const pos = new Float64Array(2 * count);
  const placed = new Uint8Array(count);
  const seen = new Uint8Array(count);

  // 1. Anchors: the first nodes of degree ≥ 2. Every node next to one becomes a satellite of
  // the most specific such anchor (the least connected: a URL rather than its domain).
  let anchors = 0;
  while (anchors < Math.min(count, MAX_ANCHORS) && neighbours(anchors).length >= 2) anchors++;
  const satellites: number[][] = Array.from({ length: anchors }, () => []);
  for (let v = anchors; v < count; v++) {
    const adj = neighbours(v);
    let primary = -1;
    for (let k = 0; k < adj.length && adj[k]! < anchors; k++) primary = adj[k]!;
    if (primary >= 0) satellites[primary]!.push(v);
  }
  const radius = new Float64Array(anchors);
  for (let a = 0; a < anchors; a++) radius[a] = 1.5 + Math.sqrt(satellites[a]!.length);
  if (anchors > 0) forceLayout(anchors, neighbours, count, radius, pos);
  for (let a = 0; a < anchors; a++) placed[a] = seen[a] = 1;

  // 2. Satellites on a sunflower disc around their anchor, each on the side facing its other
  // anchors (so its other edges stay short): slots and satellites both sorted by angle.
  const layer: number[] = [];
  for (let a = 0; a < anchors; a++) {
    const sats = satellites[a]!;
    if (sats.length === 0) continue;
    const ax = pos[2 * a]!;
    const ay = pos[2 * a + 1]!;
    const want = sats.map((v, i) => {
      let x = 0;
      let y = 0;
      const adj = neighbours(v);
      for (let k = 0; k < adj.length && adj[k]! < anchors; k++) {
        if (adj[k] === a) continue;
        x += pos[2 * adj[k]!]! - ax;
        y += pos[2 * adj[k]! + 1]! - ay;
      }
      return { v, angle: x === 0 && y === 0 ? i * GOLDEN : Math.atan2(y, x) };
    });
    const slots = sats.map((_, j) => {
      const r = 1.2 + Math.sqrt(j + 0.5);
      return {
        x: ax + r * Math.cos(j * GOLDEN),
        y: ay + r * Math.sin(j * GOLDEN),
        angle: normAngle(j * GOLDEN),
      };
    });
    want.sort((p, q) => p.angle - q.angle);
    slots.sort((p, q) => p.angle - q.angle);
    want.forEach((w, i) => {
      pos[2 * w.v] = slots[i]!.x;
      pos[2 * w.v + 1] = slots[i]!.y;
      placed[w.v] = seen[w.v] = 1;
      layer.push(w.v);
    });
  }

  // 3. Further out, one breadth-first layer at a time: at the centroid of the placed neighbours.
  let extent = 0;
  for (let i = 0; i < count; i++)
    if (placed[i]) extent = Math.max(extent, Math.hypot(pos[2 * i]!, pos[2 * i + 1]!));
  const spiralCount = new Map<string, number>();
  const spread = (from: number[]): void => {
    let frontier = from;
    while (frontier.length > 0) {
      const next: number[] = [];
      for (const u of frontier) {
        const adj = neighbours(u);
        for (let k = 0; k < adj.length; k++) {
          const v = adj[k]!;
          if (!seen[v]) {
            seen[v] = 1;
            next.push(v);
          }
        }
      }
      for (const v of next) placeAround(v, neighbours(v), placed, pos, spiralCount);
      for (const v of next) placed[v] = 1;
      frontier = next;
    }
  };
  spread(layer);

  // 4. Whatever no anchor reaches (isolated items, small separate components): a sunflower ring
  // around the picture, one point per component, its members around its first node.
  let ring = 0;
  const inner = extent + 3;
  for (let s = 0; s < count; s++) {
    if (placed[s]) continue;
    const r = Math.sqrt(inner * inner + (ring * 4) / Math.PI);
    pos[2 * s] = r * Math.cos(ring * GOLDEN);
    pos[2 * s + 1] = r * Math.sin(ring * GOLDEN);
    ring++;
    placed[s] = seen[s] = 1;
    spread([s]);
  }
  return normalise(pos);
}

const normAngle = (a: number): number => Math.atan2(Math.sin(a), Math.cos(a));

/** At the centroid of the placed neighbours, on a sunflower spiral shared with its look-alikes. */
function placeAround(
  v: number,
  adj: ArrayLike<number>,
  placed: Uint8Array,
  pos: Float64Array,
  spiralCount: Map<string, number>,
): void {
  let x = 0;
  let y = 0;
  let n = 0;
  let key = '';
  for (let k = 0; k < adj.length; k++) {
    const u = adj[k]!;
    if (!placed[u]) continue;
    x += pos[2 * u]!;
    y += pos[2 * u + 1]!;
    if (n < 4) key += `${u},`;
    n++;
  }
  if (n > 0) {
    x /= n;
    y /= n;
  }
  const j = spiralCount.get(key) ?? 0;
  spiralCount.set(key, j + 1);
  const r = 1.2 + Math.sqrt(j + 0.5);
  pos[2 * v] = x + r * Math.cos(j * GOLDEN);
  pos[2 * v + 1] = y + r * Math.sin(j * GOLDEN);
}

/**
 * Fruchterman–Reingold on the anchors, each pulled towards the anchors it shares neighbours with
 * (more when directly linked), the ideal distance of a pair being the sum of their satellite discs'
 * radii; a weak gravity keeps separate groups on one screen.
 */
function forceLayout(
  anchors: number,
  neighbours: (i: number) => ArrayLike<number>,
  count: number,
  radius: Float64Array,
  pos: Float64Array,
): void {
  const weights = new Map<number, number>();
  const bump = (a: number, b: number, w: number): void => {
    const key = a < b ? a * anchors + b : b * anchors + a;
    weights.set(key, (weights.get(key) ?? 0) + w);
  };
  const linked: number[] = [];
  for (let v = 0; v < count; v++) {
    const adj = neighbours(v);
    linked.length = 0;
    for (let k = 0; k < adj.length && adj[k]! < anchors && linked.length < 12; k++) linked.push(adj[k]!);
    if (v < anchors) for (const a of linked) bump(v, a, 3);
    for (let i = 0; i < linked.length; i++)
      for (let j = i + 1; j < linked.length; j++) bump(linked[i]!, linked[j]!, 1);
  }
  const ea = new Int32Array(weights.size);
  const eb = new Int32Array(weights.size);
  const ew = new Float64Array(weights.size);
  let e = 0;
  for (const [key, w] of weights) {
    ea[e] = Math.floor(key / anchors);
    eb[e] = key % anchors;
    ew[e] = Math.min(1, Math.log2(1 + w) / 4);
    e++;
  }
  // Start on a sunflower spiral in rank order (hubs in the middle), spaced for the discs.
  let area = 0;
  for (let i = 0; i < anchors; i++) area += (2 * radius[i]!) ** 2;
  const spacing = Math.sqrt(area / anchors);
  for (let i = 0; i < anchors; i++) {
    const r = spacing * Math.sqrt(i + 0.5);
    pos[2 * i] = r * Math.cos(i * GOLDEN);
    pos[2 * i + 1] = r * Math.sin(i * GOLDEN);
  }
  const dx = new Float64Array(anchors);
  const dy = new Float64Array(anchors);
  let temperature = Math.sqrt(area) / 8;
  const cooling = (spacing / 50 / temperature) ** (1 / ITERATIONS);
  const gravity = 3 / Math.sqrt(area);
  for (let it = 0; it < ITERATIONS; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < anchors; i++) {
      const xi = pos[2 * i]!;
      const yi = pos[2 * i + 1]!;
      const ri = radius[i]!;
      for (let j = i + 1; j < anchors; j++) {
        const ddx = xi - pos[2 * j]!;
        const ddy = yi - pos[2 * j + 1]!;
        const d2 = Math.max(ddx * ddx + ddy * ddy, 1e-4);
        const l = ri + radius[j]!;
        const f = (l * l) / d2;
        dx[i]! += ddx * f;
        dy[i]! += ddy * f;
        dx[j]! -= ddx * f;
        dy[j]! -= ddy * f;
      }
      const g = gravity * Math.hypot(xi, yi) * ri;
      dx[i]! -= xi * g;
      dy[i]! -= yi * g;
    }
    for (let k = 0; k < ea.length; k++) {
      const a = ea[k]!;
      const b = eb[k]!;
      const ddx = pos[2 * a]! - pos[2 * b]!;
      const ddy = pos[2 * a + 1]! - pos[2 * b + 1]!;
      const f = (Math.hypot(ddx, ddy) * ew[k]!) / (radius[a]! + radius[b]!);
      dx[a]! -= ddx * f;
      dy[a]! -= ddy * f;
      dx[b]! += ddx * f;
      dy[b]! += ddy * f;
    }
    for (let i = 0; i < anchors; i++) {
      const d = Math.hypot(dx[i]!, dy[i]!);
      if (d === 0) continue;
      const step = Math.min(d, temperature) / d;
      pos[2 * i]! += dx[i]! * step;
      pos[2 * i + 1]! += dy[i]! * step;
    }
    temperature *= cooling;
  }
}

function normalise(pos: Float64Array): Float64Array {
  let max = 0;
  for (let i = 0; i < pos.length; i++) max = Math.max(max, Math.abs(pos[i]!));
  const scale = max > 0 ? EXTENT / max : 1;
  for (let i = 0; i < pos.length; i++) pos[i] = Math.round(pos[i]! * scale * 10) / 10;
  return pos;
}
