/** @module ingest — parsers, one per evidence format, all returning the same ParsedEvidence shape. */

export { createZipHandler } from './archive/zip-handler.js';
export { csvHandler } from './chat/csv-handler.js';
export { jsonlHandler } from './chat/jsonl-handler.js';
export { smsBackupHandler } from './chat/sms-backup-handler.js';
export { telegramHandler } from './chat/telegram-handler.js';
export { whatsappHandler } from './chat/whatsapp-handler.js';
export { detectFormat } from './detect-format.js';
export { emlHandler } from './email/eml-handler.js';
export { msgHandler } from './email/msg-handler.js';
export { parseEmail } from './email/parse-email.js';
export { fileHandler } from './file/file-handler.js';
export * from './format-handler.js';
export { htmlHandler } from './html/html-handler.js';
export { type HtmlText, htmlToText } from './html/html-to-text.js';
export { escapeMboxrd, formatMboxEntry } from './mbox/format-mbox-entry.js';
export { mboxHandler } from './mbox/mbox-handler.js';
export { type MboxMessage, type SplitMboxOptions, splitMbox } from './mbox/split-mbox.js';
export { memorySourceFile } from './memory-source-file.js';
export { textHandler } from './text/text-handler.js';
