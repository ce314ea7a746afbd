/**
 * @module share/parse-stix-bundle
 * Reads a partner's STIX 2.1 bundle into indicators Dragnet can match: SCOs (url, domain-name,
 * IPs, e-mail addresses, file hashes, user accounts, and the phone-number / bank-account /
 * cryptocurrency-wallet custom SCOs) and the equality comparisons of `stix` patterns.
 *
 * Never throws on input. The whole source is rejected (`ok: false`) when it is not JSON, not a
 * bundle, or over the limits; otherwise each unusable object (no id, unknown type, dangling
 * reference, unreadable pattern) becomes an entry in `errors` and the rest is imported.
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

/** Object types of STIX 2.1 (and the custom SCOs we read): anything else is reported. */
const KNOWN_TYPES: ReadonlySet<string> = new Set(
  (
    'attack-pattern campaign course-of-action grouping identity incident indicator infrastructure intrusion-set ' +
    'location malware malware-analysis note observed-data opinion report threat-actor tool vulnerability ' +
    'relationship sighting artifact autonomous-system directory domain-name email-addr email-message file ' +
    'ipv4-addr ipv6-addr mac-addr mutex network-traffic process software url user-account ' +
    'windows-registry-key x509-certificate language-content marking-definition extension-definition ' +
    'phone-number bank-account cryptocurrency-wallet'
  ).split(' '),
);

const ID_RE =
  /^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** `object:path` of a pattern comparison → Dragnet type. */
const PATTERN_PATHS: Readonly<Record<string, string>> = {
  'url:value': 'url',
  'domain-name:value': 'domain',
  'ipv4-addr:value': 'ipv4',
  'ipv6-addr:value': 'ipv6',
  'email-addr:value': 'email',
  'email-message:from_ref.value': 'email',
  'email-message:sender_ref.value': 'email',
  'file:hashes.md5': 'md5',
  'file:hashes.sha-1': 'sha1',
  'file:hashes.sha1': 'sha1',
  'file:hashes.sha-256': 'sha256',
  'file:hashes.sha256': 'sha256',
  'file:hashes.sha-512': 'sha512',
  'file:hashes.sha512': 'sha512',
  'phone-number:value': 'phone',
  'bank-account:iban': 'iban',
  'bank-account:swift_bic': 'bic',
  'cryptocurrency-wallet:value': 'wallet',
  'user-account:account_login': 'telegram',
};

const COMPARISON_RE = /([a-z0-9-]+):([A-Za-z0-9_.'-]+)\s*=\s*'((?:[^'\\]|\\.)*)'/g;

/** Equality comparisons of a STIX pattern as `{type, value}` pairs (other operators are ignored). */
export function patternIndicators(pattern: string): { type: string; value: string }[] {
  const out: { type: string; value: string }[] = [];
  for (const m of pattern.matchAll(COMPARISON_RE)) {
    const path = `${m[1]}:${(m[2] ?? '').replace(/'/g, '')}`.toLowerCase();
    const type = PATTERN_PATHS[path];
    if (!type) continue;
    const value = (m[3] ?? '').replace(/\\(.)/g, '$1');
    out.push({ type: type === 'wallet' ? (walletTypeOf(value) ?? 'wallet') : type, value });
  }
  return out;
}

function scoIndicators(o: Record<string, unknown>): { type: string; value: string }[] {
  const s = (k: string): string | undefined => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  switch (o.type) {
    case 'url':
    case 'domain-name':
    case 'ipv4-addr':
    case 'ipv6-addr':
    case 'email-addr':
    case 'phone-number': {
      const v = s('value');
      const type = PATTERN_PATHS[`${o.type}:value`] as string;
      return v ? [{ type, value: v }] : [];
    }
    case 'file': {
      const hashes = (o.hashes ?? {}) as Record<string, unknown>;
      return Object.entries(hashes)
        .map(([k, v]) => ({ type: PATTERN_PATHS[`file:hashes.${k.toLowerCase()}`], value: v }))
        .filter(
          (x): x is { type: string; value: string } =>
            typeof x.type === 'string' && typeof x.value === 'string',
        );
    }
    case 'bank-account': {
      const out: { type: string; value: string }[] = [];
      const iban = s('iban');
      const bic = s('swift_bic');
      if (iban) out.push({ type: 'iban', value: iban });
      if (bic) out.push({ type: 'bic', value: bic });
      return out;
    }
    case 'cryptocurrency-wallet': {
      const v = s('value');
      const type = walletTypeOfSymbol(s('chain')) ?? (v ? walletTypeOf(v) : undefined) ?? 'wallet';
      return v ? [{ type, value: v }] : [];
    }
    case 'user-account': {
      const v = s('account_login');
      return v && s('account_type') === 'telegram' ? [{ type: 'telegram', value: v }] : [];
    }
    default:
      return [];
  }
}

/** First `*_ref(s)` of a relationship or sighting that points outside the bundle, as a message. */
function danglingRef(o: Record<string, unknown>, ids: ReadonlySet<string>): string | undefined {
  for (const [k, v] of Object.entries(o)) {
    if (k === 'created_by_ref' || k === 'object_marking_refs') continue;
    const refs = k.endsWith('_ref') ? [v] : k.endsWith('_refs') && Array.isArray(v) ? v : [];
    for (const r of refs) if (typeof r === 'string' && !ids.has(r)) return `${k} ${r} is not in the bundle`;
  }
  return undefined;
}

/** Parses a bundle from its text; see the module comment. */
export function parseStixBundle(
  text: string,
  name: string,
  limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Result<PartnerIntel> {
  const parsed = parseIntelJson(text, name, limits);
  if (!parsed.ok) return parsed;
  const doc = parsed.value;
  if (doc === null || typeof doc !== 'object' || (doc as { type?: unknown }).type !== 'bundle') {
    return fail(`${name}: not a STIX bundle (no "type": "bundle")`);
  }
  const objects = (doc as { objects?: unknown }).objects;
  if (!Array.isArray(objects)) return fail(`${name}: bundle has no "objects" array`);
  if (objects.length > limits.maxObjects)
    return fail(`${name}: ${objects.length} objects exceed the limit of ${limits.maxObjects}`);

  const errors: IntelError[] = [];
  const indicators: PartnerIndicator[] = [];
  const ids = new Set<string>();
  for (const o of objects) {
    const id = (o as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.add(id);
  }
  let title = name;
  for (const [i, raw] of objects.entries()) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      errors.push({ object: `objects[${i}]`, message: 'not a JSON object' });
      continue;
    }
    const o = raw as Record<string, unknown>;
    const id = typeof o.id === 'string' ? o.id : undefined;
    const label = id ?? `objects[${i}]`;
    if (typeof o.type !== 'string') {
      errors.push({ object: label, message: 'missing "type"' });
      continue;
    }
    if (!id || !ID_RE.test(id) || !id.startsWith(`${o.type}--`)) {
      errors.push({ object: label, message: `invalid id for a ${o.type}` });
      continue;
    }
    if (!KNOWN_TYPES.has(o.type)) {
      errors.push({ object: id, message: `unsupported object type "${o.type}"` });
      continue;
    }
    const dangling = o.type === 'relationship' || o.type === 'sighting' ? danglingRef(o, ids) : undefined;
    if (dangling) {
      errors.push({ object: id, message: dangling });
      continue;
    }
    if (o.type === 'report' && typeof o.name === 'string' && title === name) title = o.name;
    const context =
      typeof o.name === 'string' ? o.name : typeof o.description === 'string' ? o.description : undefined;
    let found: { type: string; value: string }[];
    if (o.type === 'indicator') {
      if (o.pattern_type !== undefined && o.pattern_type !== 'stix') {
        errors.push({ object: id, message: `pattern type "${String(o.pattern_type)}" is not read` });
        continue;
      }
      if (typeof o.pattern !== 'string') {
        errors.push({ object: id, message: 'indicator without a pattern' });
        continue;
      }
      found = patternIndicators(o.pattern);
      if (found.length === 0) {
        errors.push({ object: id, message: 'no supported equality comparison in pattern' });
        continue;
      }
    } else {
      found = scoIndicators(o);
    }
    for (const f of found) {
      // STIX has no onion type: an onion service is a domain-name ending in .onion.
      if (f.type === 'domain' && f.value.toLowerCase().endsWith('.onion')) f.type = 'onion';
      if (f.value.length === 0 || f.value.length > limits.maxValueLength) {
        errors.push({
          object: id,
          message: `${f.type} value is empty or longer than ${limits.maxValueLength} characters`,
        });
        continue;
      }
      indicators.push({
        type: f.type,
        value: canonicalValue(f.type, f.value),
        object: id,
        ...(context ? { context } : {}),
      });
    }
  }
  return ok({ format: 'stix', name: title, objectCount: objects.length, indicators, errors });
}
