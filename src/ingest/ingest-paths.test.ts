import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildZip } from '../../test/fixtures/ingest/helpers.js';
import { initCase } from '../case/open-case.js';
import type { SqliteCaseStore } from '../case/sqlite-case-store.js';
import { ingestPaths } from './ingest-paths.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');
const stores: SqliteCaseStore[] = [];

async function freshCase(): Promise<{ store: SqliteCaseStore; dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dragnet-ingest-'));
  const store = await initCase(path.join(dir, 'case'), { actor: 'test' });
  stores.push(store);
  return { store, dir };
}

afterEach(() => {
  for (const s of stores.splice(0)) {
    s.close();
    rmSync(path.dirname(s.info.dir), { recursive: true, force: true });
  }
});

/** Everything that a failed or idempotent ingest must leave exactly as it was. */
function snapshot(store: SqliteCaseStore) {
  return {
    evidence: store.countEvidence(),
    audit: store.listAudit().length,
    observables: store.listObservables().length,
  };
}

describe('ingestPaths', () => {
  it('ingests the sample mailbox as one container with its messages and attachments', async () => {
    const { store } = await freshCase();
    const report = await ingestPaths(store, [path.join(SAMPLES, 'mail', 'inbox.mbox')]);
    expect(report.failed).toEqual([]);
    const mailbox = store.listEvidence({ kind: 'mailbox' });
    expect(mailbox).toHaveLength(1);
    const messages = store.listEvidence({ parentId: mailbox[0]!.id });
    expect(messages).toHaveLength(47);
    expect(messages.every((m) => m.kind === 'email' && m.path.startsWith(`${mailbox[0]!.path}#`))).toBe(true);
    expect(report.ingested).toBe(store.countEvidence());
    const audit = store.listAudit().at(-1)!;
    expect(audit).toMatchObject({ action: 'ingest', target: path.join(SAMPLES, 'mail', 'inbox.mbox') });
    expect(audit.details.sha256).toBe(mailbox[0]!.sha256);
    expect((await store.verify()).ok).toBe(true);
  });

  it('reports the Hi-Mum story a chat tells across messages as a finding on the export', async () => {
    const { store } = await freshCase();
    const report = await ingestPaths(store, [path.join(SAMPLES, 'chat', 'whatsapp-ios.txt')]);
    expect(report.failed).toEqual([]);
    const chat = store.listEvidence({ kind: 'chat-export' })[0]!;
    const stories = store.listFindings(chat.id).filter((f) => f.kind === 'conversation-story');
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ analyser: 'triage', label: 'scam' });
    // The claim, the lost phone and the IBAN sit in three messages, none of which tells it alone.
    expect(stories[0]!.reasons?.[0]?.evidence).toBe(
      'Lena (neu): "neue Nummer" (#1) + "Ersatzhandy" (#3) + IBAN DE78100110012626718349 (#5)',
    );
    expect((await store.verify()).ok).toBe(true);
  });

  it('reports the romance-investment story of the sample courtship chat on its export', async () => {
    const { store } = await freshCase();
    await ingestPaths(store, [path.join(SAMPLES, 'chat', 'whatsapp-scam.txt')]);
    const chat = store.listEvidence({ kind: 'chat-export' })[0]!;
    const stories = store.listFindings(chat.id).filter((f) => f.kind === 'conversation-story');
    expect(stories.map((f) => f.reasons?.[0])).toEqual([
      {
        signal: 'romance-investment',
        weight: 0,
        evidence:
          'David: "my dear" (#6) + "crypto, bitcoin, 38%" (#8) + wallet bc1q8r9q4tkxgxqclj2l7s7wjuk7ratv7ek934ne5e (#28)',
      },
    ]);
  });

  it('tells the same story for a chat export inside a zip, as WhatsApp exports it', async () => {
    const { store, dir } = await freshCase();
    const chat = readFileSync(path.join(SAMPLES, 'chat', 'whatsapp-ios.txt'));
    const zip = path.join(dir, 'WhatsApp Chat - Lena.zip');
    writeFileSync(zip, buildZip([{ name: '_chat.txt', data: chat }]));
    const report = await ingestPaths(store, [zip]);
    expect(report.failed).toEqual([]);
    const exports = store.listEvidence({ kind: 'chat-export' });
    expect(exports).toHaveLength(1);
    expect(exports[0]!.parentId).toBe(store.listEvidence({ kind: 'archive' })[0]!.id);
    const stories = store.listFindings(exports[0]!.id).filter((f) => f.kind === 'conversation-story');
    expect(stories.map((f) => f.reasons?.[0]?.evidence)).toEqual([
      'Lena (neu): "neue Nummer" (#1) + "Ersatzhandy" (#3) + IBAN DE78100110012626718349 (#5)',
    ]);
    expect((await store.verify()).ok).toBe(true);
  });

  it('is idempotent: re-ingesting adds nothing and leaves no audit entry', async () => {
    const { store } = await freshCase();
    const dirs = ['mail', 'chat', 'sms', 'web'].map((d) => path.join(SAMPLES, d));
    const first = await ingestPaths(store, dirs);
    expect(first.ingested).toBeGreaterThan(100);
    const before = snapshot(store);
    const again = await ingestPaths(store, dirs);
    expect(again.ingested).toBe(0);
    expect(again.duplicates).toBeGreaterThan(0);
    expect(snapshot(store)).toEqual(before);
  });

  it('keeps going past bad files, and a bad file leaves no trace', async () => {
    const { store, dir } = await freshCase();
    const bad = path.join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(
      path.join(bad, 'garbage.eml'),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
    );
    writeFileSync(
      path.join(bad, 'truncated.json'),
      '{"name":"Scam group","type":"private_group","messages":[{"id":1,"type":"message","date":"2026-02',
    );
    writeFileSync(
      path.join(bad, 'broken.xml'),
      '<?xml version="1.0"?><smses count="2"><sms address="+4915112345678" body="hi" date="1700000000000" type="1"/><sms ',
    );
    const before = snapshot(store);
    const report = await ingestPaths(store, [bad, path.join(dir, 'does-not-exist.eml')]);
    expect(report.ingested).toBe(0);
    const failedPaths = report.failed.map((f) => path.basename(f.path)).sort();
    expect(failedPaths).toEqual(['broken.xml', 'does-not-exist.eml', 'garbage.eml', 'truncated.json']);
    for (const f of report.failed) expect(f.error.length).toBeGreaterThan(5);
    expect(report.failed.find((f) => f.path.endsWith('does-not-exist.eml'))?.error).toBe(
      'no such file or folder',
    );
    // broken.xml had one complete SMS before the cut: a malformed file still lands whole or not at all.
    expect(snapshot(store)).toEqual(before);
    const good = await ingestPaths(store, [
      path.join(SAMPLES, 'mail', 'legit-colleague.eml'),
      path.join(bad, 'garbage.eml'),
    ]);
    expect(good.ingested).toBeGreaterThanOrEqual(1);
    expect(good.failed.map((f) => path.basename(f.path))).toEqual(['garbage.eml']);
    expect((await store.verify()).ok).toBe(true);
  });

  it('refuses a message over the in-memory limit without touching the case', async () => {
    const { store, dir } = await freshCase();
    const big = path.join(dir, 'big.eml');
    writeFileSync(
      big,
      `From: a@example.org\r\nTo: b@example.org\r\nSubject: big\r\n\r\n${'x'.repeat(200_000)}\r\n`,
    );
    const before = snapshot(store);
    const report = await ingestPaths(store, [big], { limits: { maxInMemoryBytes: 100_000 } });
    expect(report.ingested).toBe(0);
    expect(report.failed[0]?.error).toMatch(/limit/);
    expect(snapshot(store)).toEqual(before);
  });
});
