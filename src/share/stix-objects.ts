/**
 * @module share/stix-objects
 * Builders for the individual STIX 2.1 objects Dragnet emits: deterministic ids, timestamps in
 * the millisecond form the schemas require, patterns with quoted values, and the Dragnet
 * extension definition that declares the custom SCOs (phone numbers, bank accounts, wallets) and
 * the property extension carrying triage verdicts and wallet clusters.
 */
import { INDICATOR_TYPES } from './indicator-types.js';
import { STIX_SCO_NAMESPACE, uuidV5 } from './uuid-v5.js';

export type StixObject = Record<string, unknown> & { type: string; id: string };

/** The Dragnet extension definition: one id for every case, forever (partners cache it). */
export const DRAGNET_EXTENSION_ID = `extension-definition--${uuidV5('extension-definition|dragnet|1')}`;
/** The Dragnet tool identity that authors the extension definition. */
export const DRAGNET_IDENTITY_ID = `identity--${uuidV5('identity|dragnet')}`;
const DRAGNET_EPOCH = '2026-11-25T00:00:00.000Z';

/** ISO time in STIX form (UTC, milliseconds); `fallback` when the input is not a date. */
export function stixTime(iso: string | undefined, fallback: string): string {
  const d = new Date(iso ?? '');
  const t = Number.isNaN(d.getTime()) ? new Date(fallback) : d;
  return Number.isNaN(t.getTime()) ? DRAGNET_EPOCH : t.toISOString();
}

/** Quotes a string for a STIX pattern literal (backslash and single quote escaped). */
export function patternLiteral(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** Deterministic SCO id from its id-contributing properties (STIX 2.1 §2.9, canonical JSON). */
export function scoId(type: string, contributing: Record<string, unknown>): string {
  return `${type}--${uuidV5(canonicalJson(contributing), STIX_SCO_NAMESPACE)}`;
}

/** JSON with keys sorted at every level (RFC 8785 for the strings and objects we emit). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The SCO for an indicator, or undefined for a type without a STIX mapping. */
export function indicatorSco(
  type: string,
  value: string,
  extra: Record<string, unknown> = {},
): StixObject | undefined {
  const t = INDICATOR_TYPES[type];
  if (!t) return undefined;
  const { sco, property, custom } = t.stix;
  if (sco === 'file') {
    const algo = property.replace(/^hashes\./, '').replace(/'/g, '');
    const hashes = { [algo]: value };
    return { type: 'file', spec_version: '2.1', id: scoId('file', { hashes }), hashes };
  }
  if (sco === 'user-account') {
    const props = { account_type: 'telegram', account_login: value };
    return { type: sco, spec_version: '2.1', id: scoId(sco, props), ...props };
  }
  const base: StixObject = {
    type: sco,
    spec_version: '2.1',
    id: scoId(sco, { [property]: value }),
    [property]: value,
  };
  if (custom) {
    if (t.symbol) base.chain = t.symbol;
    Object.assign(base, extra);
    base.extensions = { [DRAGNET_EXTENSION_ID]: { extension_type: 'new-sco' } };
  }
  return base;
}

/** STIX pattern matching an indicator's SCO. */
export function indicatorPattern(type: string, value: string): string | undefined {
  const t = INDICATOR_TYPES[type];
  if (!t) return undefined;
  if (t.stix.sco === 'user-account') {
    return `[user-account:account_type = 'telegram' AND user-account:account_login = ${patternLiteral(value)}]`;
  }
  return `[${t.stix.sco}:${t.stix.property} = ${patternLiteral(value)}]`;
}

/** The Dragnet tool identity and extension definition (constant objects). */
export function dragnetExtensionObjects(): StixObject[] {
  return [
    {
      type: 'identity',
      spec_version: '2.1',
      id: DRAGNET_IDENTITY_ID,
      created: DRAGNET_EPOCH,
      modified: DRAGNET_EPOCH,
      name: 'Dragnet',
      description: 'Offline evidence-triage tool for police and CERT analysts.',
      identity_class: 'system',
    },
    {
      type: 'extension-definition',
      spec_version: '2.1',
      id: DRAGNET_EXTENSION_ID,
      created_by_ref: DRAGNET_IDENTITY_ID,
      created: DRAGNET_EPOCH,
      modified: DRAGNET_EPOCH,
      name: 'Dragnet fraud indicators',
      description:
        'Custom SCOs for fraud infrastructure STIX 2.1 lacks — phone-number {value}, bank-account {iban, swift_bic}, ' +
        'cryptocurrency-wallet {value, chain, cluster} (cluster: id of the wallet cluster the address belongs to) — ' +
        'and a property extension on indicator and campaign objects: evidence_count (messages carrying the ' +
        'indicator), verdicts (triage class -> count), languages, url_patterns, brands.',
      schema:
        'Plain-text definition: every custom SCO has spec_version 2.1 and a deterministic UUIDv5 id over its value ' +
        'property (STIX SCO namespace). Property-extension fields: evidence_count integer >= 0; verdicts object of ' +
        'integer counts keyed phishing|scam|spam|ham; languages array of ISO 639-1 codes; url_patterns array of ' +
        'strings; brands array of strings.',
      version: '1.0.0',
      extension_types: ['new-sco', 'property-extension'],
    },
  ];
}
