// The Web-standard face of the server: `(request: Request) => Promise<Response>`, for any runtime with Fetch API
// objects (Node 20, Deno, Bun, workers, tests that skip the network).
import { TOO_LARGE, type IncomingCall } from './call.js';
import type { Pipeline } from './pipeline.js';

export type FetchHandler = (request: Request) => Promise<Response>;

async function readStream(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | typeof TOO_LARGE> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return TOO_LARGE;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export function toFetchHandler(pipeline: Pipeline): FetchHandler {
  return async (request) => {
    const url = new URL(request.url);
    const call: IncomingCall = {
      method: request.method,
      path: url.pathname,
      search: url.search.slice(1),
      header: (name) => request.headers.get(name) ?? undefined,
      readBody: (limit) => readStream(request.body, limit),
    };
    const answer = await pipeline(call);
    return new Response((answer.body ?? null) as ConstructorParameters<typeof Response>[0], { status: answer.status, headers: answer.headers });
  };
}
