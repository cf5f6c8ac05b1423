// Sending a webhook the way connectFi does: the payload is validated against the webhook's schema first, so a
// server built on these stubs never posts a body its receivers' parsers would reject.
import type { Validator } from './route.js';

export class WebhookPayloadError extends Error {
  constructor(
    readonly webhook: string,
    readonly violations: NonNullable<Validator['errors']>,
  ) {
    super(`The ${webhook} payload does not match its schema: ${violations.map((v) => `${v.instancePath || '(root)'} ${v.message}`).join('; ')}`);
  }
}

export interface SendWebhookOptions {
  /** Extra headers, e.g. a signature your receivers check. */
  headers?: Record<string, string>;
  /** Abort the POST after this many milliseconds (default 10 000). */
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

export function createWebhookSender<Payloads>(validators: { [N in keyof Payloads]: Validator }) {
  return async function sendWebhook<N extends keyof Payloads & string>(name: N, url: string, payload: Payloads[N], options: SendWebhookOptions = {}): Promise<Response> {
    const validate = validators[name];
    if (!validate) throw new Error(`No webhook is documented under the name ${name}`);
    if (!validate(payload)) throw new WebhookPayloadError(name, validate.errors ?? []);
    return (options.fetch ?? globalThis.fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  };
}
