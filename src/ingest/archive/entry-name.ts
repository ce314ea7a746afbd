/**
 * @module ingest/archive/entry-name
 * Decodes a zip entry name (UTF-8 when flag bit 11 says so, else CP437 as the spec says) and
 * refuses names that would escape an extraction folder: absolute paths, drive letters, `..`.
 */
import iconv from 'iconv-lite';

/** The entry name as text: UTF-8 when general-purpose flag bit 11 is set, else CP437. */
export function decodeEntryName(raw: Buffer | string, flags: number): string {
  if (typeof raw === 'string') return raw;
  return flags & 0x800 ? raw.toString('utf8') : iconv.decode(raw, 'cp437');
}

/** Why the name is refused, or undefined when it is a safe relative path. */
export function unsafeEntryName(name: string): string | undefined {
  const n = name.replace(/\\/g, '/');
  if (n.includes('\0')) return 'NUL byte in the entry name';
  if (n.startsWith('/') || /^[a-zA-Z]:/.test(n)) return 'absolute path';
  if (n.split('/').includes('..')) return 'path traversal ("..") escapes the archive';
  return undefined;
}
