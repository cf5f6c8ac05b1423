// The low-level openapi-fetch client, typed by the bundle's `paths`, sharing the facade's login and token cache.
// It returns openapi-fetch's `{ data, error, response }`: no retries, envelopes or typed errors.
import createClient from "openapi-fetch";
/** `openRoutes` holds `METHOD /path` of the operations that take no token (`POST /auth/get-token`, `GET /health`). */
export function createLowLevelClient(core, baseUrl, tokenHeader, openRoutes, fetchImpl) {
	// openapi-fetch hands fetch a Request; the client's injectable fetch takes a URL and init, as the facade's does.
	const requestFetch = fetchImpl ? async (request) => fetchImpl(request.url, {
		method: request.method,
		headers: request.headers,
		signal: request.signal,
		body: request.body ? await request.arrayBuffer() : undefined
	}) : undefined;
	const client = createClient({
		baseUrl: baseUrl.replace(/\/+$/, ""),
		...requestFetch ? { fetch: requestFetch } : {}
	});
	client.use({ async onRequest({ request, schemaPath }) {
		if (core.userAgent && !request.headers.has("user-agent")) request.headers.set("user-agent", core.userAgent);
		if (openRoutes.has(`${request.method} ${schemaPath}`) || request.headers.has(tokenHeader)) return request;
		const token = await core.token({ signal: request.signal });
		if (token) request.headers.set(tokenHeader, token);
		return request;
	} });
	return client;
}
