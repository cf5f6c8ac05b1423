import { operations, mediaTypes, guide } from './walk.js';

/**
 * Every request body and every response with content carries named `examples` (not a lone `example`),
 * every path parameter has an `example`, so that docs, mocks and contract tests never invent values, and every
 * sandbox trigger points at the request example that reproduces it.
 */
export default function operationExamples(root) {
  const results = [];
  for (const { op, path } of operations(root)) {
    for (const { media, path: mediaPath, status } of mediaTypes(op, path)) {
      const what = status ? `Response ${status}` : 'The request body';
      const examples = media?.examples;
      if (!examples || typeof examples !== 'object' || Object.keys(examples).length === 0) {
        results.push({ message: `${what} has no named examples (${guide('examples')}).`, path: mediaPath });
      }
    }
    const requestExamples = new Set(Object.values(op.requestBody?.content ?? {}).flatMap((m) => Object.keys(m?.examples ?? {})));
    for (const [i, trigger] of (op['x-connectfi-sandbox'] ?? []).entries()) {
      if (!trigger?.when || !trigger?.then || !requestExamples.has(trigger?.example)) {
        results.push({ message: `Sandbox trigger ${i} needs "when", "then" and "example" naming one of this operation's request examples (${guide('sandbox-behaviour')}).`, path: [...path, 'x-connectfi-sandbox', i] });
      }
    }
    for (const [i, param] of (op.parameters ?? []).entries()) {
      if (param?.in === 'path' && param.example === undefined && !param.examples) {
        results.push({ message: `Path parameter "${param.name}" has no example (${guide('examples')}).`, path: [...path, 'parameters', i] });
      }
    }
  }
  return results;
}
