import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCaseStoreContract } from '../../test/contract/case-store.contract.js';
import { tempDirs } from '../../test/temp-dirs.js';
import { initCase, openCase } from './open-case.js';
import { sha256Hex } from './sha256.js';
import type { SqliteCaseStore } from './sqlite-case-store.js';

const tempDir = tempDirs('dragnet-store-');

const tmpCase = () => path.join(tempDir(), 'case');

runCaseStoreContract('sqlite', {
  create: () => initCase(tmpCase(), { actor: 'test' }),
  cleanup: async (store) => {
    store.close();
    rmSync(path.dirname(store.info.dir), { recursive: true, force: true });
  },
});

async function caseWithTwoItems(): Promise<SqliteCaseStore> {
  const store = await initCase(tmpCase(), { actor: 'test' });
  for (const body of ['first', 'second']) {
    const bytes = Buffer.from(`Subject: ${body}\r\n\r\n${body}`);
    const sha256 = sha256Hex(bytes);
    await store.write({ action: 'ingest', target: `${body}.eml` }, (w) => {
      w.putBlob(bytes);
      w.addEvidence({
        id: sha256.slice(0, 16),
        sha256,
        kind: 'email',
        path: `${body}.eml`,
        size: bytes.length,
        subject: body,
      });
    });
  }
  return store;
}

/** Tampering as an attacker with file access would: behind Dragnet's back, triggers dropped. */
function tamper(store: SqliteCaseStore, sql: string): void {
  const dir = store.info.dir;
  store.close();
  const db = new Database(path.join(dir, 'case.db'));
  db.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;');
  db.exec(sql);
  db.close();
}

describe('case verify', () => {
  it('passes on an untouched case', async () => {
    const store = await caseWithTwoItems();
    const report = await store.verify();
    expect(report).toMatchObject({ ok: true, blobsChecked: 2, auditEntriesChecked: 3, evidenceChecked: 2 });
    store.close();
  });

  it('names the blob in which one byte was flipped', async () => {
    const store = await caseWithTwoItems();
    const ev = store.listEvidence()[0]!;
    const file = store.blobPath(ev.sha256);
    const bytes = readFileSync(file);
    bytes[0] = bytes[0]! ^ 1;
    chmodSync(file, 0o644);
    writeFileSync(file, bytes);
    const report = await store.verify();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'blob-altered', target: ev.sha256 })]);
    store.close();
  });

  it('names the audit row that was edited', async () => {
    const store = await caseWithTwoItems();
    const dir = store.info.dir;
    tamper(store, "UPDATE audit SET actor = 'someone-else' WHERE seq = 2");
    const reopened = await openCase(dir);
    const report = await reopened.verify();
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => [p.kind, p.target])).toContainEqual(['audit-altered', '2']);
    reopened.close();
  });

  it('detects a removed evidence row, a removed audit tail and a missing blob', async () => {
    const store = await caseWithTwoItems();
    const dir = store.info.dir;
    const [first] = store.listEvidence();
    rmSync(store.blobPath(first!.sha256), { force: true });
    tamper(
      store,
      'DELETE FROM evidence WHERE rowid = (SELECT max(rowid) FROM evidence); DELETE FROM audit WHERE seq = 3;',
    );
    const reopened = await openCase(dir);
    const kinds = (await reopened.verify()).problems.map((p) => p.kind).sort();
    expect(kinds).toEqual(['audit-truncated', 'blob-missing']);
    reopened.close();
  });

  it('detects an edited evidence row', async () => {
    const store = await caseWithTwoItems();
    const dir = store.info.dir;
    tamper(store, `UPDATE evidence SET doc = replace(doc, 'first', 'forged') WHERE subject = 'first'`);
    const reopened = await openCase(dir);
    const report = await reopened.verify();
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'evidence-altered', target: '2' })]);
    reopened.close();
  });

  it('refuses edits of the audit log through SQL', async () => {
    const store = await caseWithTwoItems();
    expect(() => store.db.exec("UPDATE audit SET actor = 'x'")).toThrow(/append-only/);
    expect(() => store.db.exec('DELETE FROM audit')).toThrow(/append-only/);
    store.close();
  });
});
