"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toNodeListener = toNodeListener;
exports.listen = listen;
// Serving the pipeline with node:http, without building a Web `Request` per call (see call.ts for why).
const node_http_1 = require("node:http");
const call_js_1 = require("./call.js");
const envelope_js_1 = require("./envelope.js");
function readNodeBody(req, limit) {
    if (req.readableEnded)
        return Promise.resolve(new Uint8Array(0));
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const done = () => {
            req.off('data', onData).off('end', onEnd).off('error', onError);
        };
        const onData = (chunk) => {
            size += chunk.length;
            if (size <= limit)
                return void chunks.push(chunk);
            done();
            // The answer carries `connection: close`, so the unread rest of the body dies with the socket.
            req.pause();
            resolve(call_js_1.TOO_LARGE);
        };
        const onEnd = () => {
            done();
            resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
        };
        const onError = () => {
            done();
            reject(new envelope_js_1.CallFailure(400, 'requestAborted', 'The client aborted the request body'));
        };
        req.on('data', onData).on('end', onEnd).on('error', onError);
    });
}
function toNodeListener(pipeline) {
    return (req, res) => {
        const { path, search } = (0, call_js_1.splitTarget)(req.url ?? '/');
        const call = {
            method: req.method ?? 'GET',
            path,
            search,
            header: (name) => {
                const value = req.headers[name];
                return Array.isArray(value) ? value.join(', ') : value;
            },
            readBody: (limit) => readNodeBody(req, limit),
        };
        // The pipeline answers every failure itself; it does not reject.
        void pipeline(call).then((answer) => {
            res.writeHead(answer.status, answer.headers);
            res.end(answer.body);
        });
    };
}
/** Listens on `port` (0 picks a free one) and resolves once the socket is bound. */
function listen(listener, options = {}) {
    const server = (0, node_http_1.createServer)(listener);
    const host = options.host ?? '127.0.0.1';
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, host, () => {
            const { port } = server.address();
            resolve({
                server,
                url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
                close: () => new Promise((done, fail) => {
                    server.close((error) => (error ? fail(error) : done()));
                    server.closeAllConnections();
                }),
            });
        });
    });
}
