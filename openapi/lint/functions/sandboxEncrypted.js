// @ts-check
import { behaviourSites, isObject } from './behaviourData.js';
import { fullyResolved } from './resolve.js';
import { finding } from './walk.js';

/** @typedef {import('./walk.js').Node} Node */
/** @typedef {import('./walk.js').JsonPath} JsonPath */

const PLAINTEXTS = ['number', 'card', 'secret'];
const PARTS = ['last4', 'bin', 'masked', 'maskedCard'];
const FIDELITIES = ['documented', 'designed'];

/**
 * The request properties marked `x-connectfi-encrypted` (through allOf, oneOf, anyOf and nested objects), with the
 * JSON path of each mark and of the object that holds the property.
 * @param {unknown} schema
 * @param {JsonPath} path
 * @param {string} prefix
 * @param {Set<object>} seen
 * @returns {Generator<{ name: string, mark: unknown, markPath: JsonPath, siblings: Node }>}
 */
function* marks(schema, path, prefix, seen) {
  if (!isObject(schema) || seen.has(schema)) return;
  seen.add(schema);
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    for (const [i, part] of (Array.isArray(schema[key]) ? schema[key] : []).entries()) yield* marks(part, [...path, key, i], prefix, seen);
  }
  for (const [name, prop] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    const at = [...path, 'properties', name];
    const mark = markOf(prop, at);
    const dotted = prefix ? `${prefix}.${name}` : name;
    if (mark) yield { name: dotted, mark: mark.value, markPath: mark.path, siblings: schema.properties };
    else yield* marks(prop, at, dotted, seen);
  }
}

/** @param {unknown} schema @param {JsonPath} path @returns {{ value: unknown, path: JsonPath } | undefined} */
function markOf(schema, path) {
  if (!isObject(schema)) return undefined;
  if (schema['x-connectfi-encrypted'] !== undefined) return { value: schema['x-connectfi-encrypted'], path: [...path, 'x-connectfi-encrypted'] };
  for (const [i, part] of (Array.isArray(schema.allOf) ? schema.allOf : []).entries()) {
    const inner = markOf(part, [...path, 'allOf', i]);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * Ciphertext is declared, not guessed from names: each `x-connectfi-encrypted` says its plaintext (number, card,
 * secret), what is kept of the number (a sibling or `body.` property set to last4, bin, masked or maskedCard; a
 * secret keeps nothing) and the sibling naming the key; an operation whose request carries one names the error a
 * bad ciphertext answers in `x-connectfi-behaviour.decryptError` (checked by cfi-sandbox-errors), and only such an
 * operation does.
 * @param {Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function sandboxEncrypted(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  /** @type {Set<string>} */
  const reported = new Set();
  for (const site of behaviourSites(root)) {
    /** @param {string} message @param {JsonPath} path */
    const report = (message, path) => {
      const key = `${message}@${path.join('/')}`;
      if (!reported.has(key)) results.push(finding(message, 'encrypted-fields', path));
      reported.add(key);
    };
    const found = [];
    for (const [type, media] of Object.entries(site.op.requestBody?.content ?? {})) {
      if (!/json/.test(type)) continue;
      for (const m of marks(media?.schema, [...site.path, 'requestBody', 'content', type, 'schema'], '', new Set())) found.push(m);
    }
    for (const { name, mark, markPath, siblings } of found) {
      const label = `${site.label}: ${name} x-connectfi-encrypted`;
      if (!isObject(mark) || !PLAINTEXTS.includes(mark.plaintext)) {
        report(`${label} ${JSON.stringify(mark)} must be { plaintext: ${PLAINTEXTS.join(' | ')}, keep?, keyField? }`, markPath);
        continue;
      }
      const keep = mark.keep ?? {};
      if (!isObject(keep)) {
        report(`${label}.keep must map a property to one of ${PARTS.join(', ')}`, [...markPath, 'keep']);
        continue;
      }
      if (mark.plaintext === 'secret' && Object.keys(keep).length) report(`${label}: a secret (a PIN block) keeps nothing; remove keep ${JSON.stringify(keep)}`, [...markPath, 'keep']);
      for (const [target, part] of Object.entries(keep)) {
        if (!PARTS.includes(/** @type {string} */ (part))) report(`${label} keeps ${JSON.stringify(part)} as ${target}; keep one of ${PARTS.join(', ')}`, [...markPath, 'keep', target]);
      }
      if (mark.keyField !== undefined && !(typeof mark.keyField === 'string' && mark.keyField in siblings))
        report(`${label}.keyField ${JSON.stringify(mark.keyField)} is no sibling property of ${name}; name the property that carries the key id, one of ${Object.keys(siblings).join(', ')}`, [...markPath, 'keyField']);
    }
    const b = isObject(site.behaviour) ? site.behaviour : undefined;
    if (!b) continue;
    const base = [...site.path, 'x-connectfi-behaviour'];
    if (found.length && b.decryptError === undefined)
      report(
        `${site.label}: the request carries ciphertext (${found.map((f) => f.name).join(', ')}) but x-connectfi-behaviour names no decryptError; add decryptError: { error: <the documented error for a bad ciphertext>, fidelity }`,
        base,
      );
    if (b.decryptError !== undefined) {
      if (!found.length) report(`${site.label}: decryptError is set but no request property is marked x-connectfi-encrypted; mark the ciphertext's schema or remove decryptError`, [...base, 'decryptError']);
      else if (!isObject(b.decryptError) || typeof b.decryptError.error !== 'string' || !FIDELITIES.includes(b.decryptError.fidelity))
        report(`${site.label}: decryptError ${JSON.stringify(b.decryptError)} must be { error: <error example name>, fidelity: documented | designed }`, [...base, 'decryptError']);
    }
  }
  return results;
}
