/**
 * @module graph/campaign-communities
 * Groups messages into communities over the evidence–indicator graph: message nodes, one node per
 * infrastructure key shared by at least two messages (message–key edges weighted by how much the
 * key says about the operator), and message–message edges for near-duplicate text found by LSH.
 * Louvain (seeded, so deterministic) then cuts weakly bridged groups apart: two campaigns that
 * happen to share one phone number stay two campaigns.
 */
import { UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import { seededRng } from '../core/seeded-rng.js';
import type { CampaignMessage } from './campaign-message.js';
import { type InfraKey, infrastructureKeys } from './infrastructure-keys.js';
import { DEFAULT_LSH, type LshOptions, lshPairs } from './lsh-pairs.js';
import { SIGNATURE_SIZE, shingleHashes, signatureFromHashes } from './text-signature.js';

// The package is CommonJS (`module.exports = fn`) with ESM-style typings: under NodeNext the
// default import is the function at run time but typed as the module; unwrap once, here.
type Louvain = (typeof louvainImport)['default'];
const louvain = ('default' in louvainImport ? louvainImport.default : louvainImport) as unknown as Louvain;

export interface CommunityOptions {
  lsh?: Partial<LshOptions>;
  /** Character shingle length. */
  shingle?: number;
  /** Louvain resolution (higher = smaller communities). */
  resolution?: number;
  /** `louvain` (default) or plain connected components (no splitting of bridged groups). */
  method?: 'louvain' | 'components';
  seed?: number;
  /** Keys carried by more than this share of all messages are ignored (a global hub links nothing). */
  maxKeyShare?: number;
  /**
   * Text edges weigh `2 * similarity^textPower`: a power above 1 lets Louvain cut the weak links
   * between two operations that reuse a lure while keeping each operation's close rewrites.
   */
  textPower?: number;
  /** Factor applied to a text link when both messages carry different URL path patterns. */
  pathConflict?: number;
  /** Text links kept per message, strongest first. */
  maxTextDegree?: number;
  /** A shingle in more than `max(dfMin, dfShare * n)` messages is boilerplate and ignored. */
  dfMin?: number;
  dfShare?: number;
  /** Messages with fewer non-boilerplate shingles get no text links (0: fall back to all shingles). */
  minInformative?: number;
  /** When given, filled with milliseconds spent per phase (benchmarks; `performance.now` is read only then). */
  timings?: Record<string, number>;
  /** Minimum text length (normalised characters) for text similarity to count. */
  minTextLength?: number;
}

export interface CommunityResult {
  /** Community index per message (same order as the input); -1 when the message links to nothing. */
  community: Int32Array;
  /** The keys of each message (input order), for reporting shared indicators. */
  keys: InfraKey[][];
}

/** Assigns each message to a community; see the module comment. */
export function campaignCommunities(
  messages: ReadonlyArray<CampaignMessage>,
  options: CommunityOptions = {},
): CommunityResult {
  const n = messages.length;
  const lsh = { ...DEFAULT_LSH, ...options.lsh };
  const clock = options.timings ? () => performance.now() : () => 0;
  const phase = (name: string, since: number): number => {
    const t = clock();
    if (options.timings) options.timings[name] = (options.timings[name] ?? 0) + (t - since);
    return t;
  };
  let t = clock();
  const signatures = boilerplateFreeSignatures(messages, options);
  t = phase('signatures', t);
  const minLen = options.minTextLength ?? 20;
  const longEnough = messages.map((m) => m.text.replace(/\s+/g, '').length >= minLen);
  const keys = messages.map(infrastructureKeys);
  t = phase('keys', t);

  const keyIndex = new Map<string, number>();
  const keyMembers: number[][] = [];
  const keyWeight: number[] = [];
  keys.forEach((ks, i) => {
    for (const k of ks) {
      let idx = keyIndex.get(k.key);
      if (idx === undefined) {
        idx = keyMembers.length;
        keyIndex.set(k.key, idx);
        keyMembers.push([]);
        keyWeight.push(k.weight);
      }
      keyMembers[idx]?.push(i);
    }
  });
  const maxShare = options.maxKeyShare ?? 0.5;
  const maxMembers = Math.max(50, Math.floor(n * maxShare));

  const graph = new UndirectedGraph({ allowSelfLoops: false });
  // Node names built once; `inGraph` avoids a lookup per edge.
  const names = Array.from({ length: n }, (_, i) => `m${i}`);
  const inGraph = new Uint8Array(n);
  const ensure = (i: number): string => {
    const name = names[i] as string;
    if (inGraph[i] === 0) {
      graph.addNode(name);
      inGraph[i] = 1;
    }
    return name;
  };
  // An operation's phone, wallet, kit path and sender domain usually ride on exactly the same
  // messages: keys with identical member lists become one node whose weight adds up (capped), which
  // says the same to Louvain with a fraction of the edges.
  const merged = new Map<number, { k: number; members: number[]; weight: number }>();
  keyMembers.forEach((members, k) => {
    if (members.length < 2 || members.length > maxMembers) return;
    let h1 = 0x811c9dc5;
    let h2 = members.length;
    for (const m of members) {
      h1 = Math.imul(h1 ^ m, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ (m * 31 + 7), 0x5bd1e995) >>> 0;
    }
    const id = h1 * 0x100000 + (h2 & 0xfffff);
    const prev = merged.get(id);
    if (prev && prev.members.length === members.length && prev.members.every((m, j) => m === members[j])) {
      prev.weight = Math.min(2, prev.weight + (keyWeight[k] ?? 1));
    } else if (!prev) merged.set(id, { k, members, weight: keyWeight[k] ?? 1 });
    else merged.set(id + 0.5, { k, members, weight: keyWeight[k] ?? 1 }); // hash collision: keep apart
  });
  for (const { k, members, weight } of merged.values()) {
    const key = `k${k}`;
    graph.addNode(key);
    const attrs = { weight };
    for (const m of members) graph.addEdge(ensure(m), key, attrs);
  }
  t = phase('graph', t);
  const edges = textEdges(signatures, keys, longEnough, lsh, options);
  t = phase('lsh', t);
  for (const e of edges) {
    graph.addEdge(ensure(e.a), ensure(e.b), { weight: e.weight });
  }

  t = phase('graph', t);
  const community = new Int32Array(n).fill(-1);
  if (graph.order === 0) return { community, keys };
  let mapping: Record<string, number>;
  if ((options.method ?? 'louvain') === 'louvain') {
    mapping = louvain(graph, {
      getEdgeWeight: 'weight',
      resolution: options.resolution ?? 1,
      rng: seededRng(options.seed ?? 42),
    });
  } else {
    mapping = connectedComponents(graph);
  }
  for (let i = 0; i < n; i++) {
    const c = inGraph[i] === 1 ? mapping[names[i] as string] : undefined;
    if (c !== undefined) community[i] = c;
  }
  phase('communities', t);
  return { community, keys };
}

/** Families whose values identify an operator: two messages carrying different ones are two operators. */
const CONFLICT_FAMILIES: Readonly<Record<string, number>> = { wallet: 0, iban: 0, phone: 0, 'url-path': 1 };

function strongKeysByFamily(keys: ReadonlyArray<InfraKey>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const k of keys) {
    const family = k.key.slice(0, k.key.indexOf(':'));
    if (!(family in CONFLICT_FAMILIES)) continue;
    const set = out.get(family) ?? new Set<string>();
    set.add(k.key);
    out.set(family, set);
  }
  return out;
}

/**
 * How much to trust a text link between two messages given their infrastructure: the same
 * template sent by two operations (a shared kit, a copied lure) is told apart by their wallets,
 * IBANs and phone numbers. 1 when nothing conflicts; the family's factor when both carry values
 * of one family and share none.
 */
function conflictFactor(
  a: Map<string, Set<string>>,
  b: Map<string, Set<string>>,
  pathConflict: number,
): number {
  let f = 1;
  for (const [family, av] of a) {
    const bv = b.get(family);
    if (!bv) continue;
    let shared = false;
    for (const v of av) if (bv.has(v)) shared = true;
    if (!shared) f = Math.min(f, family === 'url-path' ? pathConflict : (CONFLICT_FAMILIES[family] ?? 1));
  }
  return f;
}

/**
 * Signatures without boilerplate: shingles found in more than `max(dfMin, dfShare * n)` messages
 * ("dear customer", "click the link below") say nothing about who sent a message, and two
 * operations reusing a stock lure would otherwise look like one. A message made only of
 * boilerplate keeps its full signature.
 */
function boilerplateFreeSignatures(
  messages: ReadonlyArray<CampaignMessage>,
  options: CommunityOptions,
): Uint32Array[] {
  const hashes = messages.map((m) => shingleHashes(m.text, options.shingle ?? 5));
  const bits = 22;
  const mask = (1 << bits) - 1;
  // Counts per hash bucket (a collision only makes a shingle look more common than it is).
  const df = new Uint32Array(1 << bits);
  for (const hs of hashes) {
    for (let i = 0; i < hs.length; i++) {
      const slot = (hs[i] as number) & mask;
      df[slot] = (df[slot] as number) + 1;
    }
  }
  const dfMax = Math.max(options.dfMin ?? 100, Math.ceil((options.dfShare ?? 0.02) * messages.length));
  const keep = (h: number): boolean => (df[h & mask] as number) <= dfMax;
  const minKept = options.minInformative ?? 15;
  return hashes.map((hs) => {
    let kept = 0;
    for (let i = 0; i < hs.length; i++) if (keep(hs[i] as number)) kept++;
    if (kept === 0 && minKept === 0) return signatureFromHashes(hs, SIGNATURE_SIZE);
    // Too little wording of its own: its similarity to anything would be noise.
    if (kept < minKept) return new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
    return signatureFromHashes(hs, SIGNATURE_SIZE, keep);
  });
}

interface TextEdge {
  a: number;
  b: number;
  weight: number;
}

/**
 * Near-duplicate links, at most `maxTextDegree` per message (the strongest first): a campaign of
 * thousands of copies needs a connected backbone, not every pair, and Louvain's cost grows with
 * the edge count.
 */
function textEdges(
  signatures: ReadonlyArray<Uint32Array>,
  keys: ReadonlyArray<ReadonlyArray<InfraKey>>,
  longEnough: ReadonlyArray<boolean>,
  lsh: LshOptions,
  options: CommunityOptions,
): TextEdge[] {
  const n = signatures.length;
  const strong = keys.map(strongKeysByFamily);
  const edges: TextEdge[] = [];
  for (const p of lshPairs(signatures, lsh)) {
    if (!longEnough[p.a] || !longEnough[p.b]) continue;
    const f = conflictFactor(
      strong[p.a] as Map<string, Set<string>>,
      strong[p.b] as Map<string, Set<string>>,
      options.pathConflict ?? 0.3,
    );
    if (f > 0) edges.push({ a: p.a, b: p.b, weight: 2 * p.similarity ** (options.textPower ?? 3) * f });
  }
  edges.sort((x, y) => y.weight - x.weight || x.a - y.a || x.b - y.b);
  const maxDegree = options.maxTextDegree ?? 6;
  const degree = new Uint16Array(n);
  const kept: TextEdge[] = [];
  for (const e of edges) {
    if ((degree[e.a] as number) >= maxDegree && (degree[e.b] as number) >= maxDegree) continue;
    degree[e.a] = (degree[e.a] as number) + 1;
    degree[e.b] = (degree[e.b] as number) + 1;
    kept.push(e);
  }
  return kept;
}

function connectedComponents(graph: UndirectedGraph): Record<string, number> {
  const out: Record<string, number> = {};
  let next = 0;
  graph.forEachNode((start) => {
    if (out[start] !== undefined) return;
    const stack = [start];
    out[start] = next;
    while (stack.length > 0) {
      const node = stack.pop() as string;
      graph.forEachNeighbor(node, (nb) => {
        if (out[nb] === undefined) {
          out[nb] = next;
          stack.push(nb);
        }
      });
    }
    next++;
  });
  return out;
}
