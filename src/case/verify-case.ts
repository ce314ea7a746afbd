/**
 * @module case/verify-case
 * `case verify`: re-hashes every blob, re-walks the audit hash chain, compares its end with the
 * head file kept beside the database, and recomputes each write's evidence digest. Reports exactly
 * what is wrong (which blob, which audit entry, which evidence item), not just "failed".
 */
import { auditEntryHash, GENESIS_HASH } from './audit-chain.js';
import type { VerifyProblem, VerifyReport } from './case-store.js';
import { evidenceDigestOf } from './evidence-digest.js';
import { sha256Hex } from './sha256.js';
import type { SqliteCaseStore } from './sqlite-case-store.js';

export async function verifyCase(
  store: SqliteCaseStore,
  onProgress?: (done: number, total: number) => void,
): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  const audit = verifyAuditChain(store, problems);

  // Evidence rows against the digests their audit entries recorded.
  const bySeq = new Map<number, Array<{ sha256: string; docHash: string }>>();
  const shas = new Set<string>();
  let evidenceChecked = 0;
  for (const row of store.iterateEvidenceDigestRows()) {
    evidenceChecked++;
    shas.add(row.sha256);
    let list = bySeq.get(row.ingest_seq);
    if (!list) {
      list = [];
      bySeq.set(row.ingest_seq, list);
    }
    list.push({ sha256: row.sha256, docHash: sha256Hex(row.doc) });
    if (row.id !== row.sha256.slice(0, 16)) {
      problems.push({
        kind: 'evidence-altered',
        target: row.id,
        message: `evidence ${row.id}: id does not match its SHA-256 ${row.sha256}`,
      });
    }
  }
  for (const [seq, rows] of bySeq) {
    const recorded = audit.digests.get(seq);
    if (recorded === undefined) {
      problems.push({
        kind: 'evidence-unaudited',
        target: String(seq),
        message: `${rows.length} evidence item(s) claim audit entry #${seq}, which recorded no evidence`,
      });
    } else if (
      recorded.digest !== evidenceDigestOf(rows, recorded.version) ||
      recorded.count !== rows.length
    ) {
      problems.push({
        kind: 'evidence-altered',
        target: String(seq),
        message: `evidence written by audit entry #${seq} was changed: ${rows.length} item(s) now, ${recorded.count} recorded, digest differs`,
      });
    }
  }
  for (const [seq, recorded] of audit.digests) {
    if (!bySeq.has(seq)) {
      problems.push({
        kind: 'evidence-altered',
        target: String(seq),
        message: `all ${recorded.count} evidence item(s) written by audit entry #${seq} are gone`,
      });
    }
  }

  // Blobs: every evidence item's bytes must exist and hash to their name.
  let blobsChecked = 0;
  let bytesChecked = 0;
  const total = shas.size;
  for (const sha of shas) {
    try {
      const { actual, size } = await store.blobs.hashBlob(sha);
      bytesChecked += size;
      if (actual !== sha) {
        problems.push({
          kind: 'blob-altered',
          target: sha,
          message: `blob ${sha} was altered: its content now hashes to ${actual}`,
        });
      }
    } catch {
      problems.push({ kind: 'blob-missing', target: sha, message: `blob ${sha} is missing` });
    }
    blobsChecked++;
    if (onProgress && (blobsChecked % 256 === 0 || blobsChecked === total)) onProgress(blobsChecked, total);
  }

  return {
    ok: problems.length === 0,
    blobsChecked,
    bytesChecked,
    auditEntriesChecked: audit.count,
    evidenceChecked,
    problems,
  };
}

/** What an audit entry recorded about the evidence its write inserted (version 1 before 2026-12). */
interface RecordedDigest {
  digest: string;
  count: number;
  version: number;
}

function verifyAuditChain(
  store: SqliteCaseStore,
  problems: VerifyProblem[],
): { count: number; digests: Map<number, RecordedDigest> } {
  const digests = new Map<number, RecordedDigest>();
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let lastHash: string | undefined;
  let lastSeq = 0;
  for (const row of store.iterateRawAudit()) {
    count++;
    if (row.seq !== expectedSeq) {
      problems.push({
        kind: 'audit-broken-chain',
        target: String(row.seq),
        message: `audit entries #${expectedSeq}..#${row.seq - 1} are missing`,
      });
    }
    let details: Record<string, unknown> = {};
    try {
      details = JSON.parse(row.details) as Record<string, unknown>;
    } catch {
      problems.push({
        kind: 'audit-altered',
        target: String(row.seq),
        message: `audit entry #${row.seq}: details are not valid JSON`,
      });
    }
    if (row.prev_hash !== prev) {
      problems.push({
        kind: 'audit-broken-chain',
        target: String(row.seq),
        message: `audit entry #${row.seq} does not follow the entry before it (previous hash differs)`,
      });
    }
    const expected = auditEntryHash(row.prev_hash, {
      seq: row.seq,
      ts: row.ts,
      actor: row.actor,
      action: row.action,
      target: row.target,
      details,
    });
    if (expected !== row.hash) {
      problems.push({
        kind: 'audit-altered',
        target: String(row.seq),
        message: `audit entry #${row.seq} (${row.action} at ${row.ts}) was altered: its content no longer matches its hash`,
      });
    }
    if (typeof details.evidenceDigest === 'string' && typeof details.evidenceCount === 'number') {
      const version = typeof details.evidenceDigestVersion === 'number' ? details.evidenceDigestVersion : 1;
      digests.set(row.seq, { digest: details.evidenceDigest, count: details.evidenceCount, version });
    }
    prev = row.hash;
    lastHash = row.hash;
    lastSeq = row.seq;
    expectedSeq = row.seq + 1;
  }
  const head = store.readAuditHead();
  if (!head) {
    problems.push({
      kind: 'audit-truncated',
      target: 'audit.head',
      message: 'the audit head file is missing',
    });
  } else if (head.seq !== lastSeq || head.hash !== lastHash) {
    problems.push({
      kind: 'audit-truncated',
      target: String(head.seq),
      message:
        head.seq > lastSeq
          ? `the audit log ends at #${lastSeq} but entry #${head.seq} was written: entries were removed`
          : `the audit log's last entry #${lastSeq} does not match the recorded head #${head.seq}`,
    });
  }
  return { count, digests };
}
