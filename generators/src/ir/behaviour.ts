// Reads the behaviour the spec states as data: the root's `x-connectfi-resources` and, per operation,
// `x-connectfi-behaviour`, the machine-readable part of `x-connectfi-sandbox` and `x-connectfi-prerequisites`
// (openapi/README.md "Sandbox behaviour"). Lint checks the cross-references (errors, lifecycles, resources); this
// reader stops only on shapes that would make a consumer act wrongly, naming where the bad entry is.
import { deref } from '../spec/examples.ts';
import { componentName, propertiesOf, requiredOf } from './schema-walk.ts';
import type { BehaviourIR, BehaviourKind, ConditionIR, EncryptedFieldIR, FieldIR, KeptPart, MatchIR, OutcomeIR, PrerequisiteIR, ProjectionIR, ResourceIR, TriggerIR } from './behaviour-types.ts';

/** The behaviour's keys that name the error example answered in one situation (openapi/README.md "Declared errors"). */
export const DECLARED_ERROR_KEYS = ['refused', 'decryptError', 'notFound', 'duplicate', 'wrongPassword', 'badDateRange'] as const;
export const BEHAVIOUR_KINDS: BehaviourKind[] = ['create', 'validate', 'get', 'query', 'list', 'export', 'update', 'transition', 'auth', 'password', 'health', 'static'];
export const CONDITION_OPERATORS = ['eq', 'ne', 'in', 'gt', 'gte', 'lt', 'lte', 'between', 'pattern', 'exists'] as const;
const RESOURCE_FIDELITIES = new Set(['documented', 'partial', 'designed']);
const RULE_FIDELITIES = new Set(['documented', 'designed']);

const isObject = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);
const fail = (where: string, what: string): never => {
  throw new Error(`${where}: ${what} (see openapi/README.md#sandbox-behaviour)`);
};

/** The JSON types a property allows, looking through `allOf`/`$ref` wrappers and `const`/`enum`. */
function typesOf(spec: any, schema: any): string[] {
  const node = deref(spec, schema);
  if (!isObject(node)) return [];
  if (node.type) return Array.isArray(node.type) ? node.type : [node.type];
  for (const part of node.allOf ?? []) {
    const inner = typesOf(spec, part);
    if (inner.length) return inner;
  }
  const values = node.const !== undefined ? [node.const] : node.enum;
  if (Array.isArray(values)) return [...new Set(values.map((v: unknown) => (v === null ? 'null' : typeof v)))];
  return [];
}

/** The first `format`/`enum`/component name found on a property or the schemas it wraps with `allOf`. */
function facetOf(spec: any, schema: any, key: 'format' | 'enum'): any {
  const node = deref(spec, schema);
  if (!isObject(node)) return undefined;
  if (node[key] !== undefined) return node[key];
  for (const part of node.allOf ?? []) {
    const inner = facetOf(spec, part, key);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

/**
 * The record's top-level properties. A `oneOf` record (an individual or a business customer) has the union of its
 * branches' properties; a property is required only when every branch requires it.
 */
export function fieldsOf(spec: any, schemaName: string): FieldIR[] {
  const root = spec.components?.schemas?.[schemaName];
  const branches: any[] = Array.isArray(root?.oneOf) && root.oneOf.length ? root.oneOf : [root];
  const fields = new Map<string, FieldIR>();
  const requiredSets = branches.map((b) => new Set(requiredOf(spec, b)));
  for (const branch of branches) {
    for (const [name, prop] of Object.entries<any>(propertiesOf(spec, branch))) {
      if (fields.has(name)) continue;
      const raw = deref(spec, branch)?.properties?.[name];
      const field: FieldIR = { name, types: typesOf(spec, prop), required: requiredSets.every((s) => s.has(name)) };
      const format = facetOf(spec, prop, 'format');
      const values = facetOf(spec, prop, 'enum');
      const ref = componentName(raw) ?? componentName(prop?.allOf?.length === 1 ? prop.allOf[0] : undefined);
      if (format !== undefined) field.format = format;
      if (values !== undefined) field.enum = values;
      if (ref) field.schemaName = ref;
      fields.set(name, field);
    }
  }
  return [...fields.values()];
}

export function resourcesOf(spec: any): ResourceIR[] {
  const map = spec['x-connectfi-resources'];
  if (map === undefined) return [];
  if (!isObject(map)) fail('x-connectfi-resources', 'must be a map of resource name to its declaration');
  return Object.entries<any>(map).map(([name, r]) => {
    const where = `x-connectfi-resources.${name}`;
    if (!isObject(r)) fail(where, 'must be an object');
    const schemaName = r.schema ?? name;
    if (!spec.components?.schemas?.[schemaName]) fail(where, `schema "${schemaName}" is not a component schema`);
    if (typeof r.idField !== 'string') fail(where, 'needs idField');
    if (typeof r.idPrefix !== 'string') fail(where, 'needs idPrefix');
    if (!RESOURCE_FIDELITIES.has(r.fidelity)) fail(where, 'fidelity must be documented, partial or designed');
    const resource: ResourceIR = {
      name,
      schemaName,
      fields: fieldsOf(spec, schemaName),
      idField: r.idField,
      idPrefix: r.idPrefix,
      sensitive: Array.isArray(r.sensitive) ? r.sensitive : [],
      fidelity: r.fidelity,
    };
    if (typeof r.referenceField === 'string') resource.referenceField = r.referenceField;
    if (r.idPrefixBy !== undefined) {
      const by = r.idPrefixBy;
      if (!isObject(by) || typeof by.field !== 'string' || !isObject(by.prefixes) || !Object.values(by.prefixes).every((v) => typeof v === 'string')) fail(where, 'idPrefixBy must be { field, prefixes: { value: prefix } }');
      resource.idPrefixBy = { field: by.field, prefixes: by.prefixes };
    }
    if (r.status !== undefined) {
      if (!isObject(r.status) || typeof r.status.field !== 'string' || typeof r.status.lifecycle !== 'string') fail(where, 'status must be { field, lifecycle }');
      resource.status = { field: r.status.field, lifecycle: r.status.lifecycle };
      const by = r.status.lifecycleBy;
      if (by !== undefined) {
        if (!isObject(by) || typeof by.field !== 'string' || !isObject(by.lifecycles) || !Object.values(by.lifecycles).every((v) => typeof v === 'string'))
          fail(where, 'status.lifecycleBy must be { field, lifecycles: { value: StatusEnum } }');
        resource.status.lifecycleBy = { field: by.field, lifecycles: by.lifecycles };
      }
    }
    if (r.updates !== undefined) {
      const u = r.updates;
      if (!isObject(u) || typeof u.resource !== 'string' || typeof u.lookup !== 'string' || !/^record\.\w+$/.test(u.lookup) || !isObject(u.set))
        fail(where, 'updates must be { resource, lookup: record.<field>, set: { field: projection } }');
      resource.updates = { resource: u.resource, lookup: u.lookup, set: Object.fromEntries(Object.entries(u.set).map(([k, v]) => [k, projectionOf(`${where}.updates.set.${k}`, v)])) };
    }
    if (r.postedAs !== undefined) {
      const p = r.postedAs;
      if (!isObject(p) || typeof p.resource !== 'string' || !isObject(p.set) || !(p.fidelity === 'documented' || p.fidelity === 'designed'))
        fail(where, 'postedAs must be { resource, set: { field: projection }, fidelity: documented | designed }');
      resource.postedAs = { resource: p.resource, set: Object.fromEntries(Object.entries(p.set).map(([k, v]) => [k, projectionOf(`${where}.postedAs.set.${k}`, v)])), fidelity: p.fidelity };
    }
    if (r.webhook !== undefined) {
      if (!isObject(r.webhook) || typeof r.webhook.name !== 'string' || typeof r.webhook.urlField !== 'string') fail(where, 'webhook must be { name, urlField }');
      resource.webhook = { name: r.webhook.name, urlField: r.webhook.urlField };
    }
    return resource;
  });
}

export function conditionOf(where: string, value: unknown): ConditionIR {
  if (!isObject(value)) return fail(where, `a condition is an object with one operator (${CONDITION_OPERATORS.join(', ')})`);
  const keys = Object.keys(value);
  if (keys.length !== 1 || !(CONDITION_OPERATORS as readonly string[]).includes(keys[0])) {
    return fail(where, `a condition has exactly one operator of ${CONDITION_OPERATORS.join(', ')}; got ${keys.join(', ') || 'none'}`);
  }
  const [op] = keys;
  const v = (value as any)[op];
  const numeric = ['gt', 'gte', 'lt', 'lte'].includes(op);
  if (numeric && typeof v !== 'number') fail(where, `${op} takes a number`);
  if (op === 'between' && !(Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number') && v[0] < v[1])) fail(where, 'between takes [lower, upper] numbers, lower < upper');
  if (op === 'in' && !(Array.isArray(v) && v.length)) fail(where, 'in takes a non-empty list');
  if (op === 'exists' && typeof v !== 'boolean') fail(where, 'exists takes true or false');
  if (op === 'pattern') {
    if (typeof v !== 'string') fail(where, 'pattern takes a regular expression source');
    try {
      new RegExp(v, 'i');
    } catch (e) {
      fail(where, `pattern does not compile: ${(e as Error).message}`);
    }
  }
  return { [op]: v } as ConditionIR;
}

export function matchOf(where: string, value: unknown): MatchIR {
  if (value === undefined) return {};
  if (!isObject(value)) return fail(where, 'match is a map of value path to condition');
  return Object.fromEntries(Object.entries(value).map(([path, cond]) => [path, conditionOf(`${where}.${path}`, cond)]));
}

function outcomeOf(where: string, value: unknown): OutcomeIR {
  if (!isObject(value)) return fail(where, 'outcome is { error } | { status, set? } | { transition, set? }');
  const kinds = ['error', 'status', 'transition'].filter((k) => value[k] !== undefined);
  if (kinds.length !== 1 || typeof value[kinds[0]] !== 'string') fail(where, 'outcome has exactly one of error, status or transition, naming it as text');
  if (value.set !== undefined && (!isObject(value.set) || kinds[0] === 'error')) fail(where, 'set is a map of record field to value, beside status or transition');
  const [kind] = kinds;
  if (kind === 'error') return { error: value.error };
  const out: any = { [kind]: value[kind] };
  if (value.set) out.set = value.set;
  return out as OutcomeIR;
}

export function behaviourOf(where: string, value: unknown): BehaviourIR | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value) || !BEHAVIOUR_KINDS.includes(value.kind)) return fail(`${where} x-connectfi-behaviour`, `kind must be one of ${BEHAVIOUR_KINDS.join(', ')}`);
  const out: BehaviourIR = { kind: value.kind };
  for (const key of ['resource', 'lookup', 'lookupField', 'to', 'status'] as const) if (typeof value[key] === 'string') (out as any)[key] = value[key];
  if (isObject(value.filters)) out.filters = value.filters;
  if (isObject(value.set)) out.set = value.set;
  for (const key of DECLARED_ERROR_KEYS) {
    const r = value[key];
    if (r === undefined) continue;
    if (!isObject(r) || typeof r.error !== 'string' || !RULE_FIDELITIES.has(r.fidelity)) fail(`${where} x-connectfi-behaviour.${key}`, 'is { error: <error example name>, fidelity: documented | designed }');
    out[key] = { error: r.error, fidelity: r.fidelity };
  }
  if (value.answer !== undefined) out.answer = projectionOf(`${where} x-connectfi-behaviour.answer`, value.answer);
  if (value.merge !== undefined) out.merge = projectionOf(`${where} x-connectfi-behaviour.merge`, value.merge);
  return out;
}

const TEMPLATE = /^\{[^{}]+\}$/;

/** An answer projection (behaviour-types.ts ProjectionIR): `$` forms have exactly their keys and a value path. */
export function projectionOf(where: string, value: unknown): ProjectionIR {
  if (Array.isArray(value)) return value.map((v, i) => projectionOf(`${where}[${i}]`, v));
  if (!isObject(value)) return value as ProjectionIR;
  const dollar = Object.keys(value).filter((k) => k.startsWith('$'));
  if (!dollar.length) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, projectionOf(`${where}.${k}`, v)]));
  if ('$from' in value) {
    const extra = dollar.filter((k) => !['$from', '$map', '$default', '$as'].includes(k));
    if (extra.length || Object.keys(value).length !== dollar.length) fail(where, `{ $from, $map?, $default?, $as? } takes no other keys; got ${Object.keys(value).join(', ')}`);
    if (value.$map !== undefined && (!isObject(value.$map) || Object.values(value.$map).some((v) => typeof v === 'object' && v !== null))) fail(where, '$map maps values to values ({ Approved: APPROVED })');
    if (typeof value.$from !== 'string' || TEMPLATE.test(value.$from)) fail(where, '$from is a value path without braces (record.kycStatus)');
    if (value.$as !== undefined && value.$as !== 'number' && value.$as !== 'string') fail(where, '$as is number or string');
    return value as ProjectionIR;
  }
  if ('$each' in value) {
    if (Object.keys(value).length !== 2 || !('$item' in value)) fail(where, `{ $each, $item } takes exactly those keys; got ${Object.keys(value).join(', ')}`);
    if (typeof value.$each !== 'string' || TEMPLATE.test(value.$each)) fail(where, '$each is a value path without braces (record.customer.phones)');
    return { $each: value.$each, $item: projectionOf(`${where}.$item`, value.$item) };
  }
  for (const [form, keys] of [
    ['$find', ['$find', '$where']],
    ['$put', ['$put', '$where', '$item']],
  ] as const) {
    if (!(form in value)) continue;
    if (Object.keys(value).length !== keys.length || keys.some((k) => !(k in value))) fail(where, `{ ${keys.join(', ')} } takes exactly those keys; got ${Object.keys(value).join(', ')}`);
    if (typeof value[form] !== 'string' || TEMPLATE.test(value[form] as string)) fail(where, `${form} is a value path without braces (record.employees)`);
    if (!isObject(value.$where) || !Object.keys(value.$where).length) fail(where, "$where maps item fields to values ({ employeeId: '{body.employeeId}' })");
    const whereOf = Object.fromEntries(Object.entries(value.$where as Record<string, unknown>).map(([k, v]) => [k, projectionOf(`${where}.$where.${k}`, v)]));
    return form === '$find' ? { $find: value.$find as string, $where: whereOf } : { $put: value.$put as string, $where: whereOf, $item: projectionOf(`${where}.$item`, value.$item) };
  }
  return fail(where, `an object with $ keys is { $from, $default?, $as? }, { $each, $item }, { $find, $where } or { $put, $where, $item }; got ${dollar.join(', ')}`);
}

const PLAINTEXTS = new Set(['number', 'card', 'secret']);
const KEPT_PARTS = new Set<KeptPart>(['last4', 'bin', 'masked', 'maskedCard']);

/** A property schema's `x-connectfi-encrypted`, on it or on what it wraps (`$ref`, `allOf`). */
function encryptedMark(spec: any, schema: any, seen = new Set<any>()): any {
  const node = deref(spec, schema);
  if (!isObject(node) || seen.has(node)) return undefined;
  seen.add(node);
  if (node['x-connectfi-encrypted'] !== undefined) return node['x-connectfi-encrypted'];
  for (const part of node.allOf ?? []) {
    const mark = encryptedMark(spec, part, seen);
    if (mark !== undefined) return mark;
  }
  return undefined;
}

/**
 * The request body's ciphertext properties: every property (through `$ref`, `allOf`, `oneOf`, `anyOf` and nested
 * objects) whose schema carries `x-connectfi-encrypted: { plaintext, keep, keyField? }`.
 */
export function encryptedFieldsOf(where: string, spec: any, bodySchema: any): EncryptedFieldIR[] {
  const found = new Map<string, EncryptedFieldIR>();
  const visit = (schema: any, prefix: string, depth: number, seen: Set<any>) => {
    const node = deref(spec, schema);
    if (!isObject(node) || seen.has(node) || depth > 6) return;
    const inner = new Set(seen).add(node);
    for (const part of [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])]) visit(part, prefix, depth + 1, inner);
    for (const [name, prop] of Object.entries<any>(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${name}` : name;
      const mark = encryptedMark(spec, prop);
      if (mark === undefined) {
        visit(prop, path, depth + 1, inner);
        continue;
      }
      const at = `${where} ${path} x-connectfi-encrypted`;
      if (!isObject(mark) || !PLAINTEXTS.has(mark.plaintext)) fail(at, 'is { plaintext: number | card | secret, keep: { property: part }, keyField? }');
      const keep = mark.keep ?? {};
      if (!isObject(keep) || !Object.values(keep).every((v) => KEPT_PARTS.has(v as KeptPart))) fail(at, `keep maps a property to one of ${[...KEPT_PARTS].join(', ')}`);
      if (mark.plaintext === 'secret' && Object.keys(keep).length) fail(at, 'a secret (a PIN block) keeps nothing');
      const field: EncryptedFieldIR = { path, plaintext: mark.plaintext, keep: keep as Record<string, KeptPart> };
      if (typeof mark.keyField === 'string') field.keyField = mark.keyField;
      found.set(path, field);
    }
  };
  visit(bodySchema, '', 0, new Set());
  return [...found.values()];
}

/** The entries of `x-connectfi-sandbox` that carry `match` and `outcome`; prose-only entries stay in `sandbox`. */
export function triggersOf(where: string, entries: unknown): TriggerIR[] {
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry, i) => {
    const at = `${where} x-connectfi-sandbox[${i}]`;
    if (!isObject(entry) || (entry.match === undefined && entry.outcome === undefined)) return [];
    if (entry.outcome === undefined) fail(at, 'a trigger with match needs an outcome');
    const on = entry.on ?? 'request';
    if (on !== 'request' && on !== 'record') fail(at, 'on is request or record');
    if (!RULE_FIDELITIES.has(entry.fidelity)) fail(at, 'fidelity must be documented or designed');
    const trigger: TriggerIR = {
      when: String(entry.when ?? ''),
      then: String(entry.then ?? ''),
      on,
      match: matchOf(`${at}.match`, entry.match),
      outcome: outcomeOf(`${at}.outcome`, entry.outcome),
      fidelity: entry.fidelity,
    };
    if (typeof entry.example === 'string') trigger.example = entry.example;
    return [trigger];
  });
}

export function prerequisitesOf(where: string, entries: unknown): PrerequisiteIR[] {
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) return fail(`${where} x-connectfi-prerequisites`, 'must be a list');
  return entries.map((entry, i) => {
    const at = `${where} x-connectfi-prerequisites[${i}]`;
    if (!isObject(entry) || typeof entry.that !== 'string') return fail(at, 'needs `that`, the prose the docs show');
    if (typeof entry.error !== 'string') fail(at, 'needs `error`, the name of an error example of the operation');
    if (!RULE_FIDELITIES.has(entry.fidelity)) fail(at, 'fidelity must be documented or designed');
    if (entry.exists === undefined && entry.match === undefined) fail(at, 'needs exists, match or both');
    const pre: PrerequisiteIR = { that: entry.that, error: entry.error, fidelity: entry.fidelity };
    if (entry.exists !== undefined) {
      const e = entry.exists;
      if (!isObject(e) || typeof e.resource !== 'string' || !isObject(e.where) || !Object.keys(e.where).length) fail(`${at}.exists`, 'is { resource, where: { field: value | "{path}" }, as? }');
      pre.exists = { resource: e.resource, where: e.where };
      if (typeof e.as === 'string') pre.exists.as = e.as;
    }
    if (entry.match !== undefined) pre.match = matchOf(`${at}.match`, entry.match);
    return pre;
  });
}
