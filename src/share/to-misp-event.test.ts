import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { syntheticShareInput } from '../../test/fixtures/share/synthetic-share-input.js';
import { MISP_CATEGORY_TYPES } from './misp-templates.js';
import { parseMispEvent } from './parse-misp-event.js';
import { toMispEvent } from './to-misp-event.js';

const TEMPLATES = fileURLToPath(new URL('../../test/fixtures/share/misp-objects/objects/', import.meta.url));
/** The MISP core format RFC text (reference only, not vendored): used when present. */
const RFC = fileURLToPath(
  new URL('../../../shared/reference/sharing/misp-core-format/misp-core-format-rfc.md', import.meta.url),
);

interface Template {
  name: string;
  uuid: string;
  version: number;
  'meta-category': string;
  description: string;
  attributes: Record<string, { 'misp-attribute': string; categories?: string[] }>;
  requiredOneOf?: string[];
  required?: string[];
}
const template = (name: string): Template =>
  JSON.parse(readFileSync(`${TEMPLATES}${name}.json`, 'utf8')) as Template;

/** category → allowed types, parsed from the RFC's "type" section. */
function rfcCategories(): Map<string, Set<string>> {
  const text = readFileSync(RFC, 'utf8');
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(/^([A-Z][A-Za-z ]+)\n:\s+(.+)$/gm)) {
    out.set(m[1] as string, new Set((m[2] as string).split(',').map((s) => s.trim())));
  }
  return out;
}

describe('toMispEvent', () => {
  const input = syntheticShareInput();
  const event = toMispEvent(input);
  const allAttributes = [...event.Event.Attribute, ...event.Event.Object.flatMap((o) => o.Attribute)];

  it('puts IBANs in bank-account, wallets in coin-address, phones in phone-number, lures in email', () => {
    const by = (name: string) => event.Event.Object.filter((o) => o.name === name);
    expect(by('bank-account')[0]?.Attribute[0]).toMatchObject({
      object_relation: 'iban',
      type: 'iban',
      value: 'GB82WEST12345698765432',
      category: 'Financial fraud',
    });
    expect(
      by('coin-address')
        .map((o) => o.Attribute[0]?.type)
        .sort(),
    ).toEqual(['btc', 'text']);
    expect(by('phone-number')).toHaveLength(2);
    const lure = by('email')[0];
    expect(lure?.Attribute.map((a) => a.object_relation)).toContain('from');
    expect(JSON.stringify(event)).not.toContain('friend0@example.org'); // ham stays in the case
  });

  it('follows the official misp-objects templates (uuid, version, relations, attribute types, required fields)', () => {
    for (const o of event.Event.Object) {
      const t = template(o.name);
      expect(o.template_uuid.toLowerCase()).toBe(t.uuid.toLowerCase());
      expect(o.template_version).toBe(String(t.version));
      expect(o['meta-category']).toBe(t['meta-category']);
      expect(o.description).toBe(t.description);
      for (const a of o.Attribute) {
        const def = t.attributes[a.object_relation ?? ''];
        expect(def, `${o.name}.${a.object_relation}`).toBeDefined();
        expect(a.type).toBe(def?.['misp-attribute']);
        if (def?.categories) expect(def.categories).toContain(a.category);
      }
      const relations = new Set(o.Attribute.map((a) => a.object_relation));
      for (const r of t.required ?? []) expect(relations.has(r)).toBe(true);
      if (t.requiredOneOf) expect(t.requiredOneOf.some((r) => relations.has(r))).toBe(true);
    }
  });

  it.skipIf(!existsSync(RFC))('uses only category/type pairs the MISP core format allows', () => {
    const allowed = rfcCategories();
    expect(allowed.get('Financial fraud')?.has('iban')).toBe(true);
    for (const a of allAttributes)
      expect(allowed.get(a.category)?.has(a.type), `${a.category}/${a.type}`).toBe(true);
  });

  it('has every field the MISP core format says MUST be present', () => {
    for (const k of [
      'uuid',
      'info',
      'published',
      'date',
      'timestamp',
      'publish_timestamp',
      'org_id',
      'orgc_id',
      'distribution',
    ]) {
      expect(event.Event).toHaveProperty(k);
    }
    for (const org of [event.Event.Org, event.Event.Orgc])
      expect(Object.keys(org).sort()).toEqual(['id', 'name', 'uuid']);
    expect(event.Event.attribute_count).toBe(String(allAttributes.length));
    for (const a of allAttributes) {
      for (const k of [
        'uuid',
        'type',
        'category',
        'to_ids',
        'event_id',
        'distribution',
        'timestamp',
        'deleted',
        'value',
      ])
        expect(a).toHaveProperty(k);
    }
    for (const o of event.Event.Object) {
      for (const k of [
        'uuid',
        'name',
        'meta-category',
        'template_uuid',
        'template_version',
        'timestamp',
        'distribution',
        'deleted',
      ])
        expect(o).toHaveProperty(k);
    }
  });

  it('declares categories consistently with its own table', () => {
    for (const a of allAttributes) expect(MISP_CATEGORY_TYPES[a.category]).toContain(a.type);
    for (const a of allAttributes) expect(typeof a.to_ids).toBe('boolean');
    expect(allAttributes.find((a) => a.type === 'url')?.to_ids).toBe(true);
    expect(allAttributes.find((a) => a.type === 'phone-number')?.to_ids).toBe(false);
  });

  it('is deterministic and round-trips: importing our export yields exactly our indicators', () => {
    expect(JSON.stringify(toMispEvent(syntheticShareInput()))).toBe(JSON.stringify(event));
    const res = parseMispEvent(JSON.stringify(event), 'ours.json');
    if (!res.ok) throw new Error(res.problems[0]?.message);
    expect(res.value.errors).toEqual([]);
    const imported = new Set(res.value.indicators.map((i) => `${i.type} ${i.value}`));
    expect(imported).toEqual(new Set(input.indicators.map((i) => `${i.type} ${i.value}`)));
    const uuids = allAttributes.map((a) => a.uuid);
    expect(new Set(uuids).size).toBe(uuids.length);
  });
});
