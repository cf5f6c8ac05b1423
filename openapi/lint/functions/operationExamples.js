import { operations, mediaTypes, guide } from './walk.js';

/**
 * Every request body and every response with content carries named `examples` (not a lone `example`),
 * and every path parameter has an `example`, so that docs, mocks and contract tests never invent values.
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
    for (const [i, param] of (op.parameters ?? []).entries()) {
      if (param?.in === 'path' && param.example === undefined && !param.examples) {
        results.push({ message: `Path parameter "${param.name}" has no example (${guide('examples')}).`, path: [...path, 'parameters', i] });
      }
    }
  }
  return results;
}
