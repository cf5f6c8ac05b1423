// The low-level openapi-fetch client of @connectfi/client, pointed at a Prism; and a way to send any
// operation's request through it, valid or deliberately not.
import { createConnectFiClient } from '@connectfi/client';
import type { FileValue } from '../../../scripts/lib/docs/code-samples.ts';
import { exampleFileName, type OperationEntry } from '../../../scripts/lib/operations.ts';

/** Any token passes Prism's apiKey check. */
export const MOCK_TOKEN = 'mock-token-for-prism';

/** The client package's own low-level client (`cfi.raw`): openapi-fetch typed by `paths`, adding the token. */
export function lowLevelClient(baseUrl: string) {
  return createConnectFiClient({ baseUrl, token: MOCK_TOKEN }).raw;
}

/** The bytes a test uploads for a file field: the example only names the file, so any bytes stand for it. */
export const exampleFile: FileValue = (_, fileName) => new Blob([`the bytes of ${fileName}`], { type: 'application/octet-stream' });

function formData(op: OperationEntry, body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(body)) {
    if (op.request!.fileFields.includes(k)) form.append(k, exampleFile(k, exampleFileName(k, v)) as Blob, exampleFileName(k, v));
    else form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
  }
  return form;
}

/**
 * Sends `body` to the operation with its documented path parameters, and returns the answer with its body as
 * openapi-fetch parsed it (text for a CSV answer). The body is untyped on purpose: the invalid requests would not
 * compile against `paths`, and that they are refused at runtime is what is under test.
 */
export async function sendThroughLowLevel(client: ReturnType<typeof lowLevelClient>, op: OperationEntry, body: unknown): Promise<{ response: Response; body: unknown }> {
  const path = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.example]));
  const query = Object.fromEntries(op.parameters.filter((p) => p.in === 'query' && p.example !== undefined).map((p) => [p.name, p.example]));
  const multipart = op.request?.contentType.startsWith('multipart/') && body && typeof body === 'object';
  const request = client.request as unknown as (method: string, url: string, init: object) => Promise<{ response: Response; data?: unknown; error?: unknown }>;
  const { response, data, error } = await request(op.method, op.path, {
    params: { path, query },
    body,
    ...(multipart ? { bodySerializer: () => formData(op, body as Record<string, unknown>) } : {}),
    parseAs: op.success?.contentType && !op.success.contentType.includes('json') ? 'text' : 'json',
  });
  return { response, body: data ?? error };
}
