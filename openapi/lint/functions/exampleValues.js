// @ts-check
// cfi-example-values: every example validates against its schema with Ajv 2020 (OpenAPI 3.1's dialect), formats and
// connectFi's x-amountPrecision, on the multi-file source, so that a wrong example fails lint on its own line instead
// of reaching the docs, the mock and the contract tests. It replaces spectral:oas's oas3-valid-*-example rules, which
// use an Ajv that cannot know x-amountPrecision.
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { finding } from './walk.js';
import { exampleSites } from './exampleSites.js';
import { fullyResolved } from './resolve.js';
import { sharedSchemaChecks } from './sharedSchemas.js';

/** @typedef {import('./walk.js').Node} Node */
/** @typedef {import('ajv').ErrorObject} AjvError */

/** OpenAPI keywords that may sit in a schema and mean nothing to validation (Ajv knows `nullable` itself). */
const OPENAPI_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];

/**
 * Decimals of a number as written in decimal notation (7.155 → 3, 1e-7 → 7).
 * Same rule as generators/src/schema/ajv.ts `amountPrecision`; test/lint/amount-precision.test.ts keeps them equal.
 * @param {number} n
 */
export function decimals(n) {
  const [mantissa, exponent = '0'] = String(n).toLowerCase().split('e');
  return Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent));
}

/** @type {import('ajv').KeywordDefinition} */
const amountPrecision = {
  keyword: 'x-amountPrecision',
  type: 'number',
  schemaType: 'number',
  errors: false,
  error: { message: (cxt) => /** @type {any} */ (`must have at most ${cxt.schema} decimals (x-amountPrecision)`) },
  validate: (/** @type {number} */ precision, /** @type {number} */ value) => decimals(value) <= precision,
};

/**
 * Every `x-` key in the document: extensions are annotations to Ajv, which runs in strict mode so that a misspelt
 * keyword (`maxlenght`) fails instead of being ignored.
 * @param {unknown} node
 * @param {Set<string>} found
 * @param {Set<object>} seen
 */
function extensionKeys(node, found = new Set(), seen = new Set()) {
  if (!node || typeof node !== 'object' || seen.has(node)) return found;
  seen.add(node);
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('x-')) found.add(k);
    extensionKeys(v, found, seen);
  }
  return found;
}

/** @param {Node} root */
export function createAjv(root) {
  // Each schema is compiled to run once or a few times: Ajv's pass that tidies the generated code costs more than it
  // saves, and a shared schema (sharedSchemas.js) is compiled once instead of inlined wherever it is used.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, logger: false, code: { optimize: false }, inlineRefs: false });
  const addFormats = /** @type {any} */ (formats).default ?? formats;
  addFormats(ajv);
  ajv.addKeyword(amountPrecision);
  const annotations = new Set([...OPENAPI_KEYWORDS, ...extensionKeys(root)]);
  annotations.delete('x-amountPrecision');
  ajv.addVocabulary([...annotations]);
  return ajv;
}

/** @param {string} pointer */
const segments = (pointer) =>
  pointer
    ? pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    : [];

/** Field names whose values a message never shows, even in an example. */
const SECRET = /password|passcode|secret|token|cvv|cvc|^pin$|^pan$|cardnumber|accountnumber/i;

/**
 * The value an error is about, short enough for one line, hidden when the field holds a secret.
 * @param {unknown} value
 * @param {string[]} path
 */
function shown(value, path) {
  const key = String(path[path.length - 1] ?? '');
  if (SECRET.test(key.replace(/[^A-Za-z]/g, ''))) return ' (value hidden)';
  if (value !== null && typeof value === 'object') return '';
  const text = JSON.stringify(value) ?? String(value);
  return ` ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}

/**
 * Ajv's errors for a oneOf/anyOf list every branch. A branch that fails on a `const` (the tag that tells branches
 * apart) is not the branch the example meant: its errors, and the wrapper error, are noise when another branch
 * explains the failure.
 * @param {AjvError[]} errors
 * @returns {AjvError[]}
 */
export function relevantErrors(errors) {
  const branchOf = (/** @type {string} */ schemaPath) => [...schemaPath.matchAll(/\/(?:oneOf|anyOf)\/\d+/g)].map((m) => schemaPath.slice(0, (m.index ?? 0) + m[0].length));
  const ruledOut = new Set(errors.filter((e) => e.keyword === 'const').flatMap((e) => branchOf(e.schemaPath).slice(-1)));
  const kept = errors.filter((e) => !branchOf(e.schemaPath).some((b) => ruledOut.has(b)));
  const explained = (/** @type {AjvError} */ wrapper) => kept.some((e) => e !== wrapper && e.schemaPath.startsWith(wrapper.schemaPath.replace(/\/(oneOf|anyOf)$/, '/$1/')));
  const result = kept.filter((e) => !((e.keyword === 'oneOf' || e.keyword === 'anyOf') && explained(e)));
  // Every branch ruled out: the tag itself is wrong; say which values it may take.
  return result.map((e) => {
    if (e.keyword !== 'oneOf' && e.keyword !== 'anyOf') return e;
    const tags = errors.filter((c) => c.keyword === 'const' && c.schemaPath.startsWith(e.schemaPath.replace(/\/(oneOf|anyOf)$/, '/$1/')));
    if (tags.length === 0) return e;
    const field = tags[0].instancePath;
    const allowed = tags.map((c) => JSON.stringify(c.params.allowedValue)).join(', ');
    return { ...e, instancePath: field, message: `must be one of ${allowed}, the values that tell the ${e.keyword} branches apart` };
  });
}

/**
 * @param {AjvError} error
 * @returns {string[]} the path below the example's value of the node the error is about
 */
function errorPath(error) {
  const at = segments(error.instancePath);
  const extra = error.params?.additionalProperty ?? error.params?.unevaluatedProperty;
  return typeof extra === 'string' ? [...at, extra] : at;
}

/**
 * @param {Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function exampleValues(_resolvedRoot, _options, context) {
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  // The view with every $ref followed, not Spectral's `resolvedRoot`, which keeps some nested $refs (see resolve.js).
  const { root, unresolved } = fullyResolved(context);
  const ajv = createAjv(root);
  /** @type {WeakMap<object, Set<string>>} one check per example and schema, however many operations share them */
  const checked = new WeakMap();
  /** @type {WeakMap<object, number>} */
  const schemaIds = new WeakMap();
  let nextSchemaId = 0;
  /** @type {Set<string>} a schema Ajv cannot compile is reported once, not at every example that uses it */
  const compileErrors = new Set();
  /** @type {Map<object, unknown>} Ajv keeps nothing of a schema it could not compile and would fail the same way again */
  const uncompilable = new Map();
  const sites = [...exampleSites(root)];
  const quick = sharedSchemaChecks(ajv, [...new Set(sites.map((s) => s.schema))]);
  for (const site of sites) {
    const field = site.valuePath[site.valuePath.length - 1];
    const done = checked.get(site.holder) ?? new Set();
    checked.set(site.holder, done);
    if (!schemaIds.has(site.schema)) schemaIds.set(site.schema, nextSchemaId++);
    const key = `${schemaIds.get(site.schema)}:${String(field)}`;
    if (done.has(key)) continue;
    done.add(key);
    if (quick(site.schema)?.(site.value)) continue;
    let validate;
    try {
      const failed = uncompilable.get(site.schema);
      if (failed !== undefined) throw failed;
      validate = ajv.compile(site.schema);
    } catch (error) {
      uncompilable.set(site.schema, error);
      const reason = error instanceof Error ? error.message : String(error);
      // A broken $ref is invalid-ref's finding; repeating it here for every example below it is noise.
      if (unresolved.length > 0 && /can't resolve reference/.test(reason)) continue;
      if (!compileErrors.has(reason)) {
        compileErrors.add(reason);
        results.push(finding(`${site.where} cannot be checked: its schema does not compile (${reason})`, 'schemas', site.valuePath));
      }
      continue;
    }
    if (validate(site.value)) continue;
    for (const error of relevantErrors(validate.errors ?? [])) {
      const below = errorPath(error);
      const value = below.reduce((/** @type {any} */ v, k) => v?.[k], site.value);
      const pointer = below.length ? `/${below.join('/')}` : '(root)';
      results.push(finding(`${site.where}: ${pointer}${shown(value, below)} ${error.message}`, 'examples', [...site.valuePath, ...below]));
    }
  }
  return results;
}
