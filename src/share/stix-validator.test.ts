import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createStixValidator, isIdnHostname, patternShapeProblem } from './stix-validator.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/share/stix21/', import.meta.url));
const validator = createStixValidator(path.join(FIXTURES, 'schemas'));

function examples(): string[] {
  const dir = path.join(FIXTURES, 'examples');
  const top = readdirSync(dir).filter((f) => f.endsWith('.json'));
  const reports = readdirSync(path.join(dir, 'threat-reports')).map((f) => path.join('threat-reports', f));
  return [...top, ...reports].map((f) => path.join(dir, f));
}

describe('STIX validator', () => {
  it.each(examples())('accepts the official example %s, every object', (file) => {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { type: string; objects?: unknown[] };
    if (doc.type === 'bundle') {
      expect(doc.objects?.length).toBeGreaterThan(0);
      expect(validator.validateBundle(doc)).toEqual([]);
    } else {
      expect(validator.validateObject(doc)).toEqual([]);
    }
  });

  it('rejects what the schemas catch: a bad timestamp, a missing required property', () => {
    const bundle = JSON.parse(
      readFileSync(path.join(FIXTURES, 'examples/indicator-for-c2-ip-address.json'), 'utf8'),
    );
    const ind = bundle.objects.find((o: { type: string }) => o.type === 'indicator');
    ind.created = '2026-01-01 10:00';
    delete ind.pattern;
    const problems = validator.validateBundle(bundle);
    expect(problems.some((p) => p.object === ind.id && /created|pattern/.test(p.message))).toBe(true);
  });

  it('rejects what the schemas cannot express: modified before created, dangling refs, wrong id prefix', () => {
    const bundle = JSON.parse(
      readFileSync(path.join(FIXTURES, 'examples/indicator-to-campaign-relationship.json'), 'utf8'),
    );
    const rel = bundle.objects.find((o: { type: string }) => o.type === 'relationship');
    rel.target_ref = 'campaign--00000000-0000-4000-8000-000000000000';
    const ind = bundle.objects.find((o: { type: string }) => o.type === 'indicator');
    ind.modified = '2000-01-01T00:00:00.000Z';
    const problems = validator.validateBundle(bundle).map((p) => p.message);
    expect(problems).toContain(
      `target_ref campaign--00000000-0000-4000-8000-000000000000 does not resolve in the bundle`,
    );
    expect(
      problems.some((m) => m.startsWith('modified (2000-01-01T00:00:00.000Z) must be at or after created')),
    ).toBe(true);
  });

  it('checks idn-hostname and pattern shape', () => {
    expect(isIdnHostname('xn--bcher-kva.example')).toBe(true);
    expect(isIdnHostname('bücher.example')).toBe(true);
    expect(isIdnHostname('bad_host!.com')).toBe(false);
    expect(patternShapeProblem("[url:value = 'http://a/]']")).toBeUndefined();
    expect(patternShapeProblem("[url:value = 'x'")).toBe('pattern has an unmatched [');
    expect(patternShapeProblem("[url:value = 'x]")).toBe('pattern has an unterminated string literal');
  });
});
