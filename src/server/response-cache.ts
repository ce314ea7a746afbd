/**
 * @module server/response-cache
 * Serialised JSON bodies of case-scoped read routes, kept per case and data version
 * (`case-version.ts`). A body is only reused while the case's version is the one it was built
 * at, so any write — by this server or by another process on the same case folder — retires
 * every body of that case at once. Bodies must depend on the case's data and the URL alone
 * (never on the user): access control runs before the cache is consulted, in the `onRequest` hook.
 *
 * Bounded per case by entry count and bytes, least recently used out first.
 */

interface CaseBodies {
  version: number;
  bodies: Map<string, string>;
  bytes: number;
}

export interface ResponseCacheLimits {
  maxEntriesPerCase: number;
  maxBytesPerCase: number;
}

export class ResponseCache {
  private readonly cases = new Map<string, CaseBodies>();
  hits = 0;
  misses = 0;

  constructor(
    private readonly limits: ResponseCacheLimits = {
      maxEntriesPerCase: 2000,
      maxBytesPerCase: 64 * 1024 ** 2,
    },
  ) {}

  get(caseId: string, version: number, key: string): string | undefined {
    const c = this.cases.get(caseId);
    if (!c || c.version !== version) {
      this.misses++;
      return undefined;
    }
    const body = c.bodies.get(key);
    if (body === undefined) {
      this.misses++;
      return undefined;
    }
    // Map order is insertion order: re-inserting marks it most recently used.
    c.bodies.delete(key);
    c.bodies.set(key, body);
    this.hits++;
    return body;
  }

  set(caseId: string, version: number, key: string, body: string): void {
    let c = this.cases.get(caseId);
    if (!c || c.version !== version) {
      // A body built at an older version than the one cached is dropped; a newer one starts afresh.
      if (c && c.version > version) return;
      c = { version, bodies: new Map(), bytes: 0 };
      this.cases.set(caseId, c);
    }
    if (body.length > this.limits.maxBytesPerCase / 4) return;
    const old = c.bodies.get(key);
    if (old !== undefined) c.bytes -= old.length;
    c.bodies.delete(key);
    c.bodies.set(key, body);
    c.bytes += body.length;
    for (const [k, b] of c.bodies) {
      if (c.bodies.size <= this.limits.maxEntriesPerCase && c.bytes <= this.limits.maxBytesPerCase) break;
      c.bodies.delete(k);
      c.bytes -= b.length;
    }
  }
}
