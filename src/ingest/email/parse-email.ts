/**
 * @module ingest/email/parse-email
 * One RFC 822 / MIME message → one `email` evidence item with its attachments as children.
 *
 * Built on postal-mime 4 (multipart, base64/QP, RFC 2047/2231, format=flowed, legacy charsets via
 * TextDecoder). We add what a forensic tool needs on top: a refusal rule for things that are not
 * mail (see check-email-shape), truncation detection, visible charset fallbacks, nested
 * `message/rfc822` parts as child `email` items (recursively parsed), every header in order with
 * encoded words decoded, and `text` derived from the HTML when the message has no text/plain part.
 */
import { type Attachment, decodeWords, type Email } from 'postal-mime';
import type { Header, ParsedEvidence } from '../../core/evidence.js';
import { fail, ok, type Problem, type Result } from '../../core/result.js';
import { htmlToText } from '../html/html-to-text.js';
import { fixC1Controls } from '../text/fix-c1-controls.js';
import { addDocumentTexts, attachmentBytesOf, readAttachmentText } from './attachment-text.js';
import { prepareCharsets } from './charsets.js';
import { checkEmailShape } from './check-email-shape.js';
import { type Lifted, liftBase64Attachments, restoreLifted } from './lift-base64-attachments.js';
import { recoverUnmatchedBoundary } from './recover-boundary.js';
// Loaded for its effect: postal-mime's part decoders without the Blob round trip (see the module).
import './part-decoders.js';
import { type EmailFields, ShapedPostalMime } from './shaped-postal-mime.js';
import { senderParty, toParties, toParty } from './to-party.js';

/** Nested message/rfc822 depth we follow; deeper ones stay opaque `file` children. */
const MAX_DEPTH = 8;

/**
 * Parses one message. Never throws: bytes that are not mail give `{ok:false}` with one clear
 * problem; recoverable oddities (unknown charset, unparseable date…) are warnings.
 * @param bytes the raw message (kept as the item's `bytes`, unmodified)
 * @param path where it came from; children get `path!attachment/N`
 */
export function parseEmail(bytes: Uint8Array, path: string): Promise<Result<ParsedEvidence>> {
  return parseAtDepth(bytes, path, 0);
}

function parseAtDepth(bytes: Uint8Array, path: string, depth: number): Promise<Result<ParsedEvidence>> {
  return guarded(() => parseUnguarded(bytes, path, depth));
}

async function guarded(parse: () => Promise<Result<ParsedEvidence>>): Promise<Result<ParsedEvidence>> {
  try {
    return await parse();
  } catch (err) {
    // Last line of defence (e.g. a message too big for one JS string): a problem, not a crash.
    return fail(`message could not be parsed: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** A message through the MIME parser, before it becomes evidence. */
interface MimeParse {
  email: Email;
  /** Where the header block starts (after a leading From_ line). */
  start: number;
  lifted: Lifted;
  warnings: Problem[];
}

/** Shape check, pre-passes, postal-mime and the truncation rule: what every caller needs. */
async function parseMime(bytes: Uint8Array, fields: EmailFields): Promise<Result<MimeParse>> {
  const shape = checkEmailShape(bytes);
  if (!shape.ok) return { ok: false, problems: [shape.problem] };
  const warnings: Problem[] = [];
  // One latin1 view of the bytes serves both pre-passes; lifting first keeps big base64 bodies
  // out of the charset scan too.
  // A leading mbox From_ line (single messages saved from a mailbox, public corpora) is not a
  // header: parse what follows it, keep the line in meta.
  const start = shape.shape.start;
  const body = start > 0 ? bytes.subarray(start) : bytes;
  const raw = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  const lifted = liftBase64Attachments(body, raw);
  const liftedRaw = lifted.bytes === body ? raw : Buffer.from(lifted.bytes).toString('latin1');
  const prepared = await prepareCharsets(lifted.bytes, liftedRaw);
  warnings.push(...prepared.warnings);

  let email: Email;
  try {
    email = await new ShapedPostalMime(
      { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' },
      fields,
    ).parse(prepared.bytes);
  } catch (err) {
    return fail(`MIME structure could not be parsed: ${err instanceof Error ? err.message : String(err)}`);
  }
  // Does nothing unless the parse came back empty (a multipart body that yielded nothing).
  const recovered = await recoverUnmatchedBoundary(prepared.bytes, email);
  if (recovered) {
    email = recovered.email;
    warnings.push(recovered.warning);
  }

  const truncation = checkClosingBoundary(email, bytes, shape.shape.endsWithNewline);
  if (truncation?.severity === 'error') return { ok: false, problems: [truncation] };
  if (truncation) warnings.push(truncation);
  return ok({ email, start, lifted, warnings });
}

/**
 * Parses one message for `dragnet score`: the fields the triage model reads (From, Reply-To,
 * Subject, text, HTML, headers), filled exactly as `parseEmail` fills them, and the same refusals.
 * No recipients, date, meta or attachment children: scoring never reads them, and nested
 * messages and address lists were a good part of a mail's parse.
 */
export function parseEmailForTriage(bytes: Uint8Array, path: string): Promise<Result<ParsedEvidence>> {
  return guarded(async () => {
    const parsed = await parseMime(bytes, 'triage');
    if (!parsed.ok) return parsed;
    const { email, warnings } = parsed.value;
    const item: ParsedEvidence = { kind: 'email', bytes, path, mediaType: 'message/rfc822' };
    const from = senderParty(email.from, email.headers.find((h) => h.key === 'from')?.value);
    if (from) item.from = from;
    const replyTo = toParties(email.replyTo);
    if (replyTo) item.replyTo = replyTo;
    if (email.subject !== undefined) item.subject = fixC1Controls(email.subject);
    setBodies(item, email);
    item.headers = decodedHeaders(email);
    // The attachments as `parseEmail` sees them: lifted base64 bodies restored.
    const { bodies } = parsed.value.lifted;
    const restore = bodies.size > 0 ? (c: Uint8Array) => restoreLifted(c, bodies) : undefined;
    const attachmentText = await readAttachmentText(
      attachmentBytesOf(email.attachments, `${path}!`, restore),
      warnings,
    );
    if (attachmentText) item.attachmentText = attachmentText;
    return ok(item, warnings);
  });
}

async function parseUnguarded(
  bytes: Uint8Array,
  path: string,
  depth: number,
): Promise<Result<ParsedEvidence>> {
  const parsed = await parseMime(bytes, 'all');
  if (!parsed.ok) return parsed;
  const { email, start, lifted, warnings } = parsed.value;

  const item: ParsedEvidence = { kind: 'email', bytes, path, mediaType: 'message/rfc822' };
  const from = senderParty(email.from, email.headers.find((h) => h.key === 'from')?.value);
  if (from) item.from = from;
  const to = toParties(email.to);
  if (to) item.to = to;
  const cc = toParties(email.cc);
  if (cc) item.cc = cc;
  const replyTo = toParties(email.replyTo);
  if (replyTo) item.replyTo = replyTo;
  if (email.subject !== undefined) item.subject = fixC1Controls(email.subject);

  const meta: Record<string, unknown> = {};
  if (start > 0) {
    const line = Buffer.from(bytes.buffer, bytes.byteOffset, start)
      .toString('latin1')
      .replace(/^\ufeff|^\xef\xbb\xbf/, '');
    if (line.startsWith('From ')) meta.mboxFromLine = line.trimEnd();
  }
  if (email.date !== undefined) {
    const t = Date.parse(email.date);
    if (Number.isNaN(t)) {
      meta.rawDate = email.date;
      warnings.push({
        message: `unparseable Date header ${JSON.stringify(email.date.slice(0, 80))}`,
        severity: 'warning',
      });
    } else {
      item.date = new Date(t).toISOString();
    }
  }
  if (setBodies(item, email)) meta.textFromHtml = true;
  item.headers = decodedHeaders(email);

  if (email.messageId) meta.messageId = email.messageId;
  if (email.inReplyTo) meta.inReplyTo = email.inReplyTo;
  if (email.references) meta.references = email.references;
  if (email.returnPath) meta.returnPath = email.returnPath.toLowerCase();
  if (email.deliveredTo) meta.deliveredTo = email.deliveredTo.toLowerCase();
  const sender = toParty(email.sender);
  if (sender) meta.sender = sender;
  const bcc = toParties(email.bcc);
  if (bcc) meta.bcc = bcc;
  if (Object.keys(meta).length > 0) item.meta = meta;

  const children: ParsedEvidence[] = [];
  for (const [i, att] of email.attachments.entries()) {
    if (lifted.bodies.size > 0 && typeof att.content !== 'string') {
      const real = restoreLifted(new Uint8Array(att.content), lifted.bodies);
      if (real) att.content = real;
    }
    children.push(await attachmentItem(att, `${path}!attachment/${i + 1}`, depth, warnings));
  }
  await addDocumentTexts(item, children, warnings);
  if (children.length > 0) item.children = children;
  return ok(item, warnings);
}

async function attachmentItem(
  att: Attachment,
  path: string,
  depth: number,
  warnings: Problem[],
): Promise<ParsedEvidence> {
  const content = att.content;
  const bytes =
    typeof content === 'string'
      ? Buffer.from(content, 'utf8')
      : content instanceof Uint8Array
        ? content
        : new Uint8Array(content);
  if (att.mimeType === 'message/rfc822' && depth < MAX_DEPTH) {
    const nested = await parseAtDepth(bytes, path, depth + 1);
    if (nested.ok) {
      if (att.filename) nested.value.fileName = att.filename;
      for (const w of nested.warnings ?? []) warnings.push({ ...w, message: `${path}: ${w.message}` });
      return nested.value;
    }
    warnings.push({
      message: `${path}: attached message kept as a file: ${nested.problems[0]?.message ?? 'unreadable'}`,
      severity: 'warning',
    });
  }
  const child: ParsedEvidence = { kind: 'file', bytes, path, mediaType: att.mimeType };
  if (att.filename) child.fileName = att.filename;
  const meta: Record<string, unknown> = {};
  if (att.disposition) meta.disposition = att.disposition;
  if (att.contentId) meta.contentId = att.contentId;
  if (att.related) meta.related = true;
  if (att.description) meta.description = att.description;
  if (Object.keys(meta).length > 0) child.meta = meta;
  return child;
}

/** Sets `html` and `text`; true when the text had to be derived from the HTML. */
function setBodies(item: ParsedEvidence, email: Email): boolean {
  if (email.html) item.html = fixC1Controls(email.html);
  if (email.text) item.text = fixC1Controls(email.text);
  else if (item.html) {
    // Analysers read `text`: an HTML-only mail must not look empty to them.
    item.text = htmlToText(item.html).text;
    return true;
  }
  return false;
}

/** Every header in order, encoded words decoded. */
function decodedHeaders(email: Email): Header[] {
  return email.headers.map((h): Header => ({ name: h.originalKey, value: decodeHeader(h.value) }));
}

/** Header values decoded for display; a malformed encoded word is left as written. */
function decodeHeader(value: string): string {
  if (!value.includes('=?')) return value;
  try {
    return fixC1Controls(decodeWords(value));
  } catch {
    return value;
  }
}

/**
 * A multipart message whose closing `--boundary--` is missing was cut short. When the file also
 * ends mid-line we call it truncated (error); when it ends cleanly it is sloppy MIME that real
 * spam corpora are full of, so only a warning.
 */
function checkClosingBoundary(
  email: Email,
  bytes: Uint8Array,
  endsWithNewline: boolean,
): Problem | undefined {
  const ct = email.headers.find((h) => h.key === 'content-type')?.value ?? '';
  if (!/^\s*multipart\//i.test(ct)) return undefined;
  const m = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(ct);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) return { message: 'multipart message without a boundary parameter', severity: 'warning' };
  const closing = Buffer.from(`--${boundary}--`, 'latin1');
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(closing)) return undefined;
  return endsWithNewline
    ? { message: `multipart body has no closing boundary "--${boundary}--"`, severity: 'warning' }
    : {
        message: `truncated: the multipart body ends mid-line without its closing boundary "--${boundary}--"`,
        severity: 'error',
        offset: bytes.length,
      };
}
