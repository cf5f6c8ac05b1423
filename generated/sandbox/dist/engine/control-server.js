import { randomBytes } from 'node:crypto';
const ROUTES = {
    '/sandbox/transition': 'sandboxTransition',
    '/sandbox/ibis/card-transactions': 'sandboxCardTransactionPost',
    '/sandbox/users': 'sandboxUserCreate',
    '/sandbox/webhooks/list': 'sandboxWebhookList',
    '/sandbox/webhooks/redeliver': 'sandboxWebhookRedeliver',
    '/sandbox/reset': 'sandboxReset',
};
export function controlListener(handlers, authenticate, tokenHeader, onError) {
    return (req, res) => {
        const requestId = randomBytes(16).toString('hex');
        const send = (answer) => {
            res.writeHead(answer.status, { 'content-type': 'application/json' });
            res.end(JSON.stringify(answer.body));
        };
        const fail = (status, code, message, context = {}) => send({ status, body: { requestId, code, context, message } });
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', async () => {
            const path = (req.url ?? '').split('?')[0];
            const operationId = ROUTES[path];
            if (!operationId)
                return fail(404, 'notFound', `No operation is documented at ${path}`, { method: req.method, path });
            if (req.method !== 'POST')
                return fail(405, 'methodNotAllowed', `${req.method} is not documented for ${path}; use POST`);
            const token = req.headers[tokenHeader];
            const principal = typeof token === 'string' ? await authenticate(token) : null;
            if (!principal)
                return fail(401, 'unauthorized', 'Authentication error');
            let body;
            try {
                body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
            }
            catch (error) {
                return fail(400, 'invalidJson', `The request could not be parsed: ${error.message}`);
            }
            if (!body || typeof body !== 'object' || Array.isArray(body))
                return fail(400, 'requestValidateError', 'Request validation error', [{ instancePath: '', schemaPath: '#/type', keyword: 'type', params: { type: 'object' }, message: 'must be object' }]);
            try {
                send(await handlers[operationId]({ body, params: {}, query: {}, principal, requestId }));
            }
            catch (error) {
                onError(error, { requestId, operationId });
                fail(500, 'internalError', 'The handler failed; the requestId identifies the request in the server logs');
            }
        });
    };
}
