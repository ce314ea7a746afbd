/**
 * @module share/stix-validator
 * Validates STIX 2.1 bundles against the official OASIS JSON schemas (ajv in draft 2020-12 mode,
 * `unicodeRegExp: false` because the schemas use escapes the `u` flag rejects, and an
 * `idn-hostname` format ajv-formats lacks), object by object with the schema of its type, plus
 * the rules the schemas cannot express: `modified >= created`, `last_seen >= first_seen`,
 * `valid_until > valid_from`, id prefix = type, unique ids, and every `*_ref(s)` and extension
 * key resolving inside the bundle.
 *
 * The schemas are read from a directory (the OASIS `schemas/` folder) given by the caller.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { domainToASCII } from 'node:url';
import type { ValidateFunction } from 'ajv';
import ajvModule from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';

// Both packages are CommonJS and also export themselves as `.default`, which is what NodeNext types.
const Ajv2020 = ajvModule.default;
const addFormats = formatsModule.default;

export interface StixProblem {
  /** The object's id (or `objects[i]` when it has none); `bundle` for the envelope. */
  object: string;
  message: string;
}

export interface StixValidator {
  /** Problems found in a parsed bundle; empty when it is valid. */
  validateBundle(bundle: unknown): StixProblem[];
  /** Problems of one stand-alone object (its references are not resolved: there is no bundle). */
  validateObject(object: unknown): StixProblem[];
}

/** TLP marking definitions every STIX consumer knows; references to them need not resolve. */
const WELL_KNOWN_IDS: ReadonlySet<string> = new Set([
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed',
]);

const SCHEMA_FOLDERS = ['common', 'sdos', 'sros', 'observables'];
const TYPE_SCHEMA_FOLDERS = new Set(['sdos', 'sros', 'observables']);
const COMMON_TYPE_SCHEMAS = new Set(['marking-definition', 'language-content', 'extension-definition']);

/** True for a host name whose IDNA (punycode) form is a valid LDH host name. */
export function isIdnHostname(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  const ascii = domainToASCII(value);
  if (!ascii) return false;
  return ascii
    .replace(/\.$/, '')
    .split('.')
    .every((l) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(l));
}

/** Loads and compiles the schemas in `schemaDir` (the OASIS `schemas/` folder). */
export function createStixValidator(schemaDir: string): StixValidator {
  const ajv = new Ajv2020({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('idn-hostname', isIdnHostname);
  const byType = new Map<string, string>();
  for (const folder of SCHEMA_FOLDERS) {
    for (const file of readdirSync(path.join(schemaDir, folder)).sort()) {
      if (!file.endsWith('.json')) continue;
      const schema = JSON.parse(readFileSync(path.join(schemaDir, folder, file), 'utf8')) as { $id: string };
      ajv.addSchema(schema);
      const type = file.replace(/\.json$/, '');
      if (TYPE_SCHEMA_FOLDERS.has(folder) || COMMON_TYPE_SCHEMAS.has(type)) byType.set(type, schema.$id);
    }
  }
  const get = (id: string): ValidateFunction => {
    const v = ajv.getSchema(id);
    if (!v) throw new Error(`schema ${id} missing from ${schemaDir}`);
    return v;
  };
  const idOf = (folder: string, name: string): string =>
    `http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/${folder}/${name}.json`;
  const bundleSchema = get(idOf('common', 'bundle'));
  const core = get(idOf('common', 'core'));
  const scoCore = get(idOf('common', 'cyber-observable-core'));
  const validators = new Map<string, ValidateFunction>();
  for (const [type, id] of byType) validators.set(type, get(id));

  return {
    validateBundle(bundle: unknown): StixProblem[] {
      const problems: StixProblem[] = [];
      // The official bundle.json lists extension-definition nowhere, and its custom-object branch
      // needs exactly one of core / cyber-observable-core to match — both match an extension
      // definition, so no bundle carrying one could pass. Those objects are checked against
      // extension-definition.json below; the envelope is checked without them.
      const envelope =
        bundle !== null &&
        typeof bundle === 'object' &&
        Array.isArray((bundle as { objects?: unknown }).objects)
          ? {
              ...(bundle as Record<string, unknown>),
              objects: (bundle as { objects: unknown[] }).objects.filter(
                (o) => (o as { type?: unknown } | null)?.type !== 'extension-definition',
              ),
            }
          : bundle;
      if (!bundleSchema(envelope)) {
        problems.push({ object: 'bundle', message: ajv.errorsText(bundleSchema.errors).slice(0, 2000) });
      }
      const objects = (bundle as { objects?: unknown }).objects;
      if (!Array.isArray(objects)) return problems;
      const ids = new Set<string>();
      objects.forEach((o, i) => {
        const id = (o as { id?: unknown }).id;
        if (typeof id === 'string') ids.add(id);
        else problems.push({ object: `objects[${i}]`, message: 'missing id' });
      });
      const seen = new Set<string>();
      objects.forEach((o, i) => {
        const obj = (o ?? {}) as Record<string, unknown>;
        const name = typeof obj.id === 'string' ? obj.id : `objects[${i}]`;
        problems.push(...checkObject(obj, name, ids));
        const version = `${name}|${String(obj.modified ?? '')}`;
        if (seen.has(version))
          problems.push({ object: name, message: 'duplicate object (same id and modified)' });
        seen.add(version);
      });
      return problems;
    },
    validateObject(object: unknown): StixProblem[] {
      const obj = (object ?? {}) as Record<string, unknown>;
      return checkObject(obj, typeof obj.id === 'string' ? obj.id : 'object', undefined);
    },
  };

  function checkObject(
    obj: Record<string, unknown>,
    name: string,
    ids: ReadonlySet<string> | undefined,
  ): StixProblem[] {
    const out: StixProblem[] = [];
    const type = typeof obj.type === 'string' ? obj.type : '';
    // A custom object is an SCO when it declares itself one through a new-sco extension.
    const isSco = !validators.has(type) && JSON.stringify(obj.extensions ?? {}).includes('"new-sco"');
    const validate = validators.get(type) ?? (isSco ? scoCore : core);
    if (!validate(obj)) out.push({ object: name, message: ajv.errorsText(validate.errors) });
    for (const message of semanticProblems(obj, type, ids)) out.push({ object: name, message });
    return out;
  }
}

function semanticProblems(
  obj: Record<string, unknown>,
  type: string,
  ids: ReadonlySet<string> | undefined,
): string[] {
  const out: string[] = [];
  if (typeof obj.id === 'string' && !obj.id.startsWith(`${type}--`))
    out.push(`id ${obj.id} does not match type ${type}`);
  const order = (a: string, b: string, strict: boolean): void => {
    const x = obj[a];
    const y = obj[b];
    if (typeof x !== 'string' || typeof y !== 'string') return;
    const tx = Date.parse(x);
    const ty = Date.parse(y);
    if (strict ? ty <= tx : ty < tx)
      out.push(`${b} (${y}) must be ${strict ? 'after' : 'at or after'} ${a} (${x})`);
  };
  order('created', 'modified', false);
  order('first_seen', 'last_seen', false);
  order('valid_from', 'valid_until', true);
  order('start_time', 'stop_time', true);
  for (const [key, value] of Object.entries(obj)) {
    if (!ids) break;
    const refs = key.endsWith('_ref') ? [value] : key.endsWith('_refs') && Array.isArray(value) ? value : [];
    for (const ref of refs) {
      if (typeof ref === 'string' && !ids.has(ref) && !WELL_KNOWN_IDS.has(ref))
        out.push(`${key} ${ref} does not resolve in the bundle`);
    }
  }
  const ext = obj.extensions;
  if (ext && typeof ext === 'object') {
    for (const key of Object.keys(ext)) {
      if (ids && key.startsWith('extension-definition--') && !ids.has(key)) {
        out.push(`extension ${key} is not defined in the bundle`);
      }
    }
  }
  if (type === 'indicator' && obj.pattern_type === 'stix' && typeof obj.pattern === 'string') {
    const p = patternShapeProblem(obj.pattern);
    if (p) out.push(p);
  }
  return out;
}

/** Light structural check of a STIX pattern: balanced brackets outside quoted literals. */
export function patternShapeProblem(pattern: string): string | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === "'") quoted = false;
      continue;
    }
    if (c === "'") quoted = true;
    else if (c === '[') depth++;
    else if (c === ']' && --depth < 0) return 'pattern has an unmatched ]';
  }
  if (quoted) return 'pattern has an unterminated string literal';
  if (depth !== 0) return 'pattern has an unmatched [';
  if (!pattern.trim().startsWith('[') && !pattern.trim().startsWith('('))
    return 'pattern must start with [ or (';
  return undefined;
}
