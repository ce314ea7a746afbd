/**
 * @module samples/tools/lib/mime
 * Renders a MailSpec as RFC 5322 / MIME bytes (LF line ends): Received chain, Authentication-
 * Results, RFC 2047 encoded words in the message's own charset, multipart/alternative, attachments
 * in base64 and forwarded messages as message/rfc822.
 */
import { createHash } from 'node:crypto';
import { type Charset, encodeText } from './charset.js';
import type { Addr, MailSpec } from './mail-spec.js';
import { b64Wrap, qpEncode } from './qp.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date of `iso` (UTC) shown in time zone `tz` (e.g. "+0100"). */
export function rfcDate(iso: string, tz = '+0000', shiftSec = 0): string {
  const sign = tz.startsWith('-') ? -1 : 1;
  const offMin = sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(3, 5)));
  const d = new Date(Date.parse(iso) + (offMin * 60 + shiftSec) * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${tz}`;
}

/** RFC 2047 B-encoded words (each <= 75 chars) when `text` is not plain ASCII. */
export function encodeWords(text: string, charset: Charset): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const cs = charset === 'iso-8859-1' || charset === 'utf-8' ? 'UTF-8' : charset.toUpperCase();
  const enc: Charset = cs === 'UTF-8' ? 'utf-8' : charset;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    const next = chunk + ch;
    if (encodeText(next, enc).toString('base64').length > 75 - cs.length - 7) {
      words.push(chunk);
      chunk = ch;
    } else chunk = next;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?${cs}?B?${encodeText(w, enc).toString('base64')}?=`).join('\n ');
}

function addr(a: Addr, cs: Charset): string {
  if (!a.name) return `<${a.addr}>`;
  const name = /^[\x20-\x7e]*$/.test(a.name)
    ? /[(),.:;<>@[\]"\\]/.test(a.name)
      ? `"${a.name.replace(/["\\]/g, '\\$&')}"`
      : a.name
    : encodeWords(a.name, cs);
  return `${name} <${a.addr}>`;
}

function leaf(type: string, body: string, cs: Charset, cte: string): string {
  const bytes = encodeText(body, cs);
  let payload: string;
  if (cte === 'base64') payload = b64Wrap(bytes);
  else if (cte === 'quoted-printable') payload = qpEncode(bytes);
  else payload = bytes.toString('latin1');
  return `Content-Type: ${type}; charset="${cs}"\nContent-Transfer-Encoding: ${cte}\n\n${payload}\n`;
}

function boundary(seed: string, n: number): string {
  return `----=_Part_${n}_${createHash('sha1').update(seed).digest('hex').slice(0, 16)}`;
}

function multipart(sub: string, parts: string[], b: string): string {
  return `Content-Type: multipart/${sub};\n boundary="${b}"\n\nThis is a multi-part message in MIME format.\n\n${parts.map((p) => `--${b}\n${p}`).join('\n')}\n--${b}--\n`;
}

/** Render the mail as bytes (binary string in latin1 so 8bit bodies survive). */
export function renderMail(m: MailSpec): Buffer {
  const cs: Charset = m.charset ?? 'utf-8';
  const defCte = cs === 'iso-2022-jp' ? '7bit' : cs === 'utf-8' ? 'quoted-printable' : 'base64';
  const cte = m.cte ?? defCte;
  const h: string[] = [];
  const id = createHash('sha256').update(m.key).digest('hex');
  const last = m.hops[m.hops.length - 1];
  const rcpt = m.to[0]?.addr ?? 'undisclosed-recipients';
  h.push(`Return-Path: <${m.returnPath}>`);
  if (last) {
    const fromDomain = m.from.addr.split('@')[1] ?? '';
    const mailFrom = m.returnPath.split('@')[1] ?? '';
    h.push(`Delivered-To: ${rcpt}`);
    h.push(
      `Authentication-Results: ${last.by};\n\tspf=${m.auth.spf} smtp.mailfrom=${mailFrom};\n\tdkim=${m.auth.dkim} header.d=${m.auth.dkimDomain ?? fromDomain};\n\tdmarc=${m.auth.dmarc} header.from=${fromDomain}`,
    );
    h.push(
      `Received-SPF: ${m.auth.spf} (${last.by}: domain of ${m.returnPath} ${m.auth.spf === 'pass' ? 'designates' : 'does not designate'} ${last.ip} as permitted sender) client-ip=${last.ip};`,
    );
  }
  const n = m.hops.length;
  for (let i = n - 1; i >= 0; i--) {
    const hop = m.hops[i]!;
    const from = `${hop.helo} (${hop.rdns ?? 'unknown'} [${hop.ip}])`;
    const sid = id.slice(i * 6, i * 6 + 12).toUpperCase();
    h.push(
      `Received: from ${from}\n\tby ${hop.by} with ESMTP${i === n - 1 ? 'S' : ''} id ${sid}\n\tfor <${rcpt}>; ${rfcDate(m.date, '+0000', -(n - i) * 3)}`,
    );
  }
  h.push(`Date: ${rfcDate(m.date, m.tz)}`);
  h.push(`From: ${addr(m.from, cs)}`);
  h.push(`To: ${m.to.map((a) => addr(a, cs)).join(', ')}`);
  if (m.cc?.length) h.push(`Cc: ${m.cc.map((a) => addr(a, cs)).join(', ')}`);
  if (m.replyTo) h.push(`Reply-To: ${addr(m.replyTo, cs)}`);
  h.push(`Subject: ${encodeWords(m.subject, cs)}`);
  h.push(`Message-ID: <${id.slice(0, 24)}@${m.from.addr.split('@')[1]}>`);
  for (const [k, v] of m.extra ?? []) h.push(`${k}: ${v}`);
  h.push('MIME-Version: 1.0');

  let body: string;
  const alt =
    m.text !== undefined && m.html !== undefined
      ? multipart(
          'alternative',
          [leaf('text/plain', m.text, cs, cte), leaf('text/html', m.html, cs, cte)],
          boundary(m.key, 1),
        )
      : m.html !== undefined
        ? leaf('text/html', m.html, cs, cte)
        : leaf('text/plain', m.text ?? '', cs, cte);
  const extras: string[] = [];
  for (const a of m.attachments ?? []) {
    extras.push(
      `Content-Type: ${a.contentType}; name="${a.filename}"\nContent-Disposition: attachment; filename="${a.filename}"\nContent-Transfer-Encoding: base64\n\n${b64Wrap(a.data)}\n`,
    );
  }
  if (m.forwarded) {
    extras.push(
      `Content-Type: message/rfc822\nContent-Disposition: attachment; filename="forwarded.eml"\n\n${m.forwarded.toString('latin1')}`,
    );
  }
  body = extras.length ? multipart('mixed', [alt, ...extras], boundary(m.key, 0)) : alt;
  return Buffer.from(h.join('\n') + '\n' + body, 'latin1');
}
