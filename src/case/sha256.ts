/** @module case/sha256 — hex SHA-256 of bytes or a UTF-8 string. */
import { createHash } from 'node:crypto';

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
