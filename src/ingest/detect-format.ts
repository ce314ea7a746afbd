/**
 * @module ingest/detect-format
 * Picks the handler for a file from its extension and its first bytes (the head), in that
 * spirit: the extension says what the analyst was told the file is, the bytes say what it is.
 * Bytes win where they are unambiguous (a zip signature, an OLE2 .msg, an RFC 822 header block, an
 * mbox From_ line, `<smses`, a WhatsApp stamp); anything unrecognised is kept as a `file`.
 */
import { createZipHandler } from './archive/zip-handler.js';
import { csvHandler } from './chat/csv-handler.js';
import { jsonlHandler } from './chat/jsonl-handler.js';
import { parseWhatsAppLine, stripMarks } from './chat/parse-whatsapp-line.js';
import { smsBackupHandler } from './chat/sms-backup-handler.js';
import { telegramHandler } from './chat/telegram-handler.js';
import { whatsappHandler } from './chat/whatsapp-handler.js';
import { emlHandler } from './email/eml-handler.js';
import { msgHandler } from './email/msg-handler.js';
import { fileHandler } from './file/file-handler.js';
import type { FormatHandler, IngestOptions, SourceFile } from './format-handler.js';
import { htmlHandler } from './html/html-handler.js';
import { mboxHandler } from './mbox/mbox-handler.js';
import { textHandler } from './text/text-handler.js';

/** Zip-based document formats: kept whole as files, not unpacked as archives. */
const ZIP_DOCUMENTS = new Set([
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
  'epub',
  'jar',
  'apk',
  'ipa',
  'xpi',
  'kmz',
]);
const HEADER = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
const MAIL_FIELD =
  /^(?:from|to|subject|date|received|return-path|message-id|mime-version|delivered-to|x-[\w-]+|reply-to|content-type)[ \t]*:/i;
const FROM_LINE = /^From \S+ .*\d{1,2}:\d{2}.*\d{4}/;
const SECOND_SEPARATOR = /\n\r?\nFrom \S+ .*\d{1,2}:\d{2}.*\d{4}/;

/**
 * Chooses the handler that reads `file`.
 * @param options passed through for the zip handler's recursion; detection itself reads no option
 */
export function detectFormat(file: SourceFile, options: IngestOptions): FormatHandler {
  return detectAt(file, options, 0);
}

function detectAt(file: SourceFile, _options: IngestOptions, depth: number): FormatHandler {
  const ext = extension(file.path);
  const head = Buffer.from(file.head.buffer, file.head.byteOffset, file.head.byteLength);
  if (head.length >= 4 && head.readUInt32BE(0) === 0x504b0304 && !ZIP_DOCUMENTS.has(ext)) {
    return depth === 0 ? topZip : createZipHandler(detectAt, depth);
  }
  if (ext === 'zip') return depth === 0 ? topZip : createZipHandler(detectAt, depth);
  // OLE2 alone could be .doc/.xls too: the extension decides; the handler checks the signature.
  if (ext === 'msg') return msgHandler;

  const text = head.toString('utf8').replace(/^\ufeff/, '');
  const lines = text.split(/\r?\n/, 8);
  const first = lines[0] ?? '';

  if (ext === 'eml' || ext === 'emlx') return emlHandler;
  if (ext === 'mbox' || ext === 'mbx' || ext === 'mbs') return mboxHandler;
  if (FROM_LINE.test(first) && HEADER.test(lines[1] ?? '')) {
    // One message saved with its From_ line (public corpora do this): an email, not a mailbox.
    const whole = file.size <= head.length;
    return whole && !SECOND_SEPARATOR.test(text) ? emlHandler : mboxHandler;
  }
  if (MAIL_FIELD.test(first) && looksLikeHeaderBlock(lines)) return emlHandler;

  if (ext === 'json' || ext === 'txt' || ext === '') {
    // A full export can hold a long contact list before "chats": its opening keys identify it too.
    if (/^\s*\{/.test(text) && /"(?:messages|chats|personal_information|frequent_contacts)"\s*:/.test(text)) {
      return telegramHandler;
    }
  }
  if (/^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<smses[\s>]/.test(text)) return smsBackupHandler;
  if (ext === 'xml' && /<smses[\s>]/.test(text)) return smsBackupHandler;
  if (ext === 'jsonl' || ext === 'ndjson') return jsonlHandler;
  if (ext === 'csv' || ext === 'tsv') return csvHandler;
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return htmlHandler;
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return htmlHandler;
  if (ext === 'txt' || ext === 'text' || ext === 'log' || ext === 'md') {
    const stamped = lines.slice(0, 5).some((l) => parseWhatsAppLine(stripMarks(l)) !== undefined);
    return stamped ? whatsappHandler : textHandler;
  }
  if (ext === 'json' && /^\s*\{[^\n]*\}\s*\n\s*\{/.test(text)) return jsonlHandler;
  return fileHandler;
}

const topZip = createZipHandler(detectAt, 0);

function extension(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'), path.lastIndexOf('!')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** At least two header fields before the first blank line: an RFC 822 message, whatever its name. */
function looksLikeHeaderBlock(lines: string[]): boolean {
  let fields = 0;
  for (const l of lines) {
    if (l === '') break;
    if (HEADER.test(l)) fields++;
    else if (l[0] !== ' ' && l[0] !== '\t') return false;
  }
  return fields >= 2;
}
