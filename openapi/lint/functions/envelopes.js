import { operations, mediaTypes, guide } from './walk.js';

const isJson = (type) => /^application\/(.+\+)?json$/.test(type);

/**
 * Every 4xx/5xx JSON response uses the shared ErrorEnvelope; every 2xx JSON response of an API operation is the
 * success envelope { code: "0", data, requestId }.
 */
export default function envelopes(root) {
  const results = [];
  for (const { op, path, isWebhook } of operations(root)) {
    for (const { media, type, path: mediaPath, status } of mediaTypes(op, path)) {
      if (!status || !isJson(type)) continue;
      const schema = media?.schema ?? {};
      if (/^[45]/.test(status) && schema.title !== 'ErrorEnvelope') {
        results.push({ message: `Error response ${status} must use components/schemas/common/ErrorEnvelope.yaml (${guide('the-error-model')}).`, path: [...mediaPath, 'schema'] });
      }
      if (/^[45]/.test(status)) {
        for (const [name, example] of Object.entries(media?.examples ?? {})) {
          const code = example?.value?.code;
          if (code !== undefined && name !== code && !name.startsWith(`${code}-`)) {
            results.push({ message: `Error example "${name}" must be named after its code "${code}" (or "${code}-<case>") (${guide('the-error-model')}).`, path: [...mediaPath, 'examples', name] });
          }
        }
      }
      if (/^2/.test(status) && !isWebhook) {
        const req = schema.required ?? [];
        const ok = ['code', 'data', 'requestId'].every((k) => req.includes(k)) && schema.properties?.code?.const === '0';
        if (!ok) {
          results.push({ message: `Success response ${status} must be the envelope { code: "0", data, requestId } (${guide('the-success-envelope')}).`, path: [...mediaPath, 'schema'] });
        }
      }
    }
  }
  return results;
}
