// @ts-check
import { behaviourSites, isObject, recordProperties, resourcesOf, schemasByTitle } from './behaviourData.js';
import { fullyResolved } from './resolve.js';
import { finding } from './walk.js';

/** @typedef {import('./walk.js').Node} Node */
/** @typedef {import('./walk.js').JsonPath} JsonPath */

const ROOTS = ['record', 'body', 'path', 'query', 'principal'];
const TEMPLATE = /^\{([^{}]+)\}$/;

/** The `data` schema of the first 2xx JSON answer (the envelope's `data`, else the body). @param {Node} op @returns {Node | undefined} */
function answerSchema(op) {
  const [, response] = Object.entries(op.responses ?? {}).find(([status]) => /^2/.test(status)) ?? [];
  const [, media] = Object.entries(response?.content ?? {}).find(([type]) => /json/.test(type)) ?? [];
  const schema = media?.schema;
  return isObject(schema?.properties?.data) ? schema.properties.data : schema;
}

/**
 * Every schema a property name has in a schema and its allOf/oneOf/anyOf parts (a oneOf record's `customer` is an
 * individual's details in one branch and a business's in the other).
 * @param {unknown} schema @param {Set<object>} [seen] @returns {Record<string, Node[]>}
 */
function propertySchemas(schema, seen = new Set()) {
  /** @type {Record<string, Node[]>} */
  const out = {};
  if (!isObject(schema) || seen.has(schema)) return out;
  seen.add(schema);
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    for (const [name, list] of Object.entries(propertySchemas(part, seen))) (out[name] ??= []).push(...list);
  }
  for (const [name, prop] of Object.entries(isObject(schema.properties) ? schema.properties : {})) (out[name] ??= []).push(prop);
  return out;
}

/** The `required` names of a schema, own and through allOf. @param {unknown} schema @returns {string[]} */
function requiredOf(schema) {
  if (!isObject(schema)) return [];
  return [...(Array.isArray(schema.required) ? schema.required : []), ...(schema.allOf ?? []).flatMap(requiredOf)];
}

/**
 * An operation's `x-connectfi-behaviour.answer` builds what its answer schema documents: each object has the
 * properties its schema requires and no property the schema lacks (a `merge` builds part of the record: no property
 * the record lacks), `$each` builds an array, the `$` forms have
 * exactly their keys, and every value path starts at record, body, path, query, principal, a prerequisite's alias or
 * (inside `$item`) item, with `record.<field>` a field of the resource.
 * @param {Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function sandboxAnswer(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  const resources = resourcesOf(root);
  const byTitle = schemasByTitle(root);
  for (const site of behaviourSites(root)) {
    const b = site.behaviour;
    if (!isObject(b) || (b.answer === undefined && b.merge === undefined)) continue;
    /** @param {string} message @param {JsonPath} path */
    const report = (message, path) => results.push(finding(`${site.label}: ${path.includes('merge') ? 'merge' : 'answer'} ${message}`, 'answers', path));
    const resource = resources[b.resource];
    const recordSchema = resource ? byTitle.get(resource.schema ?? b.resource) : undefined;
    const fields = recordSchema ? recordProperties(recordSchema) : undefined;
    const aliases = site.prerequisites.map((p) => p?.exists?.as).filter((a) => typeof a === 'string');
    const [, media] = Object.entries(site.op.requestBody?.content ?? {}).find(([type]) => /json/.test(type)) ?? [];
    const bodyProps = recordProperties(media?.schema);
    /** @param {unknown} valuePath @param {boolean} inItem @param {JsonPath} path */
    const checkPath = (valuePath, inItem, path) => {
      const [head, field] = String(valuePath).split('.');
      if (head === 'item' && inItem) return;
      if (!ROOTS.includes(head) && !aliases.includes(head)) {
        report(`reads ${valuePath}, which starts at neither ${[...ROOTS, ...aliases].join(', ')}${inItem ? ' nor item' : ''}`, path);
        return;
      }
      if (head === 'record' && fields && field !== undefined && !(field in fields)) report(`reads ${valuePath}, but ${b.resource} has no field "${field}"; use one of ${Object.keys(fields).join(', ')}`, path);
      if (head === 'body' && field !== undefined && !(field in bodyProps)) report(`reads ${valuePath}, but the request body has no property "${field}"; use one of ${Object.keys(bodyProps).join(', ') || '(none)'}`, path);
    };
    let partial = false;
    /** @param {unknown} p @param {Node | undefined} schema @param {boolean} inItem @param {JsonPath} path @param {string} where */
    const walk = (p, schema, inItem, path, where) => {
      if (typeof p === 'string') {
        const whole = TEMPLATE.exec(p);
        if (whole) checkPath(whole[1], inItem, path);
        return;
      }
      if (Array.isArray(p)) {
        for (const [i, item] of p.entries()) walk(item, schema?.items, inItem, [...path, i], `${where}[${i}]`);
        return;
      }
      if (!isObject(p)) return;
      const dollar = Object.keys(p).filter((k) => k.startsWith('$'));
      if ('$from' in p) {
        const extra = Object.keys(p).filter((k) => !['$from', '$map', '$default', '$as'].includes(k));
        if (extra.length) report(`${where}: { $from, $map?, $default?, $as? } takes no ${extra.join(', ')}`, path);
        if (p.$map !== undefined && (!isObject(p.$map) || Object.values(p.$map).some((v) => isObject(v) || Array.isArray(v)))) report(`${where}: $map maps values to values ({ Approved: APPROVED })`, [...path, '$map']);
        if (typeof p.$from !== 'string' || TEMPLATE.test(p.$from)) report(`${where}: $from ${JSON.stringify(p.$from)} must be a value path without braces`, [...path, '$from']);
        else checkPath(p.$from, inItem, [...path, '$from']);
        if (p.$as !== undefined && p.$as !== 'number' && p.$as !== 'string') report(`${where}: $as ${JSON.stringify(p.$as)} must be number or string`, [...path, '$as']);
        return;
      }
      if ('$each' in p) {
        const extra = Object.keys(p).filter((k) => !['$each', '$item'].includes(k));
        if (extra.length || !('$item' in p)) report(`${where}: { $each, $item } takes exactly those keys; got ${Object.keys(p).join(', ')}`, path);
        if (typeof p.$each !== 'string' || TEMPLATE.test(p.$each)) report(`${where}: $each ${JSON.stringify(p.$each)} must be a value path without braces`, [...path, '$each']);
        else checkPath(p.$each, inItem, [...path, '$each']);
        walk(p.$item, schema?.items, true, [...path, '$item'], `${where}[]`);
        return;
      }
      /** @type {[string, string[]][]} */
      const listForms = [
        ['$find', ['$find', '$where']],
        ['$put', ['$put', '$where', '$item']],
      ];
      for (const [form, keys] of listForms) {
        if (!(form in p)) continue;
        if (Object.keys(p).length !== keys.length || keys.some((k) => !(k in p))) report(`${where}: { ${keys.join(', ')} } takes exactly those keys; got ${Object.keys(p).join(', ')}`, path);
        if (typeof p[form] !== 'string' || TEMPLATE.test(p[form])) report(`${where}: ${form} ${JSON.stringify(p[form])} must be a value path without braces`, [...path, form]);
        else checkPath(p[form], inItem, [...path, form]);
        // $where names fields of the list's items; $find answers one item, $put builds the list.
        const itemSchema = form === '$find' ? schema : schema?.items;
        const itemProps = itemSchema ? propertySchemas(itemSchema) : {};
        if (!isObject(p.$where) || !Object.keys(p.$where).length) report(`${where}: $where maps item fields to values`, [...path, '$where']);
        else
          for (const [field, value] of Object.entries(p.$where)) {
            if (Object.keys(itemProps).length && !(field in itemProps)) report(`${where}: $where.${field} is not a property of the items; use one of ${Object.keys(itemProps).join(', ')}`, [...path, '$where', field]);
            walk(value, undefined, inItem, [...path, '$where', field], `${where}.$where.${field}`);
          }
        if (form === '$put') walk(p.$item, schema?.items, true, [...path, '$item'], `${where}[]`);
        return;
      }
      if (dollar.length) {
        report(`${where}: ${dollar.join(', ')} is no projection key; use { $from, $default?, $as? }, { $each, $item }, { $find, $where } or { $put, $where, $item }`, path);
        return;
      }
      /** @type {Record<string, Node | undefined>} */
      const props = Object.fromEntries(Object.entries(schema ? propertySchemas(schema) : {}).map(([k, list]) => [k, list.length === 1 ? list[0] : { anyOf: list }]));
      if (Object.keys(props).length) {
        for (const key of Object.keys(p)) if (!(key in props)) report(`${where ? `${where}.` : ''}${key} is not a property of the ${partial ? 'record' : 'answer'} schema; use one of ${Object.keys(props).join(', ')}`, [...path, key]);
        const missing = partial ? [] : requiredOf(schema).filter((k) => !(k in p));
        if (missing.length) report(`${where || '(root)'} leaves out ${missing.join(', ')}, which the answer schema requires`, path);
      }
      for (const [key, value] of Object.entries(p)) walk(value, props[key], inItem, [...path, key], where ? `${where}.${key}` : key);
    };
    if (b.answer !== undefined) walk(b.answer, answerSchema(site.op), false, [...site.path, 'x-connectfi-behaviour', 'answer'], '');
    // A merge changes part of the record: its objects are record properties, none is required.
    partial = true;
    if (b.merge !== undefined && !['update', 'create', 'validate'].includes(b.kind)) report(`is for an update or a create; a ${b.kind} builds no record from its body, so remove it`, [...site.path, 'x-connectfi-behaviour', 'merge']);
    else if (b.merge !== undefined) walk(b.merge, recordSchema, false, [...site.path, 'x-connectfi-behaviour', 'merge'], '');
  }
  return results;
}
