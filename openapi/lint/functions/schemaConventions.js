// @ts-check
import { fullyResolved } from './resolve.js';
import { allSchemas, allowsType, finding, schemaName as nameOf } from './walk.js';

/**
 * Schema rules of the style guide: no 3.0 `nullable`, every string bounded (maxLength, enum, const or format),
 * every array bounded (maxItems), and every oneOf with a discriminator pins the tag with `const` in each branch.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function schemaConventions(_resolvedRoot, _options, context) {
  // Every schema whole, including those Spectral's resolved document leaves behind a nested $ref (see resolve.js).
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const { schema, path } of allSchemas(root)) {
    const name = nameOf(schema, path);
    if ('nullable' in schema) {
      const type = Array.isArray(schema.type) ? schema.type[0] : (schema.type ?? 'string');
      results.push(finding(`${name} has "nullable: ${schema.nullable}", an OpenAPI 3.0 keyword; use a type array, e.g. type: [${type}, 'null']`, 'schemas', [...path, 'nullable']));
    }
    if (allowsType(schema, 'string') && schema.maxLength === undefined && !schema.enum && schema.const === undefined && !schema.format) {
      results.push(finding(`${name} is a string with no maxLength, enum, const or format; bound it, e.g. maxLength: 100`, 'schemas', path));
    }
    if (allowsType(schema, 'array') && schema.maxItems === undefined) {
      results.push(finding(`${name} is an array with no maxItems; bound it, e.g. maxItems: 100`, 'schemas', path));
    }
    const tag = schema.discriminator?.propertyName;
    if (tag && Array.isArray(schema.oneOf)) {
      // A branch may be a rail's own body plus the tag: allOf [ body, { properties: { tag: { const } } } ].
      /** @param {any} s @returns {boolean} */
      const pins = (s) => s?.properties?.[tag]?.const !== undefined || (s?.allOf ?? []).some(pins);
      schema.oneOf.forEach((/** @type {any} */ branch, /** @type {number} */ i) => {
        if (!pins(branch)) {
          const which = branch?.title ? `"${branch.title}"` : i;
          results.push(finding(`oneOf branch ${which} of ${name} does not pin the discriminator "${tag}" with const, e.g. ${tag}: { const: <value> }`, 'oneof-and-tags', [...path, 'oneOf', i]));
        }
      });
    }
  }
  return results;
}
