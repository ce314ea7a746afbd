/**
 * @module ingest/email/recover-boundary
 * A multipart message whose declared boundary never occurs in its body: re-read it instead of
 * returning an empty message.
 *
 * Bulk mailers get the boundary wrong: `boundary="=Multipart Boundary 0925021429"` in the header,
 * `--= Multipart Boundary 0925021429` in the body. postal-mime then finds no part and returns no
 * text, no HTML and no attachment, so the message looks empty to every analyser. Lax parsers keep
 * the content: Python's `email` records a StartBoundaryNotFoundDefect and keeps the whole body as
 * the payload. We do one better when we can: a delimiter line that equals the declared boundary
 * up to white space, quotes and letter case is the one the sender meant, and the message is
 * re-parsed with it; otherwise the body is re-parsed as plain text. Either way a warning says so.
 * Only called when the first parse came back empty, so ordinary mail pays nothing.
 */
import PostalMime, { type Email } from 'postal-mime';
import type { Problem } from '../../core/result.js';

const BOUNDARY_RE = /boundary\s*=\s*(?:"([^"]*)"|([^;\s]+))/i;
/** The top-level Content-Type field with its folded continuation lines. */
const CONTENT_TYPE_FIELD_RE = /^content-type[ \t]*:[^\n]*(?:\n[ \t][^\n]*)*/im;
/** Delimiter candidates: lines starting with `--`, at most one line long each. */
const DELIMITER_LINE_RE = /^--([^\r\n]{1,200})\r?$/gm;

/** Compared loosely: what a sloppy mailer changes between the header and the body. */
const loose = (s: string): string => s.replace(/[\s"']/g, '').toLowerCase();

/**
 * Re-parses `bytes` (the bytes the first parse read) when `email` came out empty because its
 * multipart boundary never occurs; `undefined` when there is nothing to recover.
 */
export async function recoverUnmatchedBoundary(
  bytes: Uint8Array,
  email: Email,
): Promise<{ email: Email; warning: Problem } | undefined> {
  if (email.text || email.html || email.attachments.length > 0) return undefined;
  const contentType = email.headers.find((h) => h.key === 'content-type')?.value ?? '';
  if (!/^\s*multipart\//i.test(contentType)) return undefined;
  const m = BOUNDARY_RE.exec(contentType);
  const declared = m?.[1] ?? m?.[2] ?? '';
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const bodyStart = headerEnd(raw);
  if (bodyStart < 0) return undefined;
  // The boundary is there: the parts are genuinely empty, nothing was lost.
  if (declared && raw.includes(`--${declared}`, bodyStart)) return undefined;
  const header = raw.slice(0, bodyStart);
  const field = CONTENT_TYPE_FIELD_RE.exec(header);
  if (!field) return undefined;

  const used = declared ? usedDelimiter(raw.slice(bodyStart), declared) : undefined;
  const shown = JSON.stringify(declared);
  const replacement = used
    ? `Content-Type: ${contentType.split(';')[0]?.trim()}; boundary="${used}"`
    : 'Content-Type: text/plain';
  const rewritten =
    header.slice(0, field.index) +
    replacement +
    header.slice(field.index + field[0].length) +
    raw.slice(bodyStart);
  const reparsed = await PostalMime.parse(Buffer.from(rewritten, 'latin1'), {
    forceRfc822Attachments: true,
    attachmentEncoding: 'arraybuffer',
  });
  // Keep the header fields as written: only the body is read differently.
  reparsed.headers = email.headers;
  const message = used
    ? `multipart boundary ${shown} never occurs; parts split at the delimiter the body uses, ${JSON.stringify(`--${used}`)}`
    : declared
      ? `multipart boundary ${shown} never occurs: body read as plain text`
      : 'multipart message without a boundary parameter: body read as plain text';
  return { email: reparsed, warning: { message, severity: 'warning' } };
}

/** Offset of the body: after the first empty line (LF or CRLF); -1 when there is none. */
function headerEnd(raw: string): number {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? m.index + m[0].length : -1;
}

/** The body's delimiter that equals `declared` loosely (its closing `--` dropped), if any. */
function usedDelimiter(body: string, declared: string): string | undefined {
  const want = loose(declared);
  for (const line of body.matchAll(DELIMITER_LINE_RE)) {
    const candidate = (line[1] ?? '').trimEnd();
    const open = loose(candidate) === want ? candidate : undefined;
    const closing =
      candidate.endsWith('--') && loose(candidate.slice(0, -2)) === want ? candidate.slice(0, -2) : undefined;
    const found = open ?? closing;
    // A quote cannot be written inside the quoted parameter we build.
    if (found && !found.includes('"')) return found;
  }
  return undefined;
}
