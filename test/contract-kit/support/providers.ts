// Providers for the kit to verify, built on @connectfi/server: one that answers every operation with its documented
// success example (and accepts only the token its own login issued), and one with planted defects, each on one
// operation, so a test can see the kit name every defect and nothing else.
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { createConnectFiServer, TOKEN_HEADER, type ConnectFiHandlers } from '@connectfi/server';
import { listOperations, type OperationEntry } from '../../../scripts/lib/operations.ts';
import { loadBundle } from '../../support/bundle.ts';

export interface Provider {
  url: string;
  close(): Promise<void>;
}

export const LOGIN = 'KITTEST_api';
export const PASSWORD = 'Kit-Test-Passw0rd!';

const operations = () => listOperations(loadBundle()).filter((o) => o.kind === 'operation');

type Answer = { status: number; body?: unknown; contentType?: string };
/** What a handler receives from @connectfi/server (the parts these providers read). */
export interface Input {
  body?: any;
  params?: Record<string, string>;
}
type Handler = (input: Input) => Answer;

/** The documented success example of each operation; the login checks the credentials and hands out its example token. */
function exampleHandlers(ops: OperationEntry[]): { handlers: Record<string, Handler>; token: string } {
  const login = ops.find((o) => o.operationId === 'authGetToken')!;
  const token = (login.success!.example!.value as any).data.token as string;
  const refused = login.errors.find((e) => e.status === '401')!.value;
  const handlers: Record<string, Handler> = {};
  for (const op of ops) {
    handlers[op.operationId] = () => (op.success ? { status: Number(op.success.status), body: op.success.example?.value, contentType: op.success.contentType } : { status: 200 });
  }
  handlers.authGetToken = ({ body }) => (body?.user?.login === LOGIN && body?.user?.password === PASSWORD ? { status: 200, body: login.success!.example!.value } : { status: 401, body: refused });
  return { handlers, token };
}

function connectFi(handlers: Record<string, Handler>, token: string, options: { validateRequests?: boolean; validateResponses?: boolean } = {}) {
  return createConnectFiServer({
    handlers: handlers as unknown as Partial<ConnectFiHandlers<{ token: string }>>,
    authenticate: (given) => (given === token ? { token } : null),
    validateResponses: options.validateResponses ?? true,
    validateRequests: options.validateRequests ?? true,
    onError: () => {},
  });
}

function listen(listener: RequestListener): Promise<Provider> {
  const server = createHttpServer(listener);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      const close = () =>
        new Promise<void>((done) => {
          server.close(() => done());
          server.closeAllConnections();
        });
      resolve({ url: `http://127.0.0.1:${port}`, close });
    });
  });
}

export interface Examples {
  /** The first documented error example under that status (with that code). */
  error(status: string, code?: string): unknown;
  /** A copy of the documented success example. */
  success(): any;
}

/**
 * The example provider with some operations answering otherwise (`overrides`), or, `silent`, a server that accepts
 * connections and never answers.
 */
export function startProvider(overrides: Record<string, (examples: Examples, input: Input) => Answer>, options: { silent?: boolean } = {}): Promise<Provider> {
  if (options.silent) return listen(() => {});
  const ops = operations();
  const { handlers, token } = exampleHandlers(ops);
  for (const [id, answer] of Object.entries(overrides)) {
    const op = ops.find((o) => o.operationId === id)!;
    const examples: Examples = {
      error: (status, code) => op.errors.find((e) => e.status === status && (code === undefined || (e.value as any)?.code === code))!.value,
      success: () => structuredClone(op.success!.example!.value) as any,
    };
    handlers[id] = (input) => answer(examples, input);
  }
  return listen(connectFi(handlers, token).nodeListener);
}

export const startExampleProvider = () => startProvider({});

/** The operation each defect is planted on. */
export const DEFECTS = {
  missingHandler: 'achList',
  noRequestId: 'achQuery',
  skipsAuth: 'checkGet',
  skipsValidation: 'cardPush',
} as const;

/**
 * One front listener: the defects' operations are routed to servers that carry them, everything else to a
 * correct one. Skipping auth is a front that puts the valid token on every call to that operation.
 */
export function startDefectiveProvider(): Promise<Provider> {
  const ops = operations();
  const { handlers, token } = exampleHandlers(ops);
  const byId = Object.fromEntries(ops.map((o) => [o.operationId, o]));
  const routeOf = (id: string) => new RegExp(`^${byId[id].path.replace(/\{[^}]+\}/g, '[^/]+')}(\\?|$)`);

  const { [DEFECTS.missingHandler]: _missing, ...withoutOne } = handlers;
  const correct = connectFi(withoutOne, token).nodeListener;
  const query = byId[DEFECTS.noRequestId];
  const { requestId: _dropped, ...noRequestId } = query.success!.example!.value as Record<string, unknown>;
  const unchecked = connectFi({ ...handlers, [DEFECTS.noRequestId]: () => ({ status: 200, body: noRequestId }) }, token, { validateResponses: false }).nodeListener;
  const unvalidated = connectFi(handlers, token, { validateRequests: false }).nodeListener;

  return listen((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (routeOf(DEFECTS.noRequestId).test(url)) return unchecked(req, res);
    if (routeOf(DEFECTS.skipsValidation).test(url)) return unvalidated(req, res);
    if (routeOf(DEFECTS.skipsAuth).test(url)) req.headers[TOKEN_HEADER] = token;
    return correct(req, res);
  });
}
