// One call of each kind, from the client facade to a server built from the stubs, over a real socket: an open GET,
// a login followed by a secured POST, a documented business error, a schema violation caught by the server, and a
// webhook sent by the server's sendWebhook and parsed by the client's parseWebhook.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createConnectFiClient, parseWebhook, APIError, RequestValidateError, type AkepaStatusChangedEvent } from '@connectfi/client';
import { createConnectFiServer, sendWebhook } from '@connectfi/server';
import { authenticate, exampleHandlers, LOGIN, PASSWORD } from './example-handlers.js';

export interface RoundTrip {
  health: string;
  passwordChanged: boolean;
  businessError: { status: number; code: string; className: string };
  validationError: { status: number; code: string; className: string; firstPath: string };
  webhookStatus: string;
}

const describeError = (error: unknown) => {
  if (!(error instanceof APIError)) throw error;
  return { status: error.status, code: error.code, className: error.constructor.name };
};

/** A receiver that parses what it is posted with the client's parseWebhook. */
async function webhookReceiver() {
  const received: AkepaStatusChangedEvent[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req
      .on('data', (c: Buffer) => chunks.push(c))
      .on('end', () => {
        received.push(parseWebhook('akepaStatusChanged', Buffer.concat(chunks)));
        res.writeHead(200).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, close: () => new Promise((r) => server.close(r)) };
}

export async function roundTrip(): Promise<RoundTrip> {
  const server = await createConnectFiServer({ handlers: exampleHandlers, authenticate, validateResponses: true }).listen();
  const receiver = await webhookReceiver();
  try {
    const cfi = createConnectFiClient({ baseUrl: server.url, login: LOGIN, password: PASSWORD, maxRetries: 0 });
    const health = await cfi.health.check();
    const changed = await cfi.user.changePassword({ oldPassword: PASSWORD, newPassword: 'N3w-Secret*2024' });
    const businessError = await cfi.user.changePassword({ oldPassword: 'Not-The-Passw0rd!', newPassword: 'N3w-Secret*2024' }).then(() => {
      throw new Error('expected wrongOldPassword');
    }, describeError);
    const validationError = await cfi.user.changePassword({ oldPassword: PASSWORD, newPassword: 'short' }).then(
      () => {
        throw new Error('expected requestValidateError');
      },
      (error: unknown) => ({
        ...describeError(error),
        firstPath: error instanceof RequestValidateError ? error.items[0].instancePath : '',
      }),
    );
    // `satisfies`: the client's event type admits statuses added later (a receiver's view); the server sends known ones.
    const event = {
      code: '0',
      requestId: '8f3a1c20b7a611edaaa621b3360f38c0',
      data: { applicationId: 'iapp_2Xc8Kp0ZqW4bTn7Rf1sVhY', customerId: 'cstap_7YhQ2mWk9Lr3Tz5Nb8Vc1X', status: 'waiting_review', outcome: null },
    } satisfies AkepaStatusChangedEvent;
    await sendWebhook('akepaStatusChanged', receiver.url, event);
    return { health: health.status, passwordChanged: changed.status, businessError, validationError, webhookStatus: receiver.received[0]?.data.status ?? 'none' };
  } finally {
    await receiver.close();
    await server.close();
  }
}
