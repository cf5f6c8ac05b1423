// An injected fetch for the client's unit tests: each request is recorded and answered by a handler, so no test
// touches the network.
export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: any;
}

export type Handler = (request: Recorded, index: number) => Response | Promise<Response>;

export function fakeFetch(handler: Handler) {
  const calls: Recorded[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const raw = init.body;
    const body = typeof raw === 'string' ? JSON.parse(raw) : raw;
    const request = { method: String(init.method), url, headers, body };
    calls.push(request);
    if (init.signal?.aborted) throw init.signal.reason;
    return handler(request, calls.length - 1);
  };
  return { fetch, calls };
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const ok = (data: unknown) => json(200, { code: '0', data, requestId: '3ec05680b7a611edaaa621b3360f38c0' });

export const fail = (status: number, code: string, context: unknown = {}, extra: Record<string, unknown> = {}) =>
  json(status, { requestId: '4a1b9e10b7a611edaaa621b3360f38c0', code, context, message: `${code} happened`, ...extra }, status === 429 ? { 'retry-after': '0.03' } : {});

export const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

/** Answers `/auth/get-token` with a token valid for an hour, and everything else with `rest`. */
export const withLogin =
  (rest: Handler, token = 'tok-1'): Handler =>
  (request, index) =>
    request.url.endsWith('/auth/get-token') ? ok({ token, dtsExpireAt: inAnHour() }) : rest(request, index);
