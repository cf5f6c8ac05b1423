// The control API for the suites, through the client's `@connectfi/client/sandbox` entry point, under the short
// names the suites use.
import { SandboxControl } from '@connectfi/client/sandbox';

export function controlClient(baseUrl: string, token: string) {
  const control = new SandboxControl({ baseUrl, token, maxRetries: 0 });
  return {
    transition: (body: { resource: string; id: string; to: string; set?: Record<string, unknown> }) => control.transition(body as never) as Promise<any>,
    postCardTransaction: (body: Record<string, unknown>) => control.cardTransactionPost(body as never) as Promise<any>,
    createUser: (body: { login: string; password: string }) => control.userCreate(body) as Promise<any>,
    listWebhooks: (body: { recordId?: string; webhook?: string; numberOfRecords?: number; skipRecords?: number } = {}) => control.webhookList(body as never) as Promise<any>,
    redeliver: (body: { deliveryId: string }) => control.webhookRedeliver(body) as Promise<any>,
    reset: () => control.reset({}) as Promise<any>,
  };
}
