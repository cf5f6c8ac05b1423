import { allSchemas, allowsType, guide } from './walk.js';

/**
 * Schema rules of the style guide: no 3.0 `nullable`, every string bounded (maxLength, enum, const or format),
 * every array bounded (maxItems), and every oneOf with a discriminator pins the tag with `const` in each branch.
 */
export default function schemaConventions(root) {
  const results = [];
  for (const { schema, path } of allSchemas(root)) {
    if ('nullable' in schema) {
      results.push({ message: `"nullable" is an OpenAPI 3.0 keyword; use a type array such as [string, 'null'] (${guide('schemas')}).`, path: [...path, 'nullable'] });
    }
    if (allowsType(schema, 'string') && schema.maxLength === undefined && !schema.enum && schema.const === undefined && !schema.format) {
      results.push({ message: `String has no maxLength, enum, const or format (${guide('schemas')}).`, path });
    }
    if (allowsType(schema, 'array') && schema.maxItems === undefined) {
      results.push({ message: `Array has no maxItems (${guide('schemas')}).`, path });
    }
    const tag = schema.discriminator?.propertyName;
    if (tag && Array.isArray(schema.oneOf)) {
      // A branch may be a rail's own body plus the tag: allOf [ body, { properties: { tag: { const } } } ].
      const pins = (s) => s?.properties?.[tag]?.const !== undefined || (s?.allOf ?? []).some(pins);
      schema.oneOf.forEach((branch, i) => {
        if (!pins(branch)) {
          results.push({ message: `oneOf branch ${i} does not pin "${tag}" with const (${guide('oneof-and-tags')}).`, path: [...path, 'oneOf', i] });
        }
      });
    }
  }
  return results;
}
