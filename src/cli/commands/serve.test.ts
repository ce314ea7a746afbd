/**
 * The capabilities `dragnet serve` wires in, exercised through the API on real sample evidence:
 * campaigns, campaign pages, the campaign timeline, the three export formats and crypto tracing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../ingest/ingest-paths.js';
import { startTestServer, type TestServer } from '../../server/testing/test-server.js';
import { serverCapabilities } from './serve.js';

let s: TestServer;
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');

beforeAll(async () => {
  s = await startTestServer({ caps: serverCapabilities() }, 0);
  // Ingest the sample mailbox into case A through the same pipeline an upload uses.
  const store = s.ctx.registry.get(s.caseA)!;
  await ingestPaths(store, [path.join(ROOT, 'samples', 'mail', 'inbox.mbox')], { actor: 'test' });
}, 120_000);
afterAll(async () => s.dispose());

const get = (url: string) =>
  s.app.inject({
    url: `/api/cases/${s.caseA}${url}`,
    headers: { authorization: `Bearer ${s.users.viewer.token}` },
  });

describe('wired capabilities', () => {
  it('lists campaigns in the contract shape and opens a campaign page', async () => {
    const res = await get('/campaigns');
    expect(res.statusCode).toBe(200);
    const campaigns = res.json() as Array<{
      id: string;
      members: string[];
      indicators: unknown[];
      first_seen: string;
      summary: string;
    }>;
    expect(campaigns.length).toBeGreaterThan(0);
    for (const c of campaigns)
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining([
          'id',
          'members',
          'indicators',
          'first_seen',
          'last_seen',
          'languages',
          'summary',
        ]),
      );
    const page = (await get(`/campaigns/${campaigns[0]!.id}`)).json();
    expect(page.memberItems.length).toBe(Math.min(1000, campaigns[0]!.members.length));
    const timeline = (await get(`/timeline?campaign=${campaigns[0]!.id}`)).json() as Array<{ time: string }>;
    expect(timeline.length).toBeGreaterThan(0);
    expect([...timeline].map((e) => e.time)).toEqual([...timeline].map((e) => e.time).sort());
    expect((await get('/campaigns/nope')).statusCode).toBe(404);
  });

  it('exports STIX 2.1, MISP and CSV as downloads', async () => {
    const stix = await get('/export/stix');
    expect(stix.statusCode).toBe(200);
    expect(stix.headers['content-disposition']).toMatch(/^attachment; filename="[\w.-]+\.stix\.json"$/);
    expect(stix.json()).toMatchObject({ type: 'bundle' });
    const misp = await get('/export/misp');
    expect(misp.json()).toHaveProperty('Event');
    const csv = await get('/export/csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toMatch(/type/);
  });

  it('imports a transaction dump as the API user and traces the scam wallet', async () => {
    const boundary = '----dragnetCrypto';
    const dump = readFileSync(path.join(ROOT, 'samples', 'crypto', 'blocks.json'));
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="blocks.json"\r\nContent-Type: application/json\r\n\r\n`,
      ),
      dump,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await s.app.inject({
      method: 'POST',
      url: `/api/cases/${s.caseA}/crypto/imports`,
      headers: {
        authorization: `Bearer ${s.users.analyst.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().transactions).toBe(600);
    const audit = (await get('/audit')).json() as Array<{ actor: string; action: string }>;
    expect(audit.find((a) => a.action === 'crypto.import')?.actor).toBe('analyst');
    const trace = await get(
      '/crypto/trace?seed=bc1q8r9q4tkxgxqclj2l7s7wjuk7ratv7ek934ne5e&hops=10&model=haircut',
    );
    expect(trace.statusCode).toBe(200);
    const rows = trace.json() as Array<{ amount: string; hops: number }>;
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) expect(r.amount).toMatch(/^\d+$/);
  });

  it('answers a crypto trace for an unknown seed with a clear 404', async () => {
    const res = await get('/crypto/trace?seed=bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq&hops=2');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/not|no /i);
  });
});

describe('case access is unchanged by capabilities', () => {
  it('an outsider still cannot reach campaigns or exports of case A', async () => {
    for (const url of ['/campaigns', '/export/stix', '/timeline']) {
      const res = await s.app.inject({
        url: `/api/cases/${s.caseA}${url}`,
        headers: { authorization: `Bearer ${s.users.outsider.token}` },
      });
      expect(res.statusCode).toBe(404);
    }
  });
});
