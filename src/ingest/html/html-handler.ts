/**
 * @module ingest/html/html-handler
 * Saved web pages (`.html`, `.htm`): one `webpage` item; visible text extracted safely, the
 * `<title>` as subject. Charset as `decodeHtml` reads it.
 */

import type { ParsedEvidence } from '../../core/evidence.js';
import { ok } from '../../core/result.js';
import type { FormatHandler } from '../format-handler.js';
import { readAllResult } from '../read-all-result.js';
import { decodeHtml } from './decode-html.js';
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
