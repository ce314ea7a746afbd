/**
 * @module analyse/triage/signals/header-signals
 * E-mail header evidence: a Reply-To or Return-Path on another domain than From, failed
 * SPF/DKIM/DMARC in Authentication-Results, a display name that claims a brand the sending domain
 * does not belong to, and free-mail senders.
 *
 * Only headers the sender controls or the receiving side wrote are read; their absence (SMS, chat)
 * yields no signal, never a negative one.
 */

import type { Header } from '../../../core/evidence.js';
import { type AuthMethodResult, parseAuthenticationResults } from '../../impersonation/auth-results.js';
import { BRANDS, FREEMAIL_DOMAINS, namesBrand } from './brands.js';
import { senderDomainRisk } from './link-signals.js';
import type { SignalHit } from './signal-names.js';
import { getDomain } from './tld-parser.js';

const ADDRESS_RE = /<?([^\s<>"@]+@([^\s<>"@]+?))>?\s*$/;
// A company's support desk does not write from free mail: a service role there impersonates one
// (phishing). Nor does its CEO: an executive title there is CEO fraud, a payment scam without a
// credential lure ("Julia Hartmann, CEO" <…@gmail.com>), so it is its own signal. Titles in the
// team's lexicon languages.
const SERVICE_ROLE_RE =
  /\b(?:support|security|service|admin|administrator|helpdesk|help desk|team|billing|account|bank|it department|webmaster|customer)(?![\p{L}])/iu;
const EXECUTIVE_TITLE_RE =
  /\b(?:ceo|cfo|coo|cto|chairman|president|managing director|director|geschäftsführer(?:in)?|vorstand|directeur|pdg|président|director general|directora?|presidente|gerente|amministratore delegato|direttore|prezes|dyrektor|directeur général|directeur financier|генеральный директор|директор|genel müdür|direktur|giám đốc|社長|总经理|總經理|대표)(?![\p{L}])/iu;

const AUTH_FAILURE_RE = /\b(?:spf|dkim|dmarc)=(?:fail|softfail|permerror)\b/i;

function domainOfAddress(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const m = s.trim().match(ADDRESS_RE);
  const host = m?.[2]?.toLowerCase().replace(/[>.]+$/, '');
  return host ? (getDomain(host) ?? host) : undefined;
}

function displayName(from: string): string {
  const lt = from.indexOf('<');
  return (lt > 0 ? from.slice(0, lt) : '').replace(/["']/g, '').trim();
}

/**
 * Whether a header field's `name` is `lower` (a lower-case ASCII name) in any letter case. Lengths
 * first: most names differ in length, and lower-casing every name for each of the ~10 lookups a
 * mail's signals make allocated a string per header per lookup. (Lower-casing never turns a name
 * of another length into an ASCII one: the one mapping that changes length, İ, adds U+0307.)
 */
const isNamed = (name: string, lower: string): boolean =>
  name.length === lower.length && name.toLowerCase() === lower;

function header(headers: ReadonlyArray<Header>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const h of headers) if (isNamed(h.name, lower)) return h.value;
  return undefined;
}

/** Header signals of an e-mail; empty for messages without headers. */
export function headerSignals(
  from: string | undefined,
  replyTo: ReadonlyArray<string> | undefined,
  headers: ReadonlyArray<Header> | undefined,
): SignalHit[] {
  const out: SignalHit[] = [];
  const hs = headers ?? [];
  // `has-email-headers` is deliberately never emitted: in the training data only SpamAssassin mails
  // have headers and they are mostly ham, so "has headers" would mean "ham" (a data-set artefact).
  const fromValue = from ?? header(hs, 'from');
  const fromDomain = domainOfAddress(fromValue);
  const replies = replyTo && replyTo.length > 0 ? replyTo : (header(hs, 'reply-to')?.split(',') ?? []);
  for (const r of replies) {
    const d = domainOfAddress(r);
    if (fromDomain && d && d !== fromDomain) {
      out.push({ name: 'reply-to-mismatch', value: 1, evidence: `From ${fromDomain}, Reply-To ${d}` });
      break;
    }
  }
  const returnPath = domainOfAddress(header(hs, 'return-path'));
  if (fromDomain && returnPath && returnPath !== fromDomain) {
    out.push({
      name: 'return-path-mismatch',
      value: 1,
      evidence: `From ${fromDomain}, Return-Path ${returnPath}`,
    });
  }
  for (const h of hs) {
    if (!isNamed(h.name, 'authentication-results')) continue;
    const m = h.value.match(AUTH_FAILURE_RE);
    if (m) {
      out.push({ name: 'auth-results-fail', value: 1, evidence: m[0] });
      break;
    }
  }
  const bulk = bulkForgeryTraits(hs, fromValue);
  if (bulk.length > 0)
    out.push({ name: 'header-bulk-forgery', value: Math.log2(1 + bulk.length), evidence: bulk.join('; ') });
  const address = fromValue?.trim().match(ADDRESS_RE)?.[1];
  const local = address?.slice(0, address.lastIndexOf('@'));
  if (address && local && SENDER_DIGITS_RE.test(local)) {
    out.push({ name: 'sender-address-digits', value: 1, evidence: address });
  }
  // List headers say "mailing-list traffic" (the 2002 list mail of the training data, where they
  // learnt a strong ham weight), but a bulk sender writes them as easily as a list server. Once the
  // receiver recorded an SPF/DKIM/DMARC failure, nobody vouches for the party that wrote them, so
  // they are no evidence of a list (no training row has Authentication-Results: the learnt weight
  // is untouched). Nor are they with List-Unsubscribe-Post (RFC 8058 one-click unsubscribe, 2017;
  // required of bulk senders by the big mailbox providers since 2024): that is a bulk sender's,
  // not a discussion list's, and bulk mail is to be judged on its content and sender instead.
  const authFailed = out.some((h) => h.name === 'auth-results-fail');
  const oneClick = header(hs, 'list-unsubscribe-post') !== undefined;
  if (!authFailed && !oneClick && (header(hs, 'list-unsubscribe') || header(hs, 'list-id'))) {
    out.push({ name: 'has-list-headers', value: 1, evidence: 'List-Unsubscribe/List-Id' });
  }
  if (fromValue && fromDomain) {
    const shown = displayName(fromValue);
    const mismatch = displayNameMismatch(shown.toLowerCase(), fromDomain);
    if (mismatch) out.push({ name: mismatch, value: 1, evidence: `"${shown}" from ${fromDomain}` });
    if (FREEMAIL_DOMAINS.has(fromDomain)) {
      out.push({ name: 'freemail-sender', value: 1, evidence: fromDomain });
    }
  }
  // Legitimate-mail evidence: the From domain passed DMARC/DKIM, is not free mail (anyone can open
  // an account that passes), no Reply-To, display-name or authentication mismatch fired, and the
  // domain does not look like a kit's (an attacker can authenticate `paypa1-secure.com` for itself).
  if (!out.some((h) => CONTRADICTS_AUTH.has(h.name))) {
    const auth = authenticatedSender(fromValue, hs);
    if (auth && fromDomain && !senderDomainRisk(fromDomain))
      out.push({ name: 'authenticated-sender', value: 1, evidence: auth });
  }
  return out;
}

/**
 * What a display name claims that its sending domain contradicts: a brand it is not sent by, an
 * executive on free mail (CEO fraud) or a service desk on free mail (impersonation).
 */
function displayNameMismatch(
  name: string,
  fromDomain: string,
): 'display-name-brand-mismatch' | 'display-name-executive-freemail' | undefined {
  const compact = name.replace(/[^a-z0-9]/g, '');
  // The same rule as for hosts: a short brand only as a whole word ("ING", "DHL Express").
  const words = name.split(/[^\p{L}\p{N}]+/u);
  const brand = BRANDS.find((b) => namesBrand(b, compact, words));
  if (brand && !brand.domains.includes(fromDomain)) return 'display-name-brand-mismatch';
  if (!FREEMAIL_DOMAINS.has(fromDomain)) return undefined;
  if (EXECUTIVE_TITLE_RE.test(name)) return 'display-name-executive-freemail';
  return SERVICE_ROLE_RE.test(name) ? 'display-name-brand-mismatch' : undefined;
}

const CONTRADICTS_AUTH: ReadonlySet<string> = new Set([
  'reply-to-mismatch',
  'auth-results-fail',
  'display-name-brand-mismatch',
  'display-name-executive-freemail',
  'freemail-sender',
  'header-bulk-forgery',
]);

// A local part of letters ending in a number run (`yhdiana99b`, `ebdhfghdfg45`): throw-away
// accounts made in bulk; people's and companies' addresses rarely look like it.
const SENDER_DIGITS_RE = /^[a-z]{3,}[a-z._-]*\d{2,}[a-z]{0,2}$/i;
const TZ_RE = /(?:[+-]\d{4}|\b(?:gmt|ut|utc|[ecmp][sd]t|z)\b)\s*(?:\([^)]*\))?\s*$/i;

/**
 * Header traits of bulk mail sent with forged or hand-made headers: recipients hidden behind
 * "undisclosed recipients", highest X-Priority/Importance on unsolicited mail, a Date without time
 * zone or that does not parse, a From display name that is itself an e-mail address of another
 * domain, undecodable 8-bit header bytes. Each is weak alone; the count is the feature.
 */
function bulkForgeryTraits(hs: ReadonlyArray<Header>, fromValue: string | undefined): string[] {
  if (hs.length === 0) return [];
  const traits: string[] = [];
  const to = header(hs, 'to');
  if (to !== undefined && /undisclosed|recipient list not shown|^\s*:?\s*;?\s*$/i.test(to))
    traits.push(`To: ${to.slice(0, 40) || '(empty)'}`);
  const priority = header(hs, 'x-priority');
  if (priority && /^\s*1\b/.test(priority)) traits.push(`X-Priority: ${priority.slice(0, 20)}`);
  const date = header(hs, 'date');
  if (date !== undefined && (!TZ_RE.test(date.trim()) || Number.isNaN(Date.parse(date))))
    traits.push(`Date: ${date.slice(0, 40)}`);
  if (fromValue) {
    const name = displayName(fromValue);
    const inName = name.match(/[^\s@<>"]+@([^\s@<>"]+)/)?.[1]?.toLowerCase();
    const fromDomain = domainOfAddress(fromValue);
    if (inName && fromDomain && (getDomain(inName) ?? inName) !== fromDomain)
      traits.push(`display name ${name.slice(0, 40)}`);
    if (fromValue.includes('\ufffd')) traits.push('undecodable bytes in From');
  }
  const subject = header(hs, 'subject');
  if (subject?.includes('\ufffd')) traits.push('undecodable bytes in Subject');
  return traits;
}

/** The registrable domain of the From address (of the From header when `from` is not given). */
export function senderDomain(
  from: string | undefined,
  headers: ReadonlyArray<Header> | undefined,
): string | undefined {
  return domainOfAddress(from ?? header(headers ?? [], 'from'));
}

/** The authserv-id an Authentication-Results value starts with; '' when it starts with a result. */
function authservId(value: string): string {
  const first = (value.split(';')[0] ?? '').replace(/\([^()]*\)/g, ' ').trim();
  return first.includes('=') ? '' : (first.split(/\s+/)[0] ?? '').toLowerCase();
}

/** The domain a passing DKIM/DMARC result vouches for, as `header.d=…` / `header.i=@…` / `header.from=…`. */
function vouchedDomain(r: AuthMethodResult): { domain: string; evidence: string } | undefined {
  if (r.result !== 'pass') return undefined;
  const ptype = r.method === 'dmarc' ? 'header.from' : r.method === 'dkim' ? 'header.d' : undefined;
  if (!ptype) return undefined;
  const own = r.properties[ptype];
  // Signers that omit header.d still give the signing identity, header.i=@domain (RFC 8601 §2.7.1).
  const identity = r.method === 'dkim' ? r.properties['header.i'] : undefined;
  const value = own ?? identity;
  const domain = value?.slice(value.lastIndexOf('@') + 1).toLowerCase();
  if (!domain) return undefined;
  return { domain, evidence: `${r.method}=pass ${own ? ptype : 'header.i'}=${value?.toLowerCase()}` };
}

/**
 * The Authentication-Results evidence that the From domain itself was verified (DMARC pass for it,
 * or DKIM pass signed by it) with no SPF/DKIM/DMARC failure; undefined otherwise (and for SMS/chat).
 *
 * Only the receiving server's verdict vouches: the headers carrying the authserv-id of the topmost
 * one. The receiver prepends its own above everything that arrived, while the sender can write
 * any Authentication-Results below it (RFC 8601 §5). ARC-Authentication-Results is an earlier hop's
 * verdict whose seal is not verified here, so it is not read. A failure in any header, forged or
 * not, withdraws the evidence: only an attacker gains from ignoring one.
 */
export function authenticatedSender(
  from: string | undefined,
  headers: ReadonlyArray<Header> | undefined,
): string | undefined {
  const hs = headers ?? [];
  const fromDomain = senderDomain(from, hs);
  if (!fromDomain) return undefined;
  let receiver: string | undefined;
  let evidence: string | undefined;
  for (const h of hs) {
    if (!isNamed(h.name, 'authentication-results')) continue;
    if (AUTH_FAILURE_RE.test(h.value)) return undefined;
    const id = authservId(h.value);
    receiver ??= id;
    if (id !== receiver || evidence) continue;
    for (const r of parseAuthenticationResults(h.value)?.results ?? []) {
      const v = vouchedDomain(r);
      if (v && (getDomain(v.domain) ?? v.domain) === fromDomain) {
        evidence = v.evidence;
        break;
      }
    }
  }
  return evidence;
}
