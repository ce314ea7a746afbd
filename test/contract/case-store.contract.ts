/**
 * The contract every `CaseStore` adapter must honour; run it against each adapter
 * (`runCaseStoreContract(name, factory)`), the way hono runs one router suite on every router.
 */
import { describe, expect, it } from 'vitest';
import type { CaseStore } from '../../src/case/case-store.js';
import { sha256Hex } from '../../src/case/sha256.js';
import { evidenceIdFromSha256 } from '../../src/core/evidence.js';

export interface StoreFactory {
  create(): Promise<CaseStore>;
  cleanup(store: CaseStore): Promise<void>;
}

function emailEvidence(body: string) {
  const bytes = new TextEncoder().encode(`Subject: ${body}\r\n\r\n${body}\r\n`);
  const sha256 = sha256Hex(bytes);
  return {
    bytes,
    ev: {
      id: evidenceIdFromSha256(sha256),
      sha256,
      kind: 'email' as const,
      path: `${body}.eml`,
      size: bytes.length,
      subject: body,
      text: body,
      from: { name: 'Alice', address: 'alice@example.org' },
    },
  };
}

export function runCaseStoreContract(name: string, factory: StoreFactory): void {
  describe(`CaseStore contract: ${name}`, () => {
    it('stores evidence once by SHA-256 and reads it back', async () => {
      const store = await factory.create();
      try {
        const { bytes, ev } = emailEvidence('hello');
        const inserted = await store.write({ action: 'ingest', target: ev.path }, (w) => {
          const sha = w.putBlob(bytes);
          expect(sha).toBe(ev.sha256);
          return w.addEvidence(ev);
        });
        expect(inserted).toBe(true);
        const again = await store.write({ action: 'ingest', target: ev.path }, (w) => {
          w.putBlob(bytes);
          return w.addEvidence(ev);
        });
        expect(again).toBe(false);
        expect(store.countEvidence()).toBe(1);
        const got = store.getEvidence(ev.id);
        expect(got?.subject).toBe('hello');
        expect(got?.from?.address).toBe('alice@example.org');
        expect(store.readBlob(ev.sha256).equals(Buffer.from(bytes))).toBe(true);
        expect(store.hasEvidenceSha256(ev.sha256)).toBe(true);
      } finally {
        await factory.cleanup(store);
      }
    });

    it('rolls back rows, blobs and the audit entry of a failed write', async () => {
      const store = await factory.create();
      try {
        const auditBefore = store.listAudit().length;
        const { bytes, ev } = emailEvidence('doomed');
        await expect(
          store.write({ action: 'ingest' }, (w) => {
            w.putBlob(bytes);
            w.addEvidence(ev);
            throw new Error('parser bug');
          }),
        ).rejects.toThrow('parser bug');
        expect(store.countEvidence()).toBe(0);
        expect(store.listAudit().length).toBe(auditBefore);
        expect(() => store.readBlob(ev.sha256)).toThrow(/missing/);
        expect((await store.verify()).ok).toBe(true);
      } finally {
        await factory.cleanup(store);
      }
    });

    it('records every write in a hash-chained audit log', async () => {
      const store = await factory.create();
      try {
        for (const body of ['a', 'b']) {
          const { bytes, ev } = emailEvidence(body);
          await store.write({ action: 'ingest', target: ev.path, actor: 'tester' }, (w) => {
            w.putBlob(bytes);
            w.addEvidence(ev);
          });
        }
        const audit = store.listAudit();
        const last = audit.at(-1)!;
        expect(last.actor).toBe('tester');
        expect(last.action).toBe('ingest');
        expect(last.details.evidenceCount).toBe(1);
        expect(last.prevHash).toBe(audit.at(-2)!.hash);
        const report = await store.verify();
        expect(report.ok).toBe(true);
        expect(report.blobsChecked).toBe(2);
      } finally {
        await factory.cleanup(store);
      }
    });

    it('stores observables and findings and filters evidence by verdict', async () => {
      const store = await factory.create();
      try {
        const { bytes, ev } = emailEvidence('verify your account');
        await store.write({ action: 'ingest' }, (w) => {
          w.putBlob(bytes);
          w.addEvidence(ev);
          w.addObservables(ev.id, [
            { type: 'domain', value: 'example.org', raw: 'example.org', start: 0, end: 11, source: 'text' },
          ]);
          w.addFindings(ev.id, [{ analyser: 'triage', kind: 'verdict', score: 0.97, label: 'phishing' }]);
        });
        expect(store.listObservables({ type: 'domain' })).toHaveLength(1);
        expect(store.listObservables({ type: 'domain' })[0]?.evidenceId).toBe(ev.id);
        expect(store.listFindings(ev.id)[0]?.label).toBe('phishing');
        expect(store.countEvidence({ verdictClass: 'phishing' })).toBe(1);
        expect(store.countEvidence({ verdictClass: 'ham' })).toBe(0);
        expect(store.countEvidence({ search: 'account' })).toBe(1);
        await store.write({ action: 'rescore' }, (w) =>
          w.replaceFindings(ev.id, 'triage', [
            { analyser: 'triage', kind: 'verdict', score: 0.1, label: 'ham' },
          ]),
        );
        expect(store.listFindings(ev.id, 'triage').map((f) => f.label)).toEqual(['ham']);
      } finally {
        await factory.cleanup(store);
      }
    });
  });
}
