/**
 * @module share/uuid-v5
 * Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name in the same namespace always gives
 * the same UUID, so exporting the same case twice yields the same STIX and MISP ids and a
 * partner's tool updates objects instead of duplicating them.
 */
import { createHash } from 'node:crypto';

/** STIX 2.1 namespace for deterministic SCO ids (STIX 2.1 §2.9). */
export const STIX_SCO_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Dragnet's own namespace for SDO, SRO and MISP ids (a fixed random v4 UUID). */
export const DRAGNET_NAMESPACE = '6f1c2f1e-3d5b-4a8e-9c47-2b7d0e5a9f13';

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

/** UUIDv5 of `name` (UTF-8) in `namespace`. */
export function uuidV5(name: string, namespace: string = DRAGNET_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] as number) & 0x0f) | 0x50;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
