// @ts-check
import { fullyResolved } from './resolve.js';
import { operations, finding } from './walk.js';

/**
 * Only the operations the vendor documents as open may drop the token (`security: []`); every other operation
 * documents 401, and every operation that takes input documents 400 (requestValidateError).
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {{ openOperations?: string[] } | null} options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function security(_resolvedRoot, options, context) {
  const { root } = fullyResolved(context);
  const open = new Set(options?.openOperations ?? []);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const { op, path, isWebhook, label } of operations(root)) {
    if (isWebhook) continue;
    const isOpen = Array.isArray(op.security) && op.security.length === 0;
    const responses = op.responses ?? {};
    if (isOpen && !open.has(op.operationId)) {
      results.push(finding(`${label} ("${op.operationId}") says security: [], but only ${[...open].join(', ')} may be called without x-connectfi-token`, 'authentication', [...path, 'security']));
    }
    if (!isOpen && !responses['401']) {
      results.push(finding(`${label} needs x-connectfi-token but documents no 401; $ref components/responses/common/Unauthorized.yaml`, 'the-error-model', [...path, 'responses']));
    }
    const takesInput = op.requestBody || (op.parameters ?? []).length > 0;
    if (takesInput && !responses['400']) {
      results.push(finding(`${label} takes input but documents no 400 requestValidateError`, 'the-error-model', [...path, 'responses']));
    }
  }
  return results;
}
