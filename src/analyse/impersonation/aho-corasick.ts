/**
 * @module analyse/impersonation/aho-corasick
 * Aho–Corasick automaton: finds every brand token inside a string in one pass, whatever the
 * number of brands (the index is never looped over per domain).
 */

export interface AcMatch {
  token: string;
  /** Start offset (UTF-16) of the match in the scanned string. */
  start: number;
}

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Tokens ending here, including those reached through fail links. */
  out: string[];
}

export class AhoCorasick {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(tokens: Iterable<string>) {
    for (const t of tokens) this.insert(t);
    this.link();
  }

  private insert(token: string): void {
    let s = 0;
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      const node = this.nodes[s] as Node;
      let n = node.next.get(c);
      if (n === undefined) {
        n = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        node.next.set(c, n);
      }
      s = n;
    }
    const end = this.nodes[s] as Node;
    if (!end.out.includes(token)) end.out.push(token);
  }

  /** Breadth-first fail links, merging outputs so `scan` needs no fail-chain walk. */
  private link(): void {
    const queue: number[] = [];
    for (const n of (this.nodes[0] as Node).next.values()) queue.push(n);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q] as number;
      const node = this.nodes[s] as Node;
      for (const [c, n] of node.next) {
        let f = node.fail;
        while (f !== 0 && !(this.nodes[f] as Node).next.has(c)) f = (this.nodes[f] as Node).fail;
        const target = (this.nodes[f] as Node).next.get(c);
        const child = this.nodes[n] as Node;
        child.fail = target !== undefined && target !== n ? target : 0;
        for (const o of (this.nodes[child.fail] as Node).out) if (!child.out.includes(o)) child.out.push(o);
        queue.push(n);
      }
    }
  }

  /** Every token occurrence in `text`. */
  scan(text: string): AcMatch[] {
    const found: AcMatch[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (s !== 0 && !(this.nodes[s] as Node).next.has(c)) s = (this.nodes[s] as Node).fail;
      s = (this.nodes[s] as Node).next.get(c) ?? 0;
      for (const token of (this.nodes[s] as Node).out) found.push({ token, start: i - token.length + 1 });
    }
    return found;
  }
}
