/**
 * @module case/evidence-digest
 * Ties evidence rows to the audit entry of the write that inserted them. The audit entry stores
 * a digest over (sha256, hash of the row's parsed document) of every item inserted; `case verify`
 * recomputes it, so rows added, removed or edited behind Dragnet's back are detected.
 */
import type { Evidence } from '../core/evidence.js';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

/** The JSON stored in `evidence.doc`: every parsed field, canonical so its hash is stable. */
export function evidenceDocJson(ev: Omit<Evidence, 'ingestedAt'>): string {
  const { id: _id, ingestedAt: _at, ...rest } = ev as Evidence;
  return canonicalJson(rest);
}

/** `docHash` is the SHA-256 of the row's `doc` JSON. */
export function evidenceDigest(rows: ReadonlyArray<{ sha256: string; docHash: string }>): string {
  const lines = rows.map((r) => `${r.sha256} ${r.docHash}`).sort();
  return sha256Hex(lines.join('\n'));
}
