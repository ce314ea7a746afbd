/**
 * @module analyse/impersonation/auth-results
 * Parses SPF/DKIM/DMARC verdicts from `Authentication-Results` (RFC 8601) and `Received-SPF`
 * (RFC 7208 §9.1) headers. Only the topmost `Authentication-Results` is trusted for the verdict:
 * it was added by the receiving server, while lower ones can be forged by the sender; the others
 * are kept in `all` for the analyst.
 */
import type { Header } from '../../core/evidence.js';

export type AuthVerdict =
  | 'pass'
  | 'fail'
  | 'softfail'
  | 'neutral'
  | 'none'
  | 'temperror'
  | 'permerror'
  | 'policy'
  | 'bestguesspass';

export interface AuthMethodResult {
  method: 'spf' | 'dkim' | 'dmarc' | 'arc' | 'dkim-atps' | 'iprev' | 'auth';
  result: AuthVerdict;
  /** `header.from`, `smtp.mailfrom`, `header.d`/`header.i` properties as written. */
  properties: Record<string, string>;
}

export interface AuthResults {
  /** The receiving server's `authserv-id`, when given. */
  server?: string;
  results: AuthMethodResult[];
  /** Where the verdict came from. */
  source: 'Authentication-Results' | 'Received-SPF';
}

const METHODS = new Set(['spf', 'dkim', 'dmarc', 'arc', 'dkim-atps', 'iprev', 'auth']);
const VERDICTS = new Set([
  'pass',
  'fail',
  'softfail',
  'neutral',
  'none',
  'temperror',
  'permerror',
  'policy',
  'bestguesspass',
]);

/** Drops RFC 5322 comments `( … )`, which may nest and which carry no verdict. */
function stripComments(s: string): string {
  let out = '';
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) out += c;
  }
  return out;
}

/** One `Authentication-Results` value; `undefined` when it holds no recognisable method. */
export function parseAuthenticationResults(value: string): AuthResults | undefined {
  const parts = stripComments(value)
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const results: AuthMethodResult[] = [];
  let server: string | undefined;
  parts.forEach((part, i) => {
    const m = /^([a-z-]+)\s*=\s*([a-z]+)\b(.*)$/i.exec(part);
    if (!m) {
      if (i === 0) server = part.split(/\s+/)[0];
      return;
    }
    const method = (m[1] ?? '').toLowerCase();
    const result = (m[2] ?? '').toLowerCase();
    if (!METHODS.has(method) || !VERDICTS.has(result)) return;
    const properties: Record<string, string> = {};
    for (const pm of (m[3] ?? '').matchAll(/([a-z]+\.[a-z-]+)\s*=\s*("[^"]*"|[^\s;]+)/gi)) {
      properties[(pm[1] ?? '').toLowerCase()] = (pm[2] ?? '').replace(/^"|"$/g, '');
    }
    results.push({ method: method as AuthMethodResult['method'], result: result as AuthVerdict, properties });
  });
  if (results.length === 0) return undefined;
  return server === undefined
    ? { results, source: 'Authentication-Results' }
    : { server, results, source: 'Authentication-Results' };
}

/** A `Received-SPF` value: `fail (reason) client-ip=…; envelope-from=…`. */
export function parseReceivedSpf(value: string): AuthResults | undefined {
  const m = /^\s*([a-z]+)\b/i.exec(value);
  const result = (m?.[1] ?? '').toLowerCase();
  if (!VERDICTS.has(result)) return undefined;
  const properties: Record<string, string> = {};
  for (const pm of stripComments(value).matchAll(/([a-z-]+)\s*=\s*("[^"]*"|[^\s;]+)/gi)) {
    properties[(pm[1] ?? '').toLowerCase()] = (pm[2] ?? '').replace(/^"|"$/g, '');
  }
  return { results: [{ method: 'spf', result: result as AuthVerdict, properties }], source: 'Received-SPF' };
}

export interface AuthSummary {
  spf?: AuthVerdict;
  dkim?: AuthVerdict;
  dmarc?: AuthVerdict;
  /** Every parsed header, topmost first. */
  all: AuthResults[];
}

/**
 * The verdicts of the topmost `Authentication-Results` (falling back to the topmost
 * `Received-SPF` for SPF), and every parsed header. Headers are in message order (top first).
 */
export function summariseAuth(headers: ReadonlyArray<Header>): AuthSummary {
  const all: AuthResults[] = [];
  for (const h of headers) {
    const name = h.name.toLowerCase();
    const r =
      name === 'authentication-results'
        ? parseAuthenticationResults(h.value)
        : name === 'received-spf'
          ? parseReceivedSpf(h.value)
          : undefined;
    if (r) all.push(r);
  }
  const summary: AuthSummary = { all };
  const top = all.find((r) => r.source === 'Authentication-Results');
  const pick = (method: 'spf' | 'dkim' | 'dmarc'): AuthVerdict | undefined => {
    const rs = top?.results.filter((r) => r.method === method) ?? [];
    // Several DKIM signatures: one pass is enough for DKIM to pass.
    if (rs.some((r) => r.result === 'pass')) return 'pass';
    return rs[0]?.result;
  };
  const spf = pick('spf') ?? all.find((r) => r.source === 'Received-SPF')?.results[0]?.result;
  const dkim = pick('dkim');
  const dmarc = pick('dmarc');
  if (spf) summary.spf = spf;
  if (dkim) summary.dkim = dkim;
  if (dmarc) summary.dmarc = dmarc;
  return summary;
}
