// Serves the control API's operations under /sandbox/ with the same token and envelopes as the vendor API.
// Interim router: the control API's generated route table (its request validators) replaces it once it exists.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import type { Principal } from './auth.js';
import type { HandlerInput } from './engine.js';
import type { Answer } from './errors.js';

const ROUTES: Record<string, string> = {
  '/sandbox/transition': 'sandboxTransition',
  '/sandbox/ibis/card-transactions': 'sandboxCardTransactionPost',
  '/sandbox/users': 'sandboxUserCreate',
  '/sandbox/webhooks/list': 'sandboxWebhookList',
  '/sandbox/webhooks/redeliver': 'sandboxWebhookRedeliver',
  '/sandbox/reset': 'sandboxReset',
};

export function controlListener(
  handlers: Record<string, (input: HandlerInput) => Promise<Answer>>,
  authenticate: (token: string) => Promise<Principal | null>,
  tokenHeader: string,
  onError: (error: unknown, context: { requestId: string; operationId?: string }) => void,
) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const requestId = randomBytes(16).toString('hex');
    const send = (answer: Answer) => {
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    };
    const fail = (status: number, code: string, message: string, context: unknown = {}) => send({ status, body: { requestId, code, context, message } });
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const path = (req.url ?? '').split('?')[0];
      const operationId = ROUTES[path];
      if (!operationId) return fail(404, 'notFound', `No operation is documented at ${path}`, { method: req.method, path });
      if (req.method !== 'POST') return fail(405, 'methodNotAllowed', `${req.method} is not documented for ${path}; use POST`);
      const token = req.headers[tokenHeader];
      const principal = typeof token === 'string' ? await authenticate(token) : null;
      if (!principal) return fail(401, 'unauthorized', 'Authentication error');
      let body: unknown;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      } catch (error) {
        return fail(400, 'invalidJson', `The request could not be parsed: ${(error as Error).message}`);
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(400, 'requestValidateError', 'Request validation error', [{ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' }]);
      try {
        send(await handlers[operationId]({ body, params: {}, query: {}, principal, requestId }));
      } catch (error) {
        onError(error, { requestId, operationId });
        fail(500, 'internalError', 'The handler failed; the requestId identifies the request in the server logs');
      }
    });
  };
}
