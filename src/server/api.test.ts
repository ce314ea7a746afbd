/**
 * Behaviour of the API beyond access control: login and sessions, rate limiting, CSRF,
 * security headers, the OpenAPI document, evidence filters, audited writes with the user as
 * actor, and upload → ingest job → SSE progress with the real ingest pipeline.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCase } from '../case/open-case.js';
import { evidenceIdFromSha256 } from '../core/evidence.js';
import type { Observable } from '../core/observable.js';
import { ingestPaths } from '../ingest/ingest-paths.js';
import { login, PASSWORD, startTestServer, type TestServer } from './testing/test-server.js';

let s: TestServer;
const uiDir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-ui-'));
beforeAll(async () => {
  mkdirSync(path.join(uiDir, 'assets'));
  writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(path.join(uiDir, 'assets', 'app.js'), 'export {}');
  s = await startTestServer(
    {
      uiDir,
      loginLimits: { max: 3, windowMs: 60_000 },
      caps: { ingest: (store, paths, o) => ingestPaths(store, paths, o) },
    },
    40,
  );
});
afterAll(async () => {
  await s.dispose();
  rmSync(uiDir, { recursive: true, force: true });
});

const bearer = (who: keyof TestServer['users']) => ({ authorization: `Bearer ${s.users[who].token}` });

describe('login, sessions and CSRF', () => {
  it('sets an HttpOnly SameSite=Strict session cookie and returns a CSRF token', async () => {
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'analyst', password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^dragnet_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(res.json().csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(res.json().user).not.toHaveProperty('passwordHash');
  });

  it('accepts a cookie write with the CSRF token and records the user in the audit log', async () => {
    const { cookie, csrf } = await login(s, 'analyst');
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/cases/${s.caseA}/evidence/${s.evidenceA[1]}/verdict`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { class: 'ham', note: 'internal newsletter' },
    });
    expect(res.statusCode).toBe(200);
    const audit = (
      await s.app.inject({ url: `/api/cases/${s.caseA}/audit`, headers: bearer('viewer') })
    ).json();
    const last = audit[audit.length - 1];
    expect(last).toMatchObject({ actor: 'analyst', action: 'verdict.override', target: s.evidenceA[1] });
    const item = (
      await s.app.inject({
        url: `/api/cases/${s.caseA}/evidence/${s.evidenceA[1]}`,
        headers: bearer('viewer'),
      })
    ).json();
    expect(item.verdict).toMatchObject({ class: 'ham', source: 'analyst' });
  });

  it('rejects a wrong password and rate-limits repeated failures (429 even with the right one)', async () => {
    const attempt = (password: string) =>
      s.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { username: 'viewer', password },
        remoteAddress: '10.9.9.9',
      });
    for (let i = 0; i < 3; i++) expect((await attempt('wrong password!')).statusCode).toBe(401);
    const blocked = await attempt(PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('logout ends the session', async () => {
    const { cookie, csrf } = await login(s, 'admin');
    expect((await s.app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(200);
    await s.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect((await s.app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('first-run setup needs the setup token and works only once', async () => {
    expect((await s.app.inject({ url: '/api/setup' })).json()).toEqual({ needed: false });
    const res = await s.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { setupToken: 'test-setup-token', username: 'late', password: 'long enough pw' },
    });
    expect(res.statusCode).toBe(409);
  });

  it('revoked API tokens stop working', async () => {
    const created = (
      await s.app.inject({
        method: 'POST',
        url: '/api/me/tokens',
        headers: bearer('viewer'),
        payload: { name: 'script' },
      })
    ).json();
    const auth = { authorization: `Bearer ${created.token}` };
    expect((await s.app.inject({ url: '/api/cases', headers: auth })).statusCode).toBe(200);
    await s.app.inject({
      method: 'DELETE',
      url: `/api/me/tokens/${created.info.id}`,
      headers: bearer('viewer'),
    });
    expect((await s.app.inject({ url: '/api/cases', headers: auth })).statusCode).toBe(401);
  });
});

describe('headers, OpenAPI and static files', () => {
  it('sends a CSP without inline script or remote sources, and the other security headers', async () => {
    const res = await s.app.inject({ url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('publishes an OpenAPI 3.1 document covering the API', async () => {
    const doc = (await s.app.inject({ url: '/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/api/login',
      '/api/cases',
      '/api/cases/{caseId}/evidence',
      '/api/cases/{caseId}/uploads',
      '/api/cases/{caseId}/graph',
      '/api/cases/{caseId}/export/{format}',
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
  });

  it('serves the UI but never a file outside it', async () => {
    expect((await s.app.inject({ url: '/' })).body).toContain('<title>ui</title>');
    expect((await s.app.inject({ url: '/assets/app.js' })).headers['content-type']).toContain('javascript');
    for (const url of [
      '/..%2f..%2fpackage.json',
      '/assets/..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/etc/passwd',
    ]) {
      const res = await s.app.inject({ url });
      expect(res.body).not.toContain('root:');
      expect(res.body).not.toContain('"name"');
    }
    expect((await s.app.inject({ url: '/api/nope', headers: bearer('admin') })).statusCode).toBe(404);
    expect((await s.app.inject({ url: '/%E0%A4%A' })).statusCode).toBe(400);
  });
});

describe('evidence', () => {
  const list = async (query: string) =>
    (
      await s.app.inject({ url: `/api/cases/${s.caseA}/evidence?${query}`, headers: bearer('viewer') })
    ).json();

  it('filters by class, language, sender and text, and pages', async () => {
    const all = await list('limit=5');
    expect(all.total).toBe(40);
    expect(all.items).toHaveLength(5);
    const phishing = await list('class=phishing&limit=100');
    expect(phishing.total).toBeGreaterThan(0);
    for (const e of phishing.items) expect(e.verdict.class).toBe('phishing');
    const de = await list('lang=de&limit=100');
    expect(de.total).toBe(10);
    for (const e of de.items) expect(e.verdict.lang).toBe('de');
    expect(
      (await list('sender=sender7%40&limit=100')).items.every((e: { from: { address: string } }) =>
        e.from.address.startsWith('sender7@'),
      ),
    ).toBe(true);
    expect((await list('q=%2317&limit=100')).items.map((e: { subject: string }) => e.subject)).toEqual([
      'Verify your account #17',
    ]);
    const page2 = await list('limit=5&offset=5');
    expect(page2.items[0].id).not.toBe(all.items[0].id);
  });

  it('serves raw bytes only as an attachment', async () => {
    const res = await s.app.inject({
      url: `/api/cases/${s.caseA}/evidence/${s.evidenceA[0]}/raw`,
      headers: bearer('viewer'),
    });
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.body).toContain('Subject: ');
  });

  it('builds the graph and expands a node', async () => {
    const g = (
      await s.app.inject({ url: `/api/cases/${s.caseA}/graph?limit=1000`, headers: bearer('viewer') })
    ).json();
    // Columnar: one array per field, all as long as the node list, edges as index pairs.
    const n = g.nodes.id.length;
    expect(n).toBeGreaterThan(40);
    for (const field of ['kind', 'label', 'type', 'class', 'degree', 'x', 'y'])
      expect(g.nodes[field]).toHaveLength(n);
    expect(g.edges.length % 2).toBe(0);
    expect(g.edges.every((i: number) => Number.isInteger(i) && i >= 0 && i < n)).toBe(true);
    // Positions from the server's layout: spread out, within the documented box.
    expect(Math.max(...g.nodes.x.map(Math.abs), ...g.nodes.y.map(Math.abs))).toBeLessThanOrEqual(1000);
    expect(new Set(g.nodes.x.map((x: number, i: number) => `${x},${g.nodes.y[i]}`)).size).toBeGreaterThan(
      n * 0.9,
    );
    const evidenceId = g.nodes.id[g.nodes.kind.indexOf('evidence')];
    const nb = (
      await s.app.inject({
        url: `/api/cases/${s.caseA}/graph/neighbours?node=${encodeURIComponent(evidenceId)}`,
        headers: bearer('viewer'),
      })
    ).json();
    expect(nb.nodes.id[0]).toBe(evidenceId);
    expect(nb.edges.length).toBeGreaterThanOrEqual(4);
    // Every edge runs from the centre (index 0) to one of its neighbours.
    for (let k = 0; k < nb.edges.length; k += 2) expect(nb.edges[k]).toBe(0);
    expect(nb.nodes.x[0]).toBe(g.nodes.x[g.nodes.id.indexOf(evidenceId)]);
  });
});

describe('upload → ingest job → SSE', () => {
  it('ingests uploaded e-mails as the uploading user and streams progress to the end', async () => {
    const boundary = '----dragnetTest';
    const eml =
      'From: a@example.org\r\nTo: b@example.org\r\nSubject: uploaded via API\r\nDate: Mon, 02 Nov 2026 09:14:00 +0000\r\n\r\nhello https://upload-test.example/x\r\n';
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="files"; filename="../../evil/../up.eml"',
      'Content-Type: message/rfc822',
      '',
      eml,
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/cases/${s.caseA}/uploads`,
      headers: { ...bearer('analyst'), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(res.statusCode).toBe(202);
    const job = res.json();
    const events = await s.app.inject({
      url: `/api/cases/${s.caseA}/jobs/${job.id}/events`,
      headers: bearer('viewer'),
    });
    expect(events.headers['content-type']).toContain('text/event-stream');
    const last = events.body.trim().split('\n\n').pop() ?? '';
    expect(last).toMatch(/^event: done/);
    const final = JSON.parse(last.split('\ndata: ')[1] ?? '{}');
    expect(final.report.ingested).toBe(1);
    const found = (
      await s.app.inject({
        url: `/api/cases/${s.caseA}/evidence?q=uploaded%20via%20API`,
        headers: bearer('viewer'),
      })
    ).json();
    expect(found.total).toBe(1);
    expect(found.items[0].path).not.toContain('..');
    const audit = (
      await s.app.inject({ url: `/api/cases/${s.caseA}/audit`, headers: bearer('viewer') })
    ).json();
    expect(
      audit.some(
        (a: { actor: string; action: string }) => a.actor === 'analyst' && a.action !== 'verdict.override',
      ),
    ).toBe(true);
  });

  it('records membership changes in the case audit log with the admin as actor', async () => {
    const res = await s.app.inject({
      method: 'PUT',
      url: `/api/cases/${s.caseB}/members/${s.users.viewer.id}`,
      headers: bearer('admin'),
      payload: { role: 'viewer' },
    });
    expect(res.statusCode).toBe(200);
    const audit = (
      await s.app.inject({ url: `/api/cases/${s.caseB}/audit`, headers: bearer('viewer') })
    ).json();
    expect(audit[audit.length - 1]).toMatchObject({
      actor: 'admin',
      action: 'access.grant',
      target: 'viewer',
    });
  });
});

describe('caches follow the case, whoever writes to it', () => {
  const get = async (url: string) =>
    (await s.app.inject({ url: `/api/cases/${s.caseB}${url}`, headers: bearer('outsider') })).json();

  it('shows what another process committed to the served case, in lists, search, counts and graph', async () => {
    // Prime every cache of case B.
    const before = await get('/evidence?limit=100');
    expect(before.total).toBe(3);
    expect((await get('/evidence?q=out-of-band')).total).toBe(0);
    expect((await get('')).evidence).toBe(3);
    const graphBefore = await get('/graph?limit=1000');
    // A second connection, as a CLI `dragnet ingest` on the same case folder would have.
    const other = await openCase(s.ctx.registry.get(s.caseB)!.info.dir, { actor: 'cli' });
    try {
      await other.write({ action: 'ingest', actor: 'cli' }, (w) => {
        const bytes = Buffer.from('From: a@operator.example\r\nSubject: out-of-band\r\n\r\nhello');
        const sha256 = w.putBlob(bytes);
        const id = evidenceIdFromSha256(sha256);
        w.addEvidence({
          id,
          sha256,
          kind: 'email',
          path: 'cli/out-of-band.eml',
          size: bytes.length,
          subject: 'Out-of-band ingest',
          from: { address: 'a@operator.example' },
          text: 'hello',
        });
        const o = (type: Observable['type'], value: string, source: string, scope?: string): Observable => ({
          type,
          value,
          raw: value,
          start: 0,
          end: value.length,
          source,
          ...(scope ? { scope } : {}),
        });
        w.addObservables(id, [
          o('ipv4', '127.0.0.1', 'header:Received', 'loopback'),
          o('ipv4', '10.1.2.3', 'header:Received', 'private'),
          o('ipv4', '203.0.113.7', 'header:Received', 'documentation'),
          o('email', 'victim@example.org', 'header:To'),
        ]);
      });
    } finally {
      other.close();
    }
    const after = await get('/evidence?limit=100');
    expect(after.total).toBe(4);
    expect((await get('/evidence?q=out-of-band')).items.map((e: { path: string }) => e.path)).toEqual([
      'cli/out-of-band.eml',
    ]);
    expect((await get('')).evidence).toBe(4);
    const graph = await get('/graph?limit=1000');
    expect(graph.nodes.id.length).toBeGreaterThan(graphBefore.nodes.id.length);
    const ids: string[] = graph.nodes.id;
    // The operator's public hop is infrastructure; the victim and internal hops are not.
    expect(ids).toContain('ipv4:203.0.113.7');
    expect(ids).not.toContain('ipv4:127.0.0.1');
    expect(ids).not.toContain('ipv4:10.1.2.3');
    expect(ids).not.toContain('email:victim@example.org');
  });
});
