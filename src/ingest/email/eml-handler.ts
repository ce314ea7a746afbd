/**
 * @module ingest/email/eml-handler
 * `.eml`: one RFC 822 message per file, read whole (refused over `maxInMemoryBytes`).
 */
import type { FormatHandler } from '../format-handler.js';
import { readAllResult } from '../read-all-result.js';
import { parseEmail } from './parse-email.js';

export const emlHandler: FormatHandler = {
  format: 'eml',
  async *parse(file) {
    const bytes = await readAllResult(file);
    if (!bytes.ok) {
      yield bytes;
      return;
    }
    yield await parseEmail(bytes.value, file.path);
  },
};
