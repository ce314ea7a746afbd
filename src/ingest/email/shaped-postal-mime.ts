/**
 * @module ingest/email/shaped-postal-mime
 * Speed: postal-mime's last step (`buildMessage`) adds each field of the parsed `Email` only when
 * the message has it (`message[camelKey] = …` for From, Sender, To, Cc…, then html and text), so
 * mails with different header sets get different hidden classes. On the 3,250 SpamAssassin mails
 * V8 deoptimised that function 37 times ("wrong map" at the html/text stores) and recompiled it
 * again and again, and every reader of the result saw as many shapes. `ShapedPostalMime` builds
 * the same fields in one object literal, absent ones `undefined` (the `Email` type allows it):
 * one shape for every mail. Everything else is postal-mime's own parsing.
 *
 * `fields: 'triage'` also skips what `dragnet score` never reads (Sender, Delivered-To,
 * Return-Path, To, Cc, Bcc, Message-ID, In-Reply-To, References, Date, the raw header lines):
 * address parsing of every recipient list was a tenth of a mail's parse.
 *
 * The field rules mirror postal-mime 4.0 (pinned in package.json); the test compares both on
 * every fixture, so an upgrade that changes them fails there. If the internals this reads are
 * missing, postal-mime's own `buildMessage` runs instead: slower, never wrong.
 */
import PostalMime, {
  type Address,
  addressParser,
  decodeWords,
  type Email,
  type PostalMimeOptions,
} from 'postal-mime';

/** Which fields of the `Email` to fill: all of them, or those the triage model reads. */
export type EmailFields = 'all' | 'triage';

interface HeaderEntry {
  key: string;
  originalKey: string;
  value: string;
}

/** The parser state `buildMessage` reads (postal-mime internals, checked before use). */
interface ParserState {
  root?: { headers?: HeaderEntry[]; rawHeaderLines?: Email['headerLines'] };
  textContent?: { html?: string; plain?: string };
  attachments?: Email['attachments'];
}

const originalBuild = (PostalMime.prototype as unknown as { buildMessage?: () => Email }).buildMessage;

function firstHeader(headers: HeaderEntry[], key: string): HeaderEntry | undefined {
  for (const h of headers) if (h.key === key) return h;
  return undefined;
}

/** First address of the first such header (From, Sender). */
function firstAddress(headers: HeaderEntry[], key: string): Address | undefined {
  const h = firstHeader(headers, key);
  return h?.value ? addressParser(h.value)[0] : undefined;
}

/** The bare address of the first such header (Delivered-To, Return-Path). */
function bareAddress(headers: HeaderEntry[], key: string): string | undefined {
  const h = firstHeader(headers, key);
  const a = h?.value ? (addressParser(h.value)[0] as { address?: string } | undefined) : undefined;
  return a?.address || undefined;
}

/** Every address of every such header, in order (To, Cc, Bcc, Reply-To); undefined when none. */
function addressList(headers: HeaderEntry[], key: string): Address[] | undefined {
  const out: Address[] = [];
  for (const h of headers) if (h.key === key && h.value) for (const a of addressParser(h.value)) out.push(a);
  return out.length > 0 ? out : undefined;
}

/** The first such header with its encoded words decoded (Subject, Message-ID…). */
function decodedHeader(headers: HeaderEntry[], key: string): string | undefined {
  const h = firstHeader(headers, key);
  return h?.value ? decodeWords(h.value) : undefined;
}

/** The Date header as ISO 8601 when it parses, else as written. */
function isoDate(headers: HeaderEntry[]): string | undefined {
  const h = firstHeader(headers, 'date');
  if (!h) return undefined;
  const date = new Date(h.value);
  return date.toString() === 'Invalid Date' ? h.value : date.toISOString();
}

/** A postal-mime parser whose result has one object shape, optionally with fewer fields. */
export class ShapedPostalMime extends PostalMime {
  readonly #fields: EmailFields;

  constructor(options: PostalMimeOptions, fields: EmailFields) {
    super(options);
    this.#fields = fields;
  }

  /** Replaces postal-mime's internal `buildMessage`, which `parse` calls once at the end. */
  buildMessage(): Email {
    const state = this as unknown as ParserState;
    const headers = state.root?.headers;
    const rawHeaderLines = state.root?.rawHeaderLines;
    const text = state.textContent;
    const attachments = state.attachments;
    if (!Array.isArray(headers) || !Array.isArray(rawHeaderLines) || !text || !Array.isArray(attachments)) {
      if (!originalBuild) throw new Error('postal-mime internals changed: no buildMessage');
      return originalBuild.call(this);
    }
    const all = this.#fields === 'all';
    // The header entries are this parser's own and nothing else keeps them: no copies.
    return {
      headers,
      from: firstAddress(headers, 'from'),
      sender: all ? firstAddress(headers, 'sender') : undefined,
      deliveredTo: all ? bareAddress(headers, 'delivered-to') : undefined,
      returnPath: all ? bareAddress(headers, 'return-path') : undefined,
      to: all ? addressList(headers, 'to') : undefined,
      cc: all ? addressList(headers, 'cc') : undefined,
      bcc: all ? addressList(headers, 'bcc') : undefined,
      replyTo: addressList(headers, 'reply-to'),
      subject: decodedHeader(headers, 'subject'),
      messageId: all ? decodedHeader(headers, 'message-id') : undefined,
      inReplyTo: all ? decodedHeader(headers, 'in-reply-to') : undefined,
      references: all ? decodedHeader(headers, 'references') : undefined,
      date: all ? isoDate(headers) : undefined,
      html: text.html || undefined,
      text: text.plain || undefined,
      attachments,
      headerLines: all ? rawHeaderLines : [],
    };
  }
}
