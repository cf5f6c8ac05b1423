// The low-level openapi-fetch client of @connectfi/client, pointed at a Prism; and a way to send any
// operation's request through it, valid or deliberately not.
import { createConnectFiClient } from '@connectfi/client';
import type { OperationEntry } from '../../../scripts/lib/operations.ts';

/** Any token passes Prism's apiKey check. */
export const MOCK_TOKEN = 'mock-token-for-prism';

/** The client package's own low-level client (`cfi.raw`): openapi-fetch typed by `paths`, adding the token. */
export function lowLevelClient(baseUrl: string) {
  return createConnectFiClient({ baseUrl, token: MOCK_TOKEN }).raw;
}

/**
 * Sends `body` to the operation, and returns the answer with its body as openapi-fetch parsed it with its documented path parameters. The body is untyped on purpose: the invalid
 * requests would not compile against `paths`, and that they are refused at runtime is what is under test.
 */
export async function sendThroughLowLevel(client: ReturnType<typeof lowLevelClient>, op: OperationEntry, body: unknown): Promise<{ response: Response; body: unknown }> {
  const path = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.example]));
  const request = client.request as unknown as (method: string, url: string, init: object) => Promise<{ response: Response; data?: unknown; error?: unknown }>;
  const { response, data, error } = await request(op.method, op.path, {
    params: { path },
    body,
  });
  return { response, body: data ?? error };
}
