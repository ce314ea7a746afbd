/**
 * @module graph/build-entity-graph
 * The case as an entity graph (graphology): evidence items, parties (senders, recipients,
 * reply-to), e-mail addresses, domains, URLs, IPs, phones, wallets and wallet clusters, IBANs,
 * files and imitated brands. Nodes are keyed `kind:canonical-value`, so two spellings of one
 * entity are one node (entity resolution, see `normalise-entity`). Every edge is typed and lists
 * the evidence ids that support it — an analyst can always ask "why are these linked?".
 */
import { MultiDirectedGraph } from 'graphology';
import type { Evidence } from '../core/evidence.js';
import type { Finding } from '../core/finding.js';
import type { Observable } from '../core/observable.js';
import {
  canonicalParty,
  canonicalValue,
  type EntityKind,
  entityKindOf,
  registrableDomain,
  urlHost,
} from './normalise-entity.js';

export interface EntityNode {
  kind: EntityKind;
  /** Canonical value (evidence id for evidence nodes). */
  value: string;
  /** Observable type for indicator nodes (`btc`, `ipv4`…). */
  type?: string;
  /** Evidence kind, time and verdict for evidence nodes. */
  evidenceKind?: string;
  time?: string;
  verdict?: string;
}

export type EdgeType =
  | 'sent-by'
  | 'sent-to'
  | 'reply-to'
  | 'contains'
  | 'attachment-of'
  | 'hosted-on'
  | 'resolves-domain'
  | 'mailbox-domain'
  | 'impersonates'
  | 'member-of-cluster';

export interface EntityEdge {
  type: EdgeType;
  /** Evidence ids supporting the link, sorted. */
  evidence: string[];
}

export type EntityGraph = MultiDirectedGraph<EntityNode, EntityEdge>;

export interface EntityGraphOptions {
  /** Wallet address (canonical) → cluster id, from crypto clustering. */
  walletClusters?: ReadonlyMap<string, string>;
}

/** Node key of an entity. */
export const nodeKey = (kind: EntityKind, value: string): string => `${kind}:${value}`;

/** Builds the graph; deterministic for the same input (insertion in sorted evidence order). */
export function buildEntityGraph(
  evidence: ReadonlyArray<Evidence>,
  observables: ReadonlyArray<Observable & { evidenceId: string }>,
  findings: ReadonlyArray<Finding & { evidenceId: string }>,
  options: EntityGraphOptions = {},
): EntityGraph {
  const g: EntityGraph = new MultiDirectedGraph<EntityNode, EntityEdge>();
  const node = (kind: EntityKind, value: string, attrs: Partial<EntityNode> = {}): string => {
    const key = nodeKey(kind, value);
    if (!g.hasNode(key)) g.addNode(key, { kind, value, ...attrs });
    return key;
  };
  const link = (from: string, to: string, type: EdgeType, evidenceId: string): void => {
    const key = `${type}:${from}->${to}`;
    if (!g.hasEdge(key)) {
      g.addDirectedEdgeWithKey(key, from, to, { type, evidence: [evidenceId] });
      return;
    }
    const list = g.getEdgeAttribute(key, 'evidence');
    if (!list.includes(evidenceId)) {
      list.push(evidenceId);
      list.sort();
    }
  };
  const sorted = [...evidence].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const verdicts = new Map<string, string>();
  for (const f of findings)
    if (f.analyser === 'triage' && f.kind === 'verdict' && f.label) verdicts.set(f.evidenceId, f.label);
  for (const e of sorted) {
    const v = verdicts.get(e.id);
    node('evidence', e.id, {
      evidenceKind: e.kind,
      time: e.date ?? e.ingestedAt,
      ...(v ? { verdict: v } : {}),
    });
  }
  for (const e of sorted) {
    const ev = nodeKey('evidence', e.id);
    if (e.parentId && g.hasNode(nodeKey('evidence', e.parentId)))
      link(ev, nodeKey('evidence', e.parentId), 'attachment-of', e.id);
    const party = (address: string, type: EdgeType): void => {
      const p = canonicalParty(address);
      const kind: EntityKind = p.kind === 'handle' ? 'handle' : p.kind;
      const target = node(kind, p.value);
      link(ev, target, type, e.id);
      if (p.kind === 'email') mailboxDomain(target, p.value, e.id);
    };
    if (e.from?.address) party(e.from.address, 'sent-by');
    for (const r of [...(e.to ?? []), ...(e.cc ?? [])]) party(r.address, 'sent-to');
    for (const r of e.replyTo ?? []) party(r.address, 'reply-to');
  }
  function mailboxDomain(emailNode: string, address: string, evidenceId: string): void {
    const host = address.split('@')[1];
    if (host) link(emailNode, node('domain', registrableDomain(host)), 'mailbox-domain', evidenceId);
  }
  const obsSorted = [...observables].sort((a, b) =>
    a.evidenceId < b.evidenceId ? -1 : a.evidenceId > b.evidenceId ? 1 : a.start - b.start,
  );
  for (const o of obsSorted) {
    const ev = nodeKey('evidence', o.evidenceId);
    if (!g.hasNode(ev)) continue;
    const kind = entityKindOf(o.type);
    let value = canonicalValue(o.type, o.value);
    if (kind === 'domain') value = registrableDomain(value);
    const target = node(kind, value, { type: o.type });
    link(ev, target, 'contains', o.evidenceId);
    if (kind === 'url') {
      const host = urlHost(value);
      if (host) {
        const isIp = /^[\d.]+$|:/.test(host);
        link(
          target,
          isIp ? node('ip', host) : node('domain', registrableDomain(host)),
          'hosted-on',
          o.evidenceId,
        );
      }
    }
    if (kind === 'email') mailboxDomain(target, value, o.evidenceId);
    if (kind === 'wallet') {
      const cluster = options.walletClusters?.get(value);
      if (cluster) link(target, node('wallet-cluster', cluster), 'member-of-cluster', o.evidenceId);
    }
  }
  const fSorted = [...findings].sort((a, b) =>
    a.evidenceId < b.evidenceId ? -1 : a.evidenceId > b.evidenceId ? 1 : 0,
  );
  for (const f of fSorted) {
    const ev = nodeKey('evidence', f.evidenceId);
    if (f.analyser === 'impersonation' && f.label && g.hasNode(ev))
      link(ev, node('brand', f.label), 'impersonates', f.evidenceId);
  }
  return g;
}
