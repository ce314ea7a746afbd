/**
 * A real analyst session in headless Chromium against the real `dragnet serve`: log in, upload
 * the sample evidence, open a phishing message, open the graph; then prove that a corpus of XSS
 * payloads inside ingested e-mails never executes and never reaches the network. Screenshots go
 * to test-results/e2e/ (kept as CI artifacts).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';
import { ADMIN, type ServeProcess, startServe } from './serve-process.js';
import { xssEmail, xssPayloads } from './xss-corpus.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-results', 'e2e');

let serve: ServeProcess;
let browser: Browser;
let page: Page;
let canary: Server;
let canaryUrl = '';
const canaryHits: string[] = [];
const dialogs: string[] = [];
const xssDir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-xss-'));
let caseId = '';

const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  canary = createServer((req, res) => {
    canaryHits.push(req.url ?? '');
    res.end('canary');
  });
  await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
  const addr = canary.address();
  canaryUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  for (const p of xssPayloads(canaryUrl))
    writeFileSync(path.join(xssDir, `xss-${p.name}.eml`), xssEmail(p.name, p.html, canaryUrl));
  [serve, browser] = await Promise.all([startServe(), launchChromium()]);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await serve?.stop();
  canary?.close();
  rmSync(xssDir, { recursive: true, force: true });
});

describe('analyst session', () => {
  it('logs in', async () => {
    await page.goto(serve.url);
    await page.fill('input[name=username]', ADMIN.username);
    await page.fill('input[name=password]', ADMIN.password);
    await shot('01-login');
    await page.click('button[type=submit]');
    await page.waitForSelector('.case-card');
    await shot('02-cases');
    const href = await page.getAttribute('.case-card', 'href');
    caseId = decodeURIComponent(/#\/cases\/([^/]+)/.exec(href ?? '')?.[1] ?? '');
    expect(caseId).not.toBe('');
  });

  it('uploads the sample evidence with a progress bar and ingests it', async () => {
    await page.goto(`${serve.url}/#/cases/${caseId}/upload`);
    const mail = path.join(ROOT, 'samples', 'mail');
    const files = [
      ...readdirSync(mail)
        .filter((f) => /\.(eml|mbox)$/.test(f))
        .map((f) => path.join(mail, f)),
      path.join(ROOT, 'samples', 'sms', 'sms-backup.xml'),
      path.join(ROOT, 'samples', 'chat', 'whatsapp-scam.txt'),
      ...readdirSync(xssDir).map((f) => path.join(xssDir, f)),
    ];
    await page.setInputFiles('[data-testid=upload-input]', files);
    await page.click('text=Upload and ingest');
    await page.waitForSelector('[data-testid=ingest-done]', { timeout: 60_000 });
    await shot('03-upload-done');
    const text = await page.textContent('[data-testid=ingest-done]');
    expect(Number(/Ingested (\d+)/.exec(text ?? '')?.[1])).toBeGreaterThan(40);
  });

  it('lists evidence with verdicts and opens a phishing message safely', async () => {
    await page.goto(`${serve.url}/#/cases/${caseId}/evidence`);
    await page.waitForSelector('.evidence-table tbody tr');
    await shot('04-evidence');
    const phishing = await page.evaluate(async (id) => {
      const res = await fetch(`/api/cases/${id}/evidence?class=phishing&limit=1`);
      return ((await res.json()) as { total: number }).total;
    }, caseId);
    if (phishing > 0) {
      // Triage verdicts present: filter by class like an analyst would.
      await page.selectOption('select[aria-label=class]', 'phishing');
      await page.waitForSelector('.evidence-table tbody tr.row-phishing');
      await shot('05-evidence-phishing');
    }
    // A known phishing sample (samples/mail/labels.json): a PayPal "account limited" lure.
    await page.selectOption('select[aria-label=class]', '');
    await page.fill('input[aria-label=search]', 'account has been limited');
    await page.waitForFunction(() => document.querySelectorAll('.evidence-table tbody tr').length === 1);
    await page.click('.evidence-table tbody tr td a');
    await page.waitForSelector('.message-view');
    await page.waitForSelector('[data-testid=message-html] .dn-link');
    await shot('06-phishing-message');
    // The lure's link is shown with its real, defanged target and is not clickable.
    expect(await page.$$eval('[data-testid=message-html] a', (as) => as.length)).toBe(0);
    expect(await page.textContent('[data-testid=message-html]')).toMatch(/hxxps?\[:\/\/\]/);
    await page.click('text=Raw headers');
    await page.waitForSelector('.headers-table');
    await shot('07-phishing-headers');
  });

  it("shows the text ingest read from a mail's attachments (the HTML sign-in page of a sample)", async () => {
    await page.goto(`${serve.url}/#/cases/${caseId}/evidence`);
    await page.waitForSelector('.evidence-table tbody tr');
    await page.fill('input[aria-label=search]', 'Remittance advice 0417');
    await page.waitForFunction(() => document.querySelectorAll('.evidence-table tbody tr').length === 1);
    await page.click('.evidence-table tbody tr td a');
    await page.waitForSelector('.message-view');
    await page.click('text=Attachments’ text');
    await page.waitForSelector('pre.message-text');
    const text = await page.textContent('pre.message-text');
    expect(text).toContain('sign in with your email password');
    expect(text).toContain('https://remit-viewer-0417.pages.dev/auth.php');
    await shot('07b-attachment-text');
  });

  it('opens the graph and expands a node on click', async () => {
    await page.goto(`${serve.url}/#/cases/${caseId}/graph`);
    await page.waitForFunction(
      () => (window as unknown as { __dragnetGraphReady?: number }).__dragnetGraphReady !== undefined,
      null,
      { timeout: 30_000 },
    );
    const canvas = await page.$('[data-testid=graph-canvas] canvas');
    expect(canvas).not.toBeNull();
    type G = {
      order: () => number;
      hasNode: (id: string) => boolean;
      evidenceNode: () => string | undefined;
      viewportOf: (id: string) => { x: number; y: number };
    };
    // Internal hops and the victims' own addresses are not infrastructure: no hub links every mail.
    const hubs = await page.evaluate(() => {
      const g = (window as unknown as { __dragnetGraph: G }).__dragnetGraph;
      return ['ipv4:127.0.0.1', 'ipv6:::1'].filter((id) => g.hasNode(id));
    });
    expect(hubs).toEqual([]);
    // Click where sigma draws an evidence node (positions come from the server's layout and do
    // not move), choosing the evidence node with the most room around it so the click cannot hit
    // a neighbour instead.
    await shot('08-graph');
    let opened = false;
    for (let attempt = 0; attempt < 3 && !opened; attempt++) {
      const target = await page.evaluate(() => {
        const g = (window as unknown as { __dragnetGraph: G }).__dragnetGraph;
        const id = g.evidenceNode();
        return id ? g.viewportOf(id) : null;
      });
      expect(target).not.toBeNull();
      if (!target) break;
      const box = await page.$eval('[data-testid=graph-canvas]', (el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y };
      });
      await page.mouse.click(box.x + target.x, box.y + target.y);
      opened = await page
        .waitForSelector('.graph-side a:has-text("Open message")', { timeout: 3_000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(opened).toBe(true);
    await shot('08b-graph-node');
  });

  it('shows the indicators table and the timeline', async () => {
    await page.goto(`${serve.url}/#/cases/${caseId}/indicators`);
    await page.waitForSelector('table.grid tbody tr');
    await shot('09-indicators');
    await page.goto(`${serve.url}/#/cases/${caseId}/timeline`);
    await page.waitForSelector('.timeline li');
    await shot('10-timeline');
  });
});

describe('campaigns, crypto and exports', () => {
  it('shows campaign pages with export buttons', async () => {
    await page.goto(`${serve.url}/#/cases/${caseId}/campaigns`);
    await page.waitForSelector('.campaign-card');
    await shot('12-campaigns');
    await page.click('.campaign-card');
    await page.waitForSelector('.export-buttons');
    await shot('13-campaign-page');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.page-head .export-buttons a:has-text("STIX 2.1")'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.stix\.json$/);
  });

  it('traces funds from a sample wallet', async () => {
    await page.goto(`${serve.url}/#/cases/${caseId}/crypto`);
    await page.setInputFiles(
      '[data-testid=crypto-import]',
      path.join(ROOT, 'samples', 'crypto', 'blocks.json'),
    );
    await page.waitForFunction(
      () =>
        /Imported \d+ transactions/.test(
          document.querySelector('[data-testid=crypto-import-msg]')?.textContent ?? '',
        ),
      null,
      { timeout: 60_000 },
    );
    // The romance-scam payout wallet of samples/wallets.json.
    await page.fill('input[aria-label=seed]', 'bc1q8r9q4tkxgxqclj2l7s7wjuk7ratv7ek934ne5e');
    await page.fill('input[type=number]', '10');
    await page.click('button:has-text("Trace")');
    await page.waitForSelector('table.grid tbody tr');
    await shot('14-crypto');
    expect(await page.$$eval('table.grid tbody tr', (rows) => rows.length)).toBeGreaterThan(1);
  });
});

describe('hostile HTML in ingested e-mails', () => {
  it('never executes a payload nor contacts the canary', async () => {
    const found = await page.evaluate(async (id) => {
      const res = await fetch(`/api/cases/${id}/evidence?q=xss&limit=100`);
      return ((await res.json()) as { items: Array<{ id: string; subject: string }> }).items;
    }, caseId);
    const payloads = xssPayloads(canaryUrl);
    expect(found.length).toBe(payloads.length);
    for (const item of found) {
      await page.goto(`${serve.url}/#/cases/${caseId}/evidence/${item.id}`);
      await page.waitForSelector('[data-testid=message-html]');
      const name = /xss (\S+)/.exec(item.subject)?.[1] ?? '';
      // The HTML really is there and rendered (else this test could not fail).
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid=message-html]')?.textContent?.includes(`Payload ${n}`),
        name,
      );
      for (const link of await page.$$('.dn-link')) await link.click();
      await page.waitForTimeout(150);
      expect(
        await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
        name,
      ).toBeUndefined();
      expect(page.url()).toContain(`/evidence/${item.id}`);
      if (name === 'img-onerror') await shot('11-xss-message');
    }
    await page.waitForTimeout(500);
    expect(canaryHits).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
