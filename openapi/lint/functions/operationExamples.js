// @ts-check
import { fullyResolved } from './resolve.js';
import { operations, mediaTypes, finding } from './walk.js';

/**
 * Every request body and every response with content carries named `examples` (not a lone `example`),
 * every path parameter has an `example`, so that docs, mocks and contract tests never invent values, and every
 * sandbox trigger points at the request example that reproduces it. Whether the examples are valid is
 * cfi-example-values' job.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function operationExamples(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const { op, path, label } of operations(root)) {
    for (const { media, type, path: mediaPath, status } of mediaTypes(op, path)) {
      const what = status ? `Response ${status} ${type} of ${label}` : `The request body ${type} of ${label}`;
      const examples = media?.examples;
      if (!examples || typeof examples !== 'object' || Object.keys(examples).length === 0) {
        const lone = media?.example !== undefined ? ' (a lone "example" does not count; name it under "examples")' : '';
        results.push(finding(`${what} has no named examples${lone}`, 'examples', mediaPath));
      }
    }
    /** @type {string[]} */
    const requestExamples = Object.values(op.requestBody?.content ?? {}).flatMap((m) => Object.keys(m?.examples ?? {}));
    const triggers = op['x-connectfi-sandbox'];
    for (const [i, trigger] of (Array.isArray(triggers) ? triggers : []).entries()) {
      const missing = ['when', 'then', 'example'].filter((k) => !trigger?.[k]);
      if (missing.length > 0) {
        results.push(finding(`Sandbox trigger ${i} of ${label} has no ${missing.join(', ')}; each trigger says when, then and which request example reproduces it`, 'sandbox-behaviour', [...path, 'x-connectfi-sandbox', i]));
      } else if (!requestExamples.includes(trigger.example)) {
        const known = requestExamples.length ? `one of ${requestExamples.join(', ')}` : 'a request example, and this operation has none';
        results.push(finding(`Sandbox trigger ${i} of ${label} names example "${trigger.example}"; it must be ${known}`, 'sandbox-behaviour', [...path, 'x-connectfi-sandbox', i, 'example']));
      }
    }
    for (const [i, param] of (op.parameters ?? []).entries()) {
      if (param?.in === 'path' && param.example === undefined && !param.examples) {
        results.push(finding(`Path parameter "${param.name}" of ${label} has no example; mocks and contract tests would invent one`, 'examples', [...path, 'parameters', i]));
      }
    }
  }
  return results;
}
