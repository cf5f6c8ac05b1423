// One running sandbox: the store (migrated), the API users, the keys, the webhook dispatcher, the engine's handlers
// on @connectfi/server (request and response validation on), and the control API beside them on one port.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { combineTables, createServer as createApiServer, sendWebhook, tables, type PipelineTables } from '@connectfi/server';
import { Auth } from './auth.js';
import { controlHandlers } from './control.js';
import { Engine } from './engine.js';
import { LazySandboxKeys } from './keys.js';
import type { SandboxModel } from './model.js';
import { openStore } from './store-sql.js';
import type { Store } from './store.js';
import { Dispatcher, type WebhookSend } from './webhooks.js';

/** Every answer names its request, so a caller can quote it and the log line below can carry it. */
const REQUEST_ID_HEADER = 'x-request-id';

export interface SandboxOptions {
  model: SandboxModel;
  /** The control API's route table (generated into the package's src/control/), served beside the vendor API. */
  controlTables: PipelineTables;
  /** A SQLite file, `:memory:`, or `postgres://...`. */
  db: string;
  port?: number;
  host?: string;
  login: string;
  password: string;
  /** Hosts webhooks may be posted to; undefined: any. */
  webhookHosts?: string[];
  unknownProperties?: 'warn' | 'reject' | 'allow';
  tokenTtlSeconds?: number;
  /** How long close() (SIGTERM) waits for requests in flight and pending webhook attempts (default 10 s). */
  shutdownDeadlineMs?: number;
  /** One JSON line per request and per webhook attempt, without tokens, passwords or account numbers. */
  log?: (line: Record<string, unknown>) => void;
}

export interface RunningSandbox {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions): Promise<RunningSandbox> {
  const store = await openStore(options.db);
  await store.migrate();
  const auth = new Auth(store, (options.tokenTtlSeconds ?? 3600) * 1000);
  if (!(await store.findUser(options.login))) await auth.createUser(options.login, options.password);
  const keys = new LazySandboxKeys(store);
  const dispatcher = new Dispatcher({ store, send: sendWebhook as unknown as WebhookSend, allowHosts: options.webhookHosts, log: options.log });
  const engine = new Engine({ model: options.model, store, auth, keys, dispatcher });
  const authenticate = async (token: string) => (await auth.authenticate(token)) ?? null;
  const onError = (error: unknown, context: { requestId: string; operationId?: string }) =>
    (options.log ?? ((line) => console.error(JSON.stringify(line))))({ event: 'handlerError', ...context, error: error instanceof Error ? error.message : String(error) });
  // One pipeline for both APIs: the vendor's operations and the control API's, each validated in and out.
  const api = createApiServer(combineTables(tables, options.controlTables), {
    handlers: { ...engine.handlers(), ...controlHandlers({ engine, store, auth, dispatcher }) } as never,
    authenticate,
    validateRequests: true,
    validateResponses: true,
    onError,
    unknownProperties: options.unknownProperties ?? 'warn',
    requestIdHeader: REQUEST_ID_HEADER,
    ...(options.log ? { onUnknownProperties: (report: unknown) => options.log!({ event: 'unknownProperties', ...(report as object) }) } : {}),
  });

  const log = options.log;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    if (log) {
      // The pipeline passes its headers to writeHead (not setHeader), so the requestId is read on their way out.
      let requestId: unknown;
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
      res.writeHead = ((...args: unknown[]) => {
        const headers = args.find((a) => typeof a === 'object' && a !== null) as Record<string, unknown> | undefined;
        requestId = headers?.[REQUEST_ID_HEADER];
        return writeHead(...args);
      }) as typeof res.writeHead;
      res.once('finish', () => {
        const token = req.headers[options.model.tokenHeader];
        // Never the token itself: the tenant it belongs to, when known.
        const tenant = typeof token === 'string' ? auth.cachedTenant(token) : undefined;
        log({ method: req.method, path: (req.url ?? '').split('?')[0], status: res.statusCode, durationMs: Math.round((performance.now() - started) * 10) / 10, ...(requestId ? { requestId } : {}), ...(tenant ? { tenant } : {}) });
      });
    }
    api.nodeListener(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  dispatcher.start();
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  return {
    url,
    store,
    async close() {
      // Requests in flight finish (up to the deadline, then their connections are cut); then pending webhook
      // deliveries are sent and attempts in flight finish, within what is left of the deadline.
      const deadline = Date.now() + (options.shutdownDeadlineMs ?? 10_000);
      // No more polling: what another process left pending meanwhile goes out in the dispatcher's final drain.
      dispatcher.stopPolling();
      let cut: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        cut = setTimeout(() => server.closeAllConnections(), Math.max(0, deadline - Date.now()));
      });
      clearTimeout(cut);
      await dispatcher.stop(Math.max(0, deadline - Date.now()));
      await store.close();
    },
  };
}
