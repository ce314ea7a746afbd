/**
 * @module ingest/base-name
 * Last segment of an evidence path (`/x/chat.txt` → `chat.txt`, `a.zip!dir/m.eml` → `m.eml`).
 * Chat item bytes use it instead of the full path so the same export ingested from two folders
 * still yields the same evidence ids.
 */
export function baseName(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'), path.lastIndexOf('!'));
  return i >= 0 ? path.slice(i + 1) : path;
}
