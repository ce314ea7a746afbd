/**
 * @module ingest/html/html-handler
 * Saved web pages (`.html`, `.htm`): one `webpage` item; visible text extracted safely, the
 * `<title>` as subject. Charset: BOM, then a `<meta charset>` / `http-equiv` declaration in the
 * first KiB, then valid UTF-8, else windows-1252.
 */

import type { ParsedEvidence } from '../../core/evidence.js';
import { ok } from '../../core/result.js';
import type { FormatHandler } from '../format-handler.js';
import { readAllResult } from '../read-all-result.js';
import { decodeText } from '../text/decode-text.js';
import { fixC1Controls } from '../text/fix-c1-controls.js';
import { htmlToText } from './html-to-text.js';

/** Handler for saved web pages: one `webpage` item. */
export const htmlHandler: FormatHandler = {
  format: 'html',
  async *parse(file) {
    const bytes = await readAllResult(file);
    if (!bytes.ok) {
      yield bytes;
      return;
    }
    const html = decodeHtml(bytes.value);
    const { text, title } = htmlToText(html);
    const item: ParsedEvidence = {
      kind: 'webpage',
      bytes: bytes.value,
      path: file.path,
      mediaType: 'text/html',
      html,
      text,
    };
    if (title) item.subject = title;
    const saved = /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(html.slice(0, 2048));
    if (saved) item.meta = { savedFrom: saved[1] };
    yield ok(item);
  },
};

function decodeHtml(bytes: Buffer): string {
  const hasBom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (!hasBom) {
    const head = bytes.subarray(0, 1024).toString('latin1');
    const m = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
    const label = m?.[1]?.toLowerCase();
    if (label && label !== 'utf-8' && label !== 'utf8') {
      try {
        return fixC1Controls(new TextDecoder(label).decode(bytes));
      } catch {
        // unknown label: fall through to the generic rule
      }
    }
  }
  return decodeText(bytes).text;
}
