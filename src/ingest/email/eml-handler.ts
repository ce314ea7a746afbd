/**
 * @module ingest/email/eml-handler
 * `.eml` (and Apple Mail `.emlx`): one RFC 822 message per file, read whole (refused over
 * `maxInMemoryBytes`). An `.emlx` starts with the message's byte count on its own line and ends
 * with an XML property list: only the counted bytes are parsed, the item keeps the file's bytes.
 */
import type { FormatHandler } from '../format-handler.js';
import { readAllResult } from '../read-all-result.js';
import { parseEmail } from './parse-email.js';

/** Handler for `.eml` / `.emlx` files: one `email` item. */
export const emlHandler: FormatHandler = {
  format: 'eml',
  async *parse(file) {
    const bytes = await readAllResult(file);
    if (!bytes.ok) {
      yield bytes;
      return;
    }
    const emlx = emlxMessage(bytes.value);
    if (!emlx) {
      yield await parseEmail(bytes.value, file.path);
      return;
    }
    const r = await parseEmail(emlx, file.path);
    if (r.ok) r.value.bytes = bytes.value;
    yield r;
  },
};

/** The message inside an .emlx (`<count>\n<message><plist>`), or undefined for plain RFC 822. */
function emlxMessage(buf: Buffer): Buffer | undefined {
  const nl = buf.indexOf(10);
  if (nl <= 0 || nl > 12) return undefined;
  const head = buf.toString('latin1', 0, nl).trim();
  if (!/^\d+$/.test(head)) return undefined;
  const count = Number(head);
  return count > 0 && nl + 1 + count <= buf.length ? buf.subarray(nl + 1, nl + 1 + count) : undefined;
}
