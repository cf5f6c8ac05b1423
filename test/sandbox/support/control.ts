// The control API for the suites. Interim: plain fetch with the caller's token until the client's
// `@connectfi/client/sandbox` entry point is merged, then its typed methods.
export function controlClient(baseUrl: string, token: () => Promise<string>) {
  async function call(path: string, body: unknown) {
    const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-connectfi-token': await token() }, body: JSON.stringify(body) });
    const json = (await response.json()) as any;
    if (json.code !== '0') throw Object.assign(new Error(`${response.status} ${json.code}: ${json.message}`), { status: response.status, code: json.code, context: json.context });
    return json.data;
  }
  return {
    transition: (body: { resource: string; id: string; to: string; set?: Record<string, unknown> }) => call('/sandbox/transition', body),
    postCardTransaction: (body: Record<string, unknown>) => call('/sandbox/ibis/card-transactions', body),
    createUser: (body: { login: string; password: string }) => call('/sandbox/users', body),
    listWebhooks: (body: { recordId?: string; webhook?: string; numberOfRecords?: number; skipRecords?: number } = {}) => call('/sandbox/webhooks/list', body),
    redeliver: (body: { deliveryId: string }) => call('/sandbox/webhooks/redeliver', body),
    reset: () => call('/sandbox/reset', {}),
  };
}
