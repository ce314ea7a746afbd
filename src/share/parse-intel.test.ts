import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseIntel } from './import-intel-file.js';
import { parseMispEvent } from './parse-misp-event.js';
import { parseStixBundle, patternIndicators } from './parse-stix-bundle.js';

const EXAMPLES = fileURLToPath(new URL('../../test/fixtures/share/stix21/examples/', import.meta.url));
const PYMISP = fileURLToPath(new URL('../../test/fixtures/share/pymisp/', import.meta.url));
const id = (type: string, n: number) => `${type}--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('parseStixBundle', () => {
  it('reads the official C2 example: the indicator pattern becomes an IP indicator', () => {
    const res = parseStixBundle(
      readFileSync(`${EXAMPLES}indicator-for-c2-ip-address.json`, 'utf8'),
      'c2.json',
    );
    if (!res.ok) throw new Error('rejected');
    expect(res.value.indicators.map((i) => `${i.type} ${i.value}`)).toContain('ipv4 10.0.0.0');
  });

  it('reads every official example without rejecting it', () => {
    for (const f of readdirSync(EXAMPLES).filter((x) => x.endsWith('.json'))) {
      const text = readFileSync(`${EXAMPLES}${f}`, 'utf8');
      const res = parseStixBundle(text, f);
      if (JSON.parse(text).type === 'bundle') expect(res.ok, f).toBe(true);
      else expect(res.ok).toBe(false); // a lone object is not a bundle
    }
  });

  it('rejects whole: not JSON, not a bundle, too many objects', () => {
    expect(parseStixBundle('{"type": "bundle", "objects": [', 'x').ok).toBe(false);
    expect(parseStixBundle('{"type": "report"}', 'x').ok).toBe(false);
    expect(parseStixBundle('{"type": "bundle"}', 'x').ok).toBe(false);
    const many = JSON.stringify({
      type: 'bundle',
      id: id('bundle', 1),
      objects: Array.from({ length: 11 }, (_, i) => ({
        type: 'url',
        id: id('url', i),
        value: `http://x/${i}`,
      })),
    });
    const res = parseStixBundle(many, 'big.json', { maxBytes: 1e6, maxObjects: 10, maxValueLength: 100 });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.problems[0]?.message).toContain('exceed the limit of 10');
  });

  it('imports partially with a per-object error list: unknown types, bad ids, dangling refs, odd patterns', () => {
    const bundle = {
      type: 'bundle',
      id: id('bundle', 1),
      objects: [
        { type: 'url', id: id('url', 1), value: 'https://evil.example/login' },
        { type: 'x-unknown-thing', id: id('x-unknown-thing', 2) },
        { type: 'url', id: 'url--not-a-uuid', value: 'https://x' },
        {
          type: 'relationship',
          id: id('relationship', 3),
          relationship_type: 'indicates',
          source_ref: id('indicator', 9),
          target_ref: id('url', 1),
        },
        {
          type: 'indicator',
          id: id('indicator', 4),
          pattern: "[process:name = 'evil.exe']",
          pattern_type: 'stix',
          valid_from: '2026-01-01T00:00:00Z',
        },
        {
          type: 'indicator',
          id: id('indicator', 5),
          pattern: 'rule x {}',
          pattern_type: 'yara',
          valid_from: '2026-01-01T00:00:00Z',
        },
        {
          type: 'cryptocurrency-wallet',
          id: id('cryptocurrency-wallet', 6),
          value: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
        },
        42,
      ],
    };
    const res = parseStixBundle(JSON.stringify(bundle), 'partner.json');
    if (!res.ok) throw new Error('rejected');
    expect(res.value.indicators.map((i) => `${i.type} ${i.value}`)).toEqual([
      'url https://evil.example/login',
      'btc 1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
    ]);
    expect(res.value.errors.map((e) => e.message)).toEqual([
      'unsupported object type "x-unknown-thing"',
      'invalid id for a url',
      `source_ref ${id('indicator', 9)} is not in the bundle`,
      'no supported equality comparison in pattern',
      'pattern type "yara" is not read',
      'not a JSON object',
    ]);
  });

  it('reads equality comparisons out of compound patterns, unescaping literals', () => {
    expect(
      patternIndicators(
        "[url:value = 'http://a/it\\'s' OR domain-name:value = 'b.example'] AND [file:hashes.'SHA-256' = 'AB']",
      ),
    ).toEqual([
      { type: 'url', value: "http://a/it's" },
      { type: 'domain', value: 'b.example' },
      { type: 'sha256', value: 'AB' },
    ]);
  });
});

describe('parseMispEvent', () => {
  it('reads the PyMISP example events (objects and attributes) without rejecting them', () => {
    for (const f of ['event_obj_attr_tag.json', 'existing_event.json', 'event.json', 'event_tags.json']) {
      const res = parseMispEvent(readFileSync(`${PYMISP}${f}`, 'utf8'), f);
      expect(res.ok, f).toBe(true);
    }
    const res = parseMispEvent(readFileSync(`${PYMISP}event_obj_attr_tag.json`, 'utf8'), 'x');
    if (res.ok) expect(res.value.indicators.map((i) => i.value)).toContain('https://www.circl.lu');
  });

  it('rejects whole: not JSON, not an event, too many attributes', () => {
    expect(parseMispEvent('nope', 'x').ok).toBe(false);
    expect(parseMispEvent(readFileSync(`${PYMISP}simple.json`, 'utf8'), 'simple.json').ok).toBe(false); // `{}`
    expect(parseMispEvent('[1,2]', 'x').ok).toBe(false);
    expect(parseMispEvent('{"Event": {"info": "x", "Attribute": {}}}', 'x').ok).toBe(false);
    const big = {
      Event: {
        info: 'x',
        Attribute: Array.from({ length: 5 }, (_, i) => ({ type: 'url', value: `http://x/${i}` })),
      },
    };
    expect(
      parseMispEvent(JSON.stringify(big), 'x', { maxBytes: 1e6, maxObjects: 4, maxValueLength: 100 }).ok,
    ).toBe(false);
  });

  it('imports partially: malformed attributes and objects are listed, the rest kept', () => {
    const ev = {
      Event: {
        info: 'Partner report',
        Attribute: [
          { uuid: 'a1', type: 'iban', category: 'Financial fraud', value: 'GB82 WEST 1234 5698 7654 32' },
          { uuid: 'a2', type: 'ip-dst' },
          { uuid: 'a3', type: 'email-subject', value: 'Hello' },
          'junk',
        ],
        Object: [
          {
            uuid: 'o1',
            name: 'coin-address',
            Attribute: [
              {
                type: 'text',
                object_relation: 'address-crypto',
                value: '0x52908400098527886E0F7030069857D2E4169EE7',
              },
              { type: 'text', object_relation: 'symbol', value: 'ETH' },
            ],
          },
          { uuid: 'o2' },
        ],
      },
    };
    const res = parseMispEvent(JSON.stringify(ev), 'p.json');
    if (!res.ok) throw new Error('rejected');
    expect(res.value.indicators.map((i) => `${i.type} ${i.value}`)).toEqual([
      'iban GB82WEST12345698765432',
      'eth 0x52908400098527886e0f7030069857d2e4169ee7',
    ]);
    expect(res.value.errors).toEqual([
      { object: 'a2', message: 'attribute without a string "type" and "value"' },
      { object: 'Attribute[3]', message: 'attribute is not a JSON object' },
      { object: 'o2', message: 'object without a "name" and an "Attribute" array' },
    ]);
  });
});

describe('parseIntel', () => {
  it('tells STIX from MISP and refuses non-UTF-8', () => {
    expect(parseIntel(Buffer.from('{"type":"bundle","id":"x","objects":[]}'), 'a').ok).toBe(true);
    const misp = parseIntel(Buffer.from('{"Event":{"info":"e","Attribute":[]}}'), 'b');
    expect(misp.ok && misp.value.format).toBe('misp');
    expect(parseIntel(Buffer.from([0xff, 0xfe, 0x00]), 'c').ok).toBe(false);
  });
});
