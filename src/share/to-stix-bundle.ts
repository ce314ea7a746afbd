/**
 * @module share/to-stix-bundle
 * A case (or one campaign) as a STIX 2.1 bundle: the producer identity, Dragnet's extension
 * definition, one campaign per campaign, one SCO and one indicator (pattern, `based-on` the SCO)
 * per indicator, `indicates` relationships from indicators to the campaigns they appear in, and a
 * report that references everything.
 *
 * Deterministic: ids are UUIDv5 of type + value (SCOs use the STIX namespace over their
 * id-contributing properties), timestamps come from the evidence (first/last seen), and the
 * report's `published` from the injected clock (default: the latest time in the data).
 */
import { INDICATOR_TYPES } from './indicator-types.js';
import { type ExportOptions, latestTime, type ShareInput } from './share-input.js';
import {
  DRAGNET_EXTENSION_ID,
  dragnetExtensionObjects,
  indicatorPattern,
  indicatorSco,
  type StixObject,
  stixTime,
} from './stix-objects.js';
import { uuidV5 } from './uuid-v5.js';

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

const maxTime = (a: string, b: string): string => (a > b ? a : b);

/** Builds the bundle; see the module comment. */
export function toStixBundle(input: ShareInput, options: ExportOptions = {}): StixBundle {
  const now = stixTime(options.now ? options.now() : latestTime(input), input.createdAt);
  const created = stixTime(input.createdAt, now);
  const identityId = `identity--${uuidV5(`identity|case|${input.caseId}`)}`;
  const objects: StixObject[] = [...dragnetExtensionObjects()];
  objects.push({
    type: 'identity',
    spec_version: '2.1',
    id: identityId,
    created,
    modified: maxTime(created, now),
    name: options.producer ?? `Dragnet case ${input.caseName}`,
    identity_class: 'organization',
  });
  const common = { spec_version: '2.1', created_by_ref: identityId };
  const campaignIds = new Map<string, string>();
  for (const c of input.campaigns) {
    const id = `campaign--${uuidV5(`campaign|${c.id}`)}`;
    campaignIds.set(c.id, id);
    const first = stixTime(c.first_seen ?? undefined, created);
    const last = maxTime(stixTime(c.last_seen ?? undefined, first), first);
    objects.push({
      type: 'campaign',
      ...common,
      id,
      created: first,
      modified: last,
      name: `Dragnet ${c.id}`,
      description: c.summary,
      first_seen: first,
      last_seen: last,
      objective: c.brands.length > 0 ? `Fraud impersonating ${c.brands.join(', ')}` : 'Fraud',
      extensions: {
        [DRAGNET_EXTENSION_ID]: compact({
          extension_type: 'property-extension',
          evidence_count: c.size,
          verdicts: c.verdicts,
          languages: c.languages,
          url_patterns: c.url_patterns,
          brands: c.brands,
        }),
      },
    });
  }
  const scos = new Map<string, StixObject>();
  for (const ind of input.indicators) {
    const pattern = indicatorPattern(ind.type, ind.value);
    const sco = indicatorSco(ind.type, ind.value, ind.cluster ? { cluster: ind.cluster } : {});
    const mapping = INDICATOR_TYPES[ind.type];
    if (!pattern || !sco || !mapping) continue;
    if (!scos.has(sco.id)) scos.set(sco.id, sco);
    const first = stixTime(ind.first_seen, created);
    const last = maxTime(stixTime(ind.last_seen, first), first);
    const indicatorId = `indicator--${uuidV5(`indicator|${ind.type}|${ind.value}`)}`;
    objects.push({
      type: 'indicator',
      ...common,
      id: indicatorId,
      created: first,
      modified: last,
      name: `${ind.type} ${ind.value}`,
      indicator_types: ['malicious-activity'],
      pattern,
      pattern_type: 'stix',
      pattern_version: '2.1',
      valid_from: first,
      extensions: {
        [DRAGNET_EXTENSION_ID]: compact({
          extension_type: 'property-extension',
          evidence_count: ind.evidence.length,
          verdicts: ind.verdicts,
        }),
      },
    });
    objects.push(relationship(common, 'based-on', indicatorId, sco.id, first, last));
    for (const cid of ind.campaigns) {
      const target = campaignIds.get(cid);
      if (target) objects.push(relationship(common, 'indicates', indicatorId, target, first, last));
    }
  }
  objects.push(...scos.values());
  const scope = input.campaignId ?? 'case';
  const refs = objects
    .filter((o) => o.type !== 'extension-definition' && o.id !== identityId)
    .map((o) => o.id);
  objects.push({
    type: 'report',
    ...common,
    id: `report--${uuidV5(`report|${input.caseId}|${scope}`)}`,
    created: maxTime(created, now),
    modified: maxTime(created, now),
    name: input.campaignId ? `Dragnet campaign ${input.campaignId}` : `Dragnet case ${input.caseName}`,
    description: `${input.campaigns.length} campaign(s) and ${scos.size} indicator(s) exported by Dragnet.`,
    report_types: input.campaignId ? ['campaign'] : ['threat-report'],
    published: maxTime(created, now),
    object_refs: refs.length > 0 ? refs : [identityId],
  });
  return { type: 'bundle', id: `bundle--${uuidV5(`bundle|${input.caseId}|${scope}`)}`, objects };
}

/** STIX forbids empty lists and dictionaries: drop them (and undefined values). */
function compact(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) continue;
    out[k] = v;
  }
  return out;
}

function relationship(
  common: Record<string, unknown>,
  type: string,
  source: string,
  target: string,
  created: string,
  modified: string,
): StixObject {
  return {
    type: 'relationship',
    ...common,
    id: `relationship--${uuidV5(`relationship|${type}|${source}|${target}`)}`,
    created,
    modified,
    relationship_type: type,
    source_ref: source,
    target_ref: target,
  };
}
