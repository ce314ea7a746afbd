/**
 * @module share/parse-misp-event
 * Reads a partner's MISP event (MISP core format, `{"Event": {...}}` or the bare event) into
 * indicators Dragnet can match: attributes at event level and inside objects, typed by their
 * MISP type (and, for `text` attributes, by the object template and relation that give them
 * meaning: a coin-address `address-crypto`, a telegram-account `username`).
 *
 * Never throws on input: a source that is not JSON, not an event, or over the limits is rejected
 * whole; a malformed attribute or object becomes an entry in `errors` and the rest is imported.
 */
import { fail, ok, type Result } from '../core/result.js';
import { canonicalValue } from '../graph/normalise-entity.js';
import { parseIntelJson } from './parse-intel-json.js';
import {
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  type IntelError,
  type PartnerIndicator,
  type PartnerIntel,
  walletTypeOf,
  walletTypeOfSymbol,
} from './partner-intel.js';

/** MISP attribute type → Dragnet type, for types that are indicators by themselves. */
const MISP_TYPES: Readonly<Record<string, string>> = {
  url: 'url',
  link: 'url',
  uri: 'url',
  domain: 'domain',
  hostname: 'domain',
  'ip-dst': 'ip',
  'ip-src': 'ip',
  email: 'email',
  'email-src': 'email',
  'email-dst': 'email',
  'email-reply-to': 'email',
  'whois-registrant-email': 'email',
  'phone-number': 'phone',
  'whois-registrant-phone': 'phone',
  iban: 'iban',
  bic: 'bic',
  btc: 'btc',
  xmr: 'xmr',
  md5: 'md5',
  sha1: 'sha1',
  sha256: 'sha256',
  sha512: 'sha512',
};

interface RawAttribute {
  uuid?: unknown;
  type?: unknown;
  value?: unknown;
  object_relation?: unknown;
  comment?: unknown;
  deleted?: unknown;
}

function dragnetType(
  type: string,
  value: string,
  objectName?: string,
  relation?: string,
  symbol?: string,
): string | undefined {
  const t = MISP_TYPES[type];
  if (t === 'ip') return value.includes(':') ? 'ipv6' : 'ipv4';
  if (t === 'domain' && value.endsWith('.onion')) return 'onion';
  if (t) return t;
  if (type !== 'text') return undefined;
  if (objectName === 'coin-address' && relation === 'address-crypto')
    return walletTypeOfSymbol(symbol) ?? walletTypeOf(value);
  if (objectName === 'telegram-account' && relation === 'username') return 'telegram';
  return undefined;
}

/** Parses an event from its text; see the module comment. */
export function parseMispEvent(
  text: string,
  name: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Result<PartnerIntel> {
  const parsed = parseIntelJson(text, name, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  const root = doc as { Event?: unknown } | null;
  const event = (root && typeof root === 'object' && 'Event' in root ? root.Event : root) as Record<
    string,
    unknown
  > | null;
  if (
    !event ||
    typeof event !== 'object' ||
    Array.isArray(event) ||
    (!('Attribute' in event) && !('Object' in event) && !('info' in event))
  ) {
    return fail(`${name}: not a MISP event (no "Event" with "info", "Attribute" or "Object")`);
  }
  const attrs = event.Attribute ?? [];
  const objs = event.Object ?? [];
  if (!Array.isArray(attrs)) return fail(`${name}: "Attribute" is not an array`);
  if (!Array.isArray(objs)) return fail(`${name}: "Object" is not an array`);
  let count = attrs.length;
  for (const o of objs) {
    const a = (o as { Attribute?: unknown } | null)?.Attribute;
    count += Array.isArray(a) ? a.length : 0;
  }
  if (count > limits.maxObjects)
    return fail(`${name}: ${count} attributes exceed the limit of ${limits.maxObjects}`);

  const errors: IntelError[] = [];
  const indicators: PartnerIndicator[] = [];
  const info = typeof event.info === 'string' ? event.info : name;
  const take = (raw: unknown, where: string, objectName?: string, symbol?: string): void => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      errors.push({ object: where, message: 'attribute is not a JSON object' });
      return;
    }
    const a = raw as RawAttribute;
    const label = typeof a.uuid === 'string' ? a.uuid : where;
    if (a.deleted === true) return;
    if (typeof a.type !== 'string' || (typeof a.value !== 'string' && typeof a.value !== 'number')) {
      errors.push({ object: label, message: 'attribute without a string "type" and "value"' });
      return;
    }
    const value = String(a.value).trim();
    const relation = typeof a.object_relation === 'string' ? a.object_relation : undefined;
    const type = dragnetType(a.type, value, objectName, relation, symbol);
    if (!type) return; // context (subjects, dates, comments): not an indicator, not an error
    if (value.length === 0 || value.length > limits.maxValueLength) {
      errors.push({
        object: label,
        message: `${a.type} value is empty or longer than ${limits.maxValueLength} characters`,
      });
      return;
    }
    const comment = typeof a.comment === 'string' && a.comment ? a.comment : undefined;
    indicators.push({
      type,
      value: canonicalValue(type, value),
      object: label,
      context: comment ? `${info}: ${comment}` : info,
    });
  };
  for (const [i, a] of attrs.entries()) take(a, `Attribute[${i}]`);
  for (const [i, raw] of objs.entries()) {
    const o = raw as { uuid?: unknown; name?: unknown; Attribute?: unknown } | null;
    const where = typeof o?.uuid === 'string' ? o.uuid : `Object[${i}]`;
    if (!o || typeof o !== 'object' || typeof o.name !== 'string' || !Array.isArray(o.Attribute)) {
      errors.push({ object: where, message: 'object without a "name" and an "Attribute" array' });
      continue;
    }
    const list = o.Attribute as unknown[];
    const symbol = list
      .map((a) => a as RawAttribute)
      .find((a) => a?.object_relation === 'symbol' && typeof a.value === 'string')?.value as
      | string
      | undefined;
    for (const [j, a] of list.entries()) take(a, `${where}.Attribute[${j}]`, o.name as string, symbol);
  }
  return ok({ format: 'misp', name: info, objectCount: count, indicators, errors });
}
