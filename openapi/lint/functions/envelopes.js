// @ts-check
import { fullyResolved } from './resolve.js';
import { operations, mediaTypes, finding } from './walk.js';

/** @param {string} type */
const isJson = (type) => /^application\/(.+\+)?json$/.test(type);

/** @param {import('./walk.js').Node} schema  how a schema that is not the expected one shows in a message */
const describe = (schema) => (typeof schema.$ref === 'string' ? `$ref "${schema.$ref}", which does not resolve` : schema.title ? `schema "${schema.title}"` : 'an inline schema');

/**
 * Every 4xx/5xx JSON response uses the shared ErrorEnvelope; every 2xx JSON response of an API operation is the
 * success envelope { code: "0", data, requestId }.
 * @param {import('./walk.js').Node} _resolvedRoot
 * @param {unknown} _options
 * @param {{ documentInventory: unknown }} context
 * @returns {import('./walk.js').Finding[]}
 */
export default function envelopes(_resolvedRoot, _options, context) {
  const { root } = fullyResolved(context);
  /** @type {import('./walk.js').Finding[]} */
  const results = [];
  for (const { op, path, isWebhook, label } of operations(root)) {
    for (const { media, type, path: mediaPath, status } of mediaTypes(op, path)) {
      if (!status || !isJson(type)) continue;
      const schema = media?.schema ?? {};
      const isError = /^[45]/.test(status);
      if (isError && schema.title !== 'ErrorEnvelope') {
        results.push(finding(`Error response ${status} of ${label} uses ${describe(schema)}; it must $ref components/schemas/common/ErrorEnvelope.yaml`, 'the-error-model', [...mediaPath, 'schema']));
      }
      if (isError) {
        for (const [name, example] of Object.entries(media?.examples ?? {})) {
          const code = example?.value?.code;
          if (code !== undefined && name !== code && !name.startsWith(`${code}-`)) {
            results.push(finding(`Error example "${name}" of ${label} ${status} must be named after its code "${code}", e.g. ${code} or ${code}-<case>`, 'the-error-model', [...mediaPath, 'examples', name]));
          }
        }
      }
      if (/^2/.test(status) && !isWebhook) {
        /** @type {unknown[]} */
        const required = Array.isArray(schema.required) ? schema.required : [];
        const missing = ['code', 'data', 'requestId'].filter((k) => !required.includes(k));
        const code = schema.properties?.code?.const;
        if (missing.length > 0 || code !== '0') {
          const why = [...(missing.length ? [`does not require ${missing.join(', ')}`] : []), ...(code === undefined ? ["has no code: { const: '0' }"] : code !== '0' ? [`pins code to ${JSON.stringify(code)} instead of '0'`] : [])].join(
            ' and ',
          );
          results.push(finding(`Success response ${status} of ${label} ${why}; it must be the envelope { code: "0", data, requestId }`, 'the-success-envelope', [...mediaPath, 'schema']));
        }
      }
    }
  }
  return results;
}
