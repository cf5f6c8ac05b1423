// @ts-check
import { fullyResolved } from './resolve.js';
import { allSchemas, finding, schemaName as nameOf } from './walk.js';

/**
 * The keywords @connectfi/server can judge as business rules (generators/runtime/server/business-rules.ts
 * `JUDGED_KEYWORDS`; test/lint/business-keywords.test.ts keeps the two lists equal). Mapping any other keyword would
 * build a server that silently answers requestValidateError where the spec promises the code.
 */
export const JUDGED_KEYWORDS = ['x-amountPrecision', 'x-connectfi-supported', 'maximum', 'oneOf'];

/**
 * The `required` names of a resolved schema, own and through `allOf`.
 * @param {any} schema
 * @returns {string[]}
 */
const requiredOf = (schema) => [...(schema?.required ?? []), ...(schema?.allOf ?? []).flatMap(requiredOf)];

/**
 * `x-connectfi-errors: { <keyword>: <code> }` maps keywords the server can judge, each present on the same schema, to
 * a code; a mapped `oneOf` has branches told apart by `required`, which is how the server repairs a body that
 * matches several of them.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function businessErrors(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const { schema, path } of allSchemas(root)) {
    const declared = schema['x-connectfi-errors'];
    if (declared === undefined) continue;
    const name = nameOf(schema, path);
    const at = [...path, 'x-connectfi-errors'];
    if (!declared || typeof declared !== 'object' || Array.isArray(declared)) {
      results.push(finding(`${name} has x-connectfi-errors ${JSON.stringify(declared)}; it maps keywords to codes, e.g. { maximum: greaterNumberOfRecords }`, 'business-errors', at));
      continue;
    }
    for (const [keyword, code] of Object.entries(declared)) {
      if (typeof code !== 'string' || !code) {
        results.push(finding(`${name} maps "${keyword}" to ${JSON.stringify(code)}; the value is the connectFi code its failure answers, e.g. wrongAmount`, 'business-errors', [...at, keyword]));
      } else if (!JUDGED_KEYWORDS.includes(keyword)) {
        results.push(finding(`${name} maps "${keyword}" to ${code}, but the server cannot judge "${keyword}"; use one of ${JUDGED_KEYWORDS.join(', ')}`, 'business-errors', [...at, keyword]));
      } else if (schema[keyword] === undefined) {
        results.push(finding(`${name} maps "${keyword}" to ${code} but has no "${keyword}"; declare the keyword on the same schema`, 'business-errors', [...at, keyword]));
      } else if (keyword === 'oneOf') {
        /** @type {any[]} */ (schema.oneOf).forEach((branch, i) => {
          if (!requiredOf(branch).length) {
            results.push(finding(`oneOf branch ${i} of ${name} requires no property, so a body matching several branches cannot be told apart for ${code}; give each branch its own required`, 'business-errors', [...path, 'oneOf', i]));
          }
        });
      }
    }
  }
  return results;
}
