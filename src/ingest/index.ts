/** @module ingest — parsers, one per evidence format, all returning the same ParsedEvidence shape. */

export { parseEmail } from './email/parse-email.js';
export * from './format-handler.js';
export { type HtmlText, htmlToText } from './html/html-to-text.js';
export { escapeMboxrd, formatMboxEntry } from './mbox/format-mbox-entry.js';
export { type MboxMessage, type SplitMboxOptions, splitMbox } from './mbox/split-mbox.js';
