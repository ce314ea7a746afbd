/**
 * @module case/audit-chain
 * The hash chain of the audit log. Each entry's hash covers its own fields and the previous
 * entry's hash, so changing, removing or reordering any entry breaks every hash after it.
 * The first entry's `prevHash` is 64 zeros.
 */
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

export function auditEntryHash(prevHash: string, fields: AuditFields): string {
  return sha256Hex(`${prevHash}\n${canonicalJson(fields)}`);
}
