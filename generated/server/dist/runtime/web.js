// The Web-standard face of the server: `(request: Request) => Promise<Response>`, for any runtime with Fetch API
// objects (Node 20, Deno, Bun, workers, tests that skip the network).
import { TOO_LARGE } from "./call.js";
async function readStream(stream, limit) {
	if (!stream) return new Uint8Array(0);
	const reader = stream.getReader();
	const chunks = [];
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
export function toFetchHandler(pipeline) {
	return async (request) => {
		const url = new URL(request.url);
		const call = {
			method: request.method,
			path: url.pathname,
			search: url.search.slice(1),
			header: (name) => request.headers.get(name) ?? undefined,
			readBody: (limit) => readStream(request.body, limit)
		};
		const answer = await pipeline(call);
		return new Response(answer.body ?? null, {
			status: answer.status,
			headers: answer.headers
		});
	};
}
