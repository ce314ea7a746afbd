/**
 * @module samples/tools/lib/mail-spec
 * The declarative description of one sample mail; the generators turn it into RFC 5322 bytes.
 */
import type { Charset } from './charset.js';

/** A mailbox: optional display name and address. */
export interface Addr {
  name?: string;
  addr: string;
}

/** One SMTP relay hop, listed from the origin towards the recipient's MX. */
export interface Hop {
  helo: string;
  rdns?: string;
  ip: string;
  by: string;
}

/** A file attached to the mail. */
export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** Ground-truth class, as `dragnet score` names them. */
export type Kind = 'phishing' | 'scam' | 'spam' | 'ham';

/** Everything needed to render one sample mail. */
export interface MailSpec {
  key: string;
  kind: Kind;
  lang: string;
  campaign?: string;
  date: string;
  tz?: string;
  from: Addr;
  to: Addr[];
  cc?: Addr[];
  replyTo?: Addr;
  returnPath: string;
  subject: string;
  text?: string;
  html?: string;
  charset?: Charset;
  cte?: '7bit' | '8bit' | 'base64' | 'quoted-printable';
  attachments?: Attachment[];
  forwarded?: Buffer;
  hops: Hop[];
  auth: { spf: string; dkim: string; dmarc: string; dkimDomain?: string };
  extra?: [string, string][];
  note?: string;
}
