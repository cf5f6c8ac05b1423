// What a TypeScript consumer writes, type-checked against the installed tarballs under every tsconfig of this
// folder: copied to types.mts (ESM under nodenext) and types.cts (CommonJS under nodenext), used as is under bundler.
// The @ts-expect-error lines fail the check if the packages' types ever degrade to `any`.
import { APIError, ConnectFiError, createConnectFiClient, encryptCardData, parseWebhook, type AchStatusChangedEvent, type ClientOptions } from '@connectfi/client';
import { SandboxControl } from '@connectfi/client/sandbox';
import { createConnectFiServer } from '@connectfi/server';
import { loadKit, summaryLine, verify, type VerifyReport } from '@connectfi/contract';

const options: ClientOptions = { baseUrl: 'https://sandbox.connectfi.invalid', login: 'api-user', password: 'secret' };
const cfi = createConnectFiClient(options);

export async function consume(rawBody: string): Promise<string> {
  const event: AchStatusChangedEvent = parseWebhook('achStatusChanged', rawBody);
  // @ts-expect-error: the spec declares no such webhook
  parseWebhook('noSuchWebhook', rawBody);
  const health = await cfi.health.check();
  // @ts-expect-error: the health answer has no such field
  health.noSuchField;
  try {
    await cfi.customer.status('c-1');
  } catch (error) {
    if (error instanceof APIError) return `${error.status} ${error.code}`;
    if (error instanceof ConnectFiError) return error.message;
  }
  return `${JSON.stringify(event)} ${await encryptCardData({ pan: '4111111111111111', expiry: '202812', cvv: '123' }, '-----BEGIN PUBLIC KEY-----')}`;
}

/** The sandbox control API's entry point: typed from its own document, sharing the main entry's runtime. */
export async function resetSandbox(): Promise<number> {
  const control = new SandboxControl(options);
  // @ts-expect-error: a transition names its target status
  void (() => control.transition({ resource: 'AchTransfer', id: 'x' }));
  return (await control.reset({})).deleted;
}

export const stubs = createConnectFiServer({
  authenticate: (token) => (token === 'good-token' ? { user: 'u1' } : null),
  handlers: {
    healthCheck: ({ requestId }) => ({ status: 200, body: { code: '0', data: { status: 'ok', dtsChecked: new Date(0).toISOString() }, requestId } }),
  },
});

// The contract kit's library entry, as a CI script that drives `verify` from code would use it.
export async function contractSummary(target: string, token: string): Promise<string> {
  const { table, validators } = loadKit();
  const report: VerifyReport = await verify(table, validators, { target, token, only: ['healthCheck'] });
  // @ts-expect-error: verify needs the target
  await verify(table, validators, { token });
  return summaryLine(report);
}
