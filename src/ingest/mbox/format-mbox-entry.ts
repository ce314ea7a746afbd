/**
 * @module ingest/mbox/format-mbox-entry
 * The writer side of mboxrd, used by tests (round-trip property) and by the mbox generator bench:
 * a From_ line, the message with every `>*From ` line escaped by one more `>`, a final line break
 * if missing, then the blank line that separates it from the next entry.
 */

/** Escapes one message for mboxrd. Works on latin1 strings so any byte sequence round-trips. */
export function escapeMboxrd(message: string): string {
  return message.replace(/^(>*From )/gm, '>$1');
}

/**
 * One mbox entry.
 * @param message the RFC 822 message as a latin1 string (bytes 0–255)
 * @param fromLine the separator without line break, e.g. `From alice@example.org Mon Jan  1 00:00:00 2024`
 * @param eol `\n` (default) or `\r\n` for CRLF mailboxes
 */
export function formatMboxEntry(message: string, fromLine: string, eol: '\n' | '\r\n' = '\n'): string {
  const body = escapeMboxrd(message);
  const ended = body === '' || body.endsWith('\n') ? body : body + eol;
  return `${fromLine}${eol}${ended}${eol}`;
}
