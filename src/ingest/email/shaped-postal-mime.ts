/**
 * @module ingest/email/shaped-postal-mime
 * Speed: postal-mime's last step (`buildMessage`) adds each field of the parsed `Email` only when
 * the message has it (`message[camelKey] = …` for From, Sender, To, Cc…, then html and text), so
 * mails with different header sets get different hidden classes. On the 3,250 SpamAssassin mails
 * V8 deoptimised that function 37 times ("wrong map" at the html/text stores) and recompiled it
 * again and again, and every reader of the result saw as many shapes. `ShapedPostalMime` builds
 * the same fields in one object literal, absent ones `undefined` (the `Email` type allows it):
 * one shape for every mail. Its `parse` also feeds ordinary lines to the current part directly
 * (see there). Everything else is postal-mime's own parsing.
 *
 * `fields: 'triage'` also skips what `dragnet score` never reads (Sender, Delivered-To,
 * Return-Path, To, Cc, Bcc, Message-ID, In-Reply-To, References, Date, the raw header lines):
 * address parsing of every recipient list was a tenth of a mail's parse.
 *
 * The field rules mirror postal-mime 4.0 (pinned in package.json); the test compares both on
 * every fixture and on mutated messages, so an upgrade that changes them fails there. If the
 * internals this reads are missing, postal-mime's own `parse` / `buildMessage` run instead:
 * slower, never wrong.
 */
import PostalMime, {
  type Address,
  addressParser,
  decodeWords,
  type Email,
  type PostalMimeOptions,
  type RawEmail,
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

/** The parser internals the line loop of `parse` drives (postal-mime 4.0's own `parse` uses these). */
interface LineParser {
  started: boolean;
  options: PostalMimeOptions;
  buf: ArrayBuffer;
  av: Uint8Array;
  readPos: number;
  boundaries: unknown[];
  currentNode: { feed(line: Uint8Array): void };
  root: unknown;
  forceRfc822Attachments: boolean;
  resolveInput(buf: RawEmail): Promise<ArrayBuffer>;
  readLine(): { bytes: Uint8Array; done: boolean };
  processLine(line: Uint8Array, isFinal: boolean): Promise<void>;
  hasReportParts(): boolean;
  collectNode(node: unknown, alternative: boolean, related: boolean): Promise<void>;
  renderTextContent(): void;
  encodeAttachments(): void;
}

const proto = PostalMime.prototype as unknown as Record<string, unknown>;
const originalBuild = proto.buildMessage as (() => Email) | undefined;
/** Whether postal-mime still has the methods our `parse` calls; if not, its own `parse` runs. */
const lineLoopPossible = [
  'resolveInput',
  'readLine',
  'processLine',
  'hasReportParts',
  'collectNode',
  'renderTextContent',
  'encodeAttachments',
].every((name) => typeof proto[name] === 'function');

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

  /**
   * postal-mime's `parse`, except that a line which cannot be a boundary (no multipart open, or
   * not starting with `--`) goes straight to the current part: postal-mime awaits its async
   * `processLine` for every line, a promise and a suspended frame each, a third of all the
   * garbage a parse made. Boundary candidates and the last line take postal-mime's own path.
   */
  override async parse(buf: RawEmail): Promise<Email> {
    const p = this as unknown as LineParser;
    if (!lineLoopPossible || p.started) return super.parse(buf);
    p.started = true;
    p.buf = await p.resolveInput(buf);
    p.av = new Uint8Array(p.buf);
    p.readPos = 0;
    while (p.readPos < p.av.length) {
      const { bytes, done } = p.readLine();
      const maybeBoundary =
        p.boundaries.length > 0 && bytes.length > 2 && bytes[0] === 0x2d && bytes[1] === 0x2d;
      if (done || maybeBoundary) await p.processLine(bytes, done);
      else p.currentNode.feed(bytes);
    }
    p.forceRfc822Attachments = Boolean(p.options.forceRfc822Attachments) || p.hasReportParts();
    await p.collectNode(p.root, false, false);
    p.renderTextContent();
    const message = this.buildMessage();
    p.encodeAttachments();
    return message;
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
