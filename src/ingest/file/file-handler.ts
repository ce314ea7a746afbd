/**
 * @module ingest/file/file-handler
 * Every other file: kept as one `file` item (its blob is the evidence) with the media type that
 * its magic bytes say (file-type), falling back to `application/octet-stream`. A PDF, a Word
 * document or a PNG/JPEG picture also gets its readable text (`document/read-document`: text and
 * link targets, the QR code) as `text`.
 */
import { fileTypeFromBuffer } from 'file-type';
import type { ParsedEvidence } from '../../core/evidence.js';
import { ok } from '../../core/result.js';
import { baseName } from '../base-name.js';
import { documentKind, readDocument } from '../document/read-document.js';
import type { FormatHandler } from '../format-handler.js';
import { readAllResult } from '../read-all-result.js';

/** Handler for any other file: one `file` item with its detected media type. */
export const fileHandler: FormatHandler = {
  format: 'file',
  async *parse(file) {
    const bytes = await readAllResult(file);
    if (!bytes.ok) {
      yield bytes;
      return;
    }
    let mediaType = 'application/octet-stream';
    let ext: string | undefined;
    try {
      const detected = await fileTypeFromBuffer(file.head.length > 0 ? file.head : bytes.value);
      if (detected) {
        mediaType = detected.mime;
        ext = detected.ext;
      }
    } catch {
      // file-type gives up on some malformed containers; the generic type is the honest answer.
    }
    const item: ParsedEvidence = {
      kind: 'file',
      bytes: bytes.value,
      path: file.path,
      mediaType,
      fileName: baseName(file.path),
    };
    if (ext) item.meta = { detectedExtension: ext };
    // A PDF's, Word document's or QR-code picture's words and links are evidence too (indicators,
    // a lure sent on its own, a seized phone's screenshot). HTML pages have their own handler: one
    // that ends up here (deep inside nested archives) stays a plain file.
    const kind = documentKind(bytes.value, mediaType, item.fileName);
    if (kind !== undefined && kind !== 'html') {
      const { doc, problems } = await readDocument(kind, bytes.value);
      if (doc?.text) item.text = doc.text;
      if (doc) item.meta = { ...item.meta, ...doc.meta };
      yield ok(
        item,
        problems.map((p) => ({ ...p, severity: 'warning' as const })),
      );
      return;
    }
    yield ok(item);
  },
};
