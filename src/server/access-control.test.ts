/**
 * Access control through EVERY route: the route table is walked, so a route added later is
 * covered without touching this file. Anonymous callers get 401; outsiders get 404 on another
 * team's case (indistinguishable from a missing case); viewers cannot write; non-admins cannot
 * administer; cookie sessions cannot write without the CSRF token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteEntry } from './build-server.js';
import { login, startTestServer, type TestServer } from './testing/test-server.js';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({
    caps: { ingest: async () => ({ ingested: 0, duplicates: 0, failed: [], evidence: [] }) },
  });
});
afterAll(async () => s.dispose());

function urlFor(route: RouteEntry, caseId: string): string {
  const path = route.url
    .replace(':caseId', caseId)
    .replace(':evidenceId', s.evidenceA[0]!)
    .replace(':userId', s.users.viewer.id)
    .replace(':tokenId', '00000000-0000-0000-0000-000000000000')
    .replace(':jobId', '00000000-0000-0000-0000-000000000000')
    .replace(':campaignId', 'c1')
    .replace(':format', 'csv')
    .replace('*', 'index.html');
  return `${path}?node=${encodeURIComponent(`evidence:${s.evidenceA[0]}`)}&seed=bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq`;
}

const bodyFor = (route: RouteEntry): Record<string, unknown> | undefined =>
  route.method === 'GET' || route.method === 'DELETE'
    ? undefined
    : { class: 'spam', role: 'viewer', name: 'x' };

async function call(route: RouteEntry, caseId: string, auth: Record<string, string>) {
  const body = bodyFor(route);
  return s.app.inject({
    method: route.method as 'GET',
    url: urlFor(route, caseId),
    headers: { ...auth, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { payload: JSON.stringify(body) } : {}),
  });
}

const bearer = (who: keyof TestServer['users']) => ({ authorization: `Bearer ${s.users[who].token}` });

describe('every route', () => {
  it('declares an access level and the table covers the API', () => {
    expect(s.routes.length).toBeGreaterThan(25);
    const caseRoutes = s.routes.filter((r) => r.url.includes(':caseId'));
    expect(caseRoutes.length).toBeGreaterThan(12);
    for (const r of caseRoutes) expect(['case:read', 'case:write', 'admin']).toContain(r.access);
  });

  it('refuses anonymous callers on every non-public route', async () => {
    for (const route of s.routes.filter((r) => r.access !== 'public')) {
      const res = await call(route, s.caseA, {});
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('refuses a bad token everywhere, even on public routes', async () => {
    for (const route of s.routes) {
      const res = await call(route, s.caseA, { authorization: 'Bearer dgt_forged' });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('hides case A from an outsider on every case route (404, no data)', async () => {
    for (const route of s.routes.filter((r) => r.access.startsWith('case:'))) {
      const res = await call(route, s.caseA, bearer('outsider'));
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
      expect(res.json().error.message).toBe(`no case ${s.caseA}`);
      expect(res.body).not.toContain('Operation Alpha');
    }
  });

  it('gives an outsider the same answer for a case that does not exist', async () => {
    const route = s.routes.find((r) => r.url === '/api/cases/:caseId/evidence')!;
    const res = await call(route, 'no-such-case', bearer('outsider'));
    expect(res.statusCode).toBe(404);
  });

  it('lets a viewer read but never write (every write route answers 403)', async () => {
    for (const route of s.routes.filter((r) => r.access === 'case:write' || r.access === 'admin')) {
      const res = await call(route, s.caseA, bearer('viewer'));
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
    for (const route of s.routes.filter((r) => r.access === 'case:read')) {
      const res = await call(route, s.caseA, bearer('viewer'));
      expect([401, 403], `${route.method} ${route.url}`).not.toContain(res.statusCode);
      if (res.statusCode === 404) expect(res.json().error.message).not.toBe(`no case ${s.caseA}`);
    }
  });

  it('keeps administration for admins (analysts get 403)', async () => {
    for (const route of s.routes.filter((r) => r.access === 'admin')) {
      const res = await call(route, s.caseA, bearer('analyst'));
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
  });

  it('refuses cookie-authenticated writes without the CSRF token, and cross-origin ones', async () => {
    const { cookie, csrf } = await login(s, 'analyst');
    const writes = s.routes.filter(
      (r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method) && r.access !== 'public',
    );
    expect(writes.length).toBeGreaterThan(5);
    for (const route of writes) {
      const res = await call(route, s.caseA, { cookie });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(403);
      const cross = await call(route, s.caseA, {
        cookie,
        'x-csrf-token': csrf,
        origin: 'http://evil.example',
      });
      expect(cross.statusCode, `${route.method} ${route.url}`).toBe(403);
    }
  });
});

describe('a viewer cannot write, an outsider cannot read (concrete)', () => {
  it('viewer override is refused and leaves no audit entry', async () => {
    const before = (
      await s.app.inject({ url: `/api/cases/${s.caseA}/audit`, headers: bearer('admin') })
    ).json().length;
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/cases/${s.caseA}/evidence/${s.evidenceA[0]}/verdict`,
      headers: bearer('viewer'),
      payload: { class: 'ham' },
    });
    expect(res.statusCode).toBe(403);
    const after = (
      await s.app.inject({ url: `/api/cases/${s.caseA}/audit`, headers: bearer('admin') })
    ).json().length;
    expect(after).toBe(before);
  });

  it('the case list shows each user only their cases', async () => {
    const names = async (who: keyof TestServer['users']) =>
      (
        (await s.app.inject({ url: '/api/cases', headers: bearer(who) })).json() as Array<{ name: string }>
      ).map((c) => c.name);
    expect(await names('outsider')).toEqual(['Operation Bravo']);
    expect(await names('viewer')).toEqual(['Operation Alpha']);
    expect(await names('admin')).toEqual(['Operation Alpha', 'Operation Bravo']);
  });
});
