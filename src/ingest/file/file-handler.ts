/**
 * @module ingest/file/file-handler
 * Every other file: kept as one `file` item (its blob is the evidence) with the media type that
 * its magic bytes say (file-type), falling back to `application/octet-stream`. A PDF also gets its
 * text and link targets as `text` (read-pdf-text), a Word document its text and hyperlink targets
 * (read-docx-text), a PNG or JPEG picture the text of its QR code (read-qr-code).
 */
import { fileTypeFromBuffer } from 'file-type';
import type { ParsedEvidence } from '../../core/evidence.js';
import { ok } from '../../core/result.js';
import { baseName } from '../base-name.js';
import type { FormatHandler } from '../format-handler.js';
import { isScannablePicture, readQrCode } from '../image/read-qr-code.js';
import { looksLikeDocx, readDocxText } from '../office/read-docx-text.js';
import { looksLikePdf, pdfReadableText, readPdfText } from '../pdf/read-pdf-text.js';
import { readAllResult } from '../read-all-result.js';
import { textWithTargets } from '../text/text-with-targets.js';

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
    if (isScannablePicture(bytes.value)) {
      // A screenshot or photo of a QR code (a seized phone's gallery, a reported flyer): its
      // link is an indicator like any written one.
      const code = await readQrCode(bytes.value);
      if (code) {
        item.text = code;
        item.meta = { ...item.meta, qrCode: code };
      }
      yield ok(item);
      return;
    }
    if (looksLikeDocx(bytes.value, mediaType, item.fileName)) {
      const docx = await readDocxText(bytes.value);
      if (!docx.ok) {
        yield ok(
          item,
          docx.problems.map((p) => ({ ...p, severity: 'warning' as const })),
        );
        return;
      }
      const text = textWithTargets(docx.value.text, docx.value.links);
      if (text) item.text = text;
      yield ok(item);
      return;
    }
    if (!looksLikePdf(bytes.value)) {
      yield ok(item);
      return;
    }
    // A PDF's words and links are evidence too (indicators, a lure sent on its own).
    const pdf = await readPdfText(bytes.value);
    if (!pdf.ok) {
      yield ok(
        item,
        pdf.problems.map((p) => ({ ...p, severity: 'warning' as const })),
      );
      return;
    }
    const text = pdfReadableText(pdf.value);
    if (text) item.text = text;
    item.meta = { ...item.meta, pdfPages: pdf.value.pages, pdfPagesRead: pdf.value.pagesRead };
    yield ok(item);
  },
};
