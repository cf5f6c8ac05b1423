// @ts-check
// A quick yes/no for cfi-example-values. Ajv compiles a schema tree whole, and in the fully resolved document a schema
// that many others use (an envelope, Amount, an error) is a subtree of each of them: compiling every example's schema
// as a tree compiled the same subtrees about four times over. Here every schema object used in more than one place
// is added to Ajv once under an id of its own and the others point at it with `$ref`, which JSON Schema defines to
// mean the same as the subtree in its place; each is then compiled and checked against the meta-schema once. An
// example that passes this check passes the whole tree; for one that fails (or a schema that does not compile) the
// rule compiles the whole tree as before, so what it prints is unchanged.

/** @typedef {import('./walk.js').Node} Node */
/** @typedef {import('ajv').default} Ajv */
/** @typedef {(value: unknown) => boolean} Check */

/** Keywords whose value is one schema, a map of schemas, or a list of schemas (JSON Schema 2020-12). */
const SINGLE = ['items', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const LISTS = ['allOf', 'oneOf', 'anyOf', 'prefixItems'];
/** Keywords that name or scope a schema by URI: with one of them anywhere, moving a subtree under an id of its own could change what it means. */
const SCOPING = ['$id', '$anchor', '$dynamicAnchor', '$dynamicRef', '$recursiveAnchor', '$recursiveRef', '$ref', '$schema'];

const isSchema = (/** @type {unknown} */ v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Each direct subschema of a schema object.
 * @param {Node} schema
 * @returns {Generator<Node>}
 */
function* subschemas(schema) {
  for (const key of SINGLE) if (isSchema(schema[key])) yield schema[key];
  for (const key of MAPS) if (isSchema(schema[key])) for (const sub of Object.values(schema[key])) if (isSchema(sub)) yield sub;
  for (const key of LISTS) if (Array.isArray(schema[key])) for (const sub of schema[key]) if (isSchema(sub)) yield sub;
}

/**
 * @param {Ajv} ajv  the rule's Ajv (its formats, keywords and vocabulary)
 * @param {Node[]} roots  the schemas examples are checked against, as objects of the fully resolved document
 * @returns {(schema: Node) => Check | undefined}  the check of one of `roots`; undefined where the quick path cannot
 *   answer: a schema that does not compile, or one that scopes itself by URI or keeps a $ref the view could not follow
 */
export function sharedSchemaChecks(ajv, roots) {
  /** @type {Map<Node, boolean>} */
  const scoped = new Map();
  /** @param {Node} schema */
  const isScoped = (schema) => {
    if (!scoped.has(schema)) scoped.set(schema, SCOPING.some((k) => k in schema) || [...subschemas(schema)].some(isScoped));
    return /** @type {boolean} */ (scoped.get(schema));
  };
  const movable = roots.filter((root) => !isScoped(root));
  /** @type {Map<Node, number>} how many places use each schema object (each root counts as one) */
  const uses = new Map();
  /** @param {Node} schema */
  const count = (schema) => {
    const seen = uses.get(schema) ?? 0;
    uses.set(schema, seen + 1);
    if (seen === 0) for (const sub of subschemas(schema)) count(sub);
  };
  for (const root of movable) count(root);

  /** @type {Map<Node, string>} */
  const ids = new Map();
  for (const [schema, n] of uses) if (n > 1) ids.set(schema, `cfi:shared:${ids.size}`);
  /** @param {Node} schema  a copy with each shared subschema replaced by a `$ref` to its id */
  const withRefs = (schema) => {
    /** @param {Node} sub */
    const at = (sub) => (ids.has(sub) ? { $ref: ids.get(sub) } : withRefs(sub));
    /** @type {Node} */
    const copy = { ...schema };
    for (const key of SINGLE) if (isSchema(schema[key])) copy[key] = at(schema[key]);
    for (const key of MAPS) if (isSchema(schema[key])) copy[key] = Object.fromEntries(Object.entries(schema[key]).map(([k, sub]) => [k, isSchema(sub) ? at(sub) : sub]));
    for (const key of LISTS) if (Array.isArray(schema[key])) copy[key] = schema[key].map((sub) => (isSchema(sub) ? at(sub) : sub));
    return copy;
  };
  try {
    for (const [schema, id] of ids) ajv.addSchema({ ...withRefs(schema), $id: id });
  } catch {
    // A shared schema Ajv rejects: every example takes the whole-tree path, which reports it.
    return () => undefined;
  }
  /** @type {Map<Node, Check | undefined>} */
  const checks = new Map();
  return (schema) => {
    if (isScoped(schema)) return undefined;
    if (!checks.has(schema)) {
      let check;
      try {
        const id = ids.get(schema);
        check = id === undefined ? ajv.compile(withRefs(schema)) : ajv.getSchema(id);
      } catch {
        check = undefined;
      }
      checks.set(schema, check);
    }
    return checks.get(schema);
  };
}
