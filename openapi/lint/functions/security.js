import { operations, guide } from './walk.js';

/**
 * Only the operations the vendor documents as open may drop the token (`security: []`); every other operation
 * documents 401, and every operation that takes input documents 400 (requestValidateError).
 */
export default function security(root, options) {
  const open = new Set(options?.openOperations ?? []);
  const results = [];
  for (const { op, path, isWebhook } of operations(root)) {
    if (isWebhook) continue;
    const isOpen = Array.isArray(op.security) && op.security.length === 0;
    const responses = op.responses ?? {};
    if (isOpen && !open.has(op.operationId)) {
      results.push({ message: `Only ${[...open].join(', ')} may be called without x-connectfi-token (${guide('authentication')}).`, path: [...path, 'security'] });
    }
    if (!isOpen && !responses['401']) {
      results.push({ message: `An operation that needs x-connectfi-token must document 401 unauthorized (${guide('the-error-model')}).`, path: [...path, 'responses'] });
    }
    const takesInput = op.requestBody || (op.parameters ?? []).length > 0;
    if (takesInput && !responses['400']) {
      results.push({ message: `An operation that takes input must document 400 requestValidateError (${guide('the-error-model')}).`, path: [...path, 'responses'] });
    }
  }
  return results;
}
