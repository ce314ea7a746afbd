/**
 * @module ingest/text/text-handler
 * Plain `.txt` (and other text) documents: one `text` item, charset per `decodeText`.
 */
import { ok } from '../../core/result.js';
import type { FormatHandler } from '../format-handler.js';
import { readAllResult } from '../read-all-result.js';
import { decodeText } from './decode-text.js';

/** Handler for plain text documents: one `text` item. */
export const textHandler: FormatHandler = {
  format: 'text',
  async *parse(file) {
    const bytes = await readAllResult(file);
    if (!bytes.ok) {
      yield bytes;
      return;
    }
    const { text, charset } = decodeText(bytes.value);
    yield ok({
      kind: 'text',
      bytes: bytes.value,
      path: file.path,
      mediaType: 'text/plain',
      text,
      meta: { charset },
    });
  },
};
