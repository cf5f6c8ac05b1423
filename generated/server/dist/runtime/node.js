// Serving the pipeline with node:http, without building a Web `Request` per call (see call.ts for why).
import { createServer } from "node:http";
import { TOO_LARGE, splitTarget } from "./call.js";
import { CallFailure } from "./envelope.js";
function readNodeBody(req, limit) {
	if (req.readableEnded) return Promise.resolve(new Uint8Array(0));
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		const done = () => {
			req.off("data", onData).off("end", onEnd).off("error", onError);
		};
		const onData = (chunk) => {
			size += chunk.length;
			if (size <= limit) return void chunks.push(chunk);
			done();
			// The answer carries `connection: close`: the listener drains the rest (up to DRAIN_LIMIT) before answering.
			req.pause();
			resolve(TOO_LARGE);
		};
		const onEnd = () => {
			done();
			resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
		};
		const onError = () => {
			done();
			reject(new CallFailure(400, "requestAborted", "The client aborted the request body"));
		};
		req.on("data", onData).on("end", onEnd).on("error", onError);
	});
}
/**
* A body the server did not read (a 413 answered from its declared length, a 401 before it) is still read and thrown
* away before an answer that closes the connection: a client that writes its whole body before it reads (fetch,
* @connectfi/client) would otherwise get a reset socket (EPIPE) instead of the answer. Reading stops at the body's
* end, after DRAIN_LIMIT bytes (the rest is cut off with the connection), or when the client has sent nothing for
* DRAIN_IDLE_MS (it is waiting for the answer).
*/
const DRAIN_LIMIT = 64 * 1024 * 1024;
const DRAIN_IDLE_MS = 500;
function drain(req) {
	if (req.readableEnded || req.destroyed) return Promise.resolve();
	return new Promise((done) => {
		let seen = 0;
		let idle;
		const finish = () => {
			clearTimeout(idle);
			req.off("data", onData).off("end", finish).off("error", finish);
			done();
		};
		const onData = (chunk) => {
			seen += chunk.length;
			if (seen > DRAIN_LIMIT) return finish();
			idle.refresh();
		};
		idle = setTimeout(finish, DRAIN_IDLE_MS);
		req.on("data", onData).on("end", finish).on("error", finish);
		req.resume();
	});
}
/**
* The answers finished in one turn of the event loop, written together at its end. Each write to a loopback socket
* runs the receiver's side of TCP and wakes its process; written in a burst, the receiver is woken once for many
* (profiled on an ACH query load with 10 connections: writev was a third of the event loop's time; written together,
* a third less CPU per request here and in the client, and half again as many requests per second). An answer waits
* for at most the rest of the turn it was finished in.
*/
let finished = [];
function writeFinished() {
	const answers = finished;
	finished = [];
	for (const [res, answer] of answers) {
		try {
			res.writeHead(answer.status, answer.headers);
			res.end(answer.body);
		} catch (error) {
			// One unwritable answer (a header Node refuses) must not keep the others unwritten.
			res.destroy(error);
		}
	}
}
export function toNodeListener(pipeline) {
	return (req, res) => {
		const { path, search } = splitTarget(req.url ?? "/");
		const call = {
			method: req.method ?? "GET",
			path,
			search,
			header: (name) => {
				const value = req.headers[name];
				return Array.isArray(value) ? value.join(", ") : value;
			},
			readBody: (limit) => readNodeBody(req, limit)
		};
		// The pipeline answers every failure itself; it does not reject.
		void pipeline(call).then(async (answer) => {
			if (answer.headers.connection === "close") await drain(req);
			if (finished.push([res, answer]) === 1) setImmediate(writeFinished);
		});
	};
}
/** Listens on `port` (0 picks a free one) and resolves once the socket is bound. */
export function listen(listener, options = {}) {
	const server = createServer(listener);
	const host = options.host ?? "127.0.0.1";
	return new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(options.port ?? 0, host, () => {
			const { port } = server.address();
			resolve({
				server,
				url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
				close: () => new Promise((done, fail) => {
					server.close((error) => error ? fail(error) : done());
					server.closeAllConnections();
				})
			});
		});
	});
}
