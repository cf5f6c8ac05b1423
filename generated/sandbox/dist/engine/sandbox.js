// One running sandbox: the store (migrated), the API users, the keys, the webhook dispatcher, the engine's handlers
// on @connectfi/server (request and response validation on), and the control API beside them on one port.
import { createServer } from "node:http";
import { combineTables, createServer as createApiServer, sendWebhook, tables } from "@connectfi/server";
import { Auth } from "./auth.js";
import { controlHandlers } from "./control.js";
import { Engine } from "./engine.js";
import { LazySandboxKeys } from "./keys.js";
import { openStore } from "./store-sql.js";
import { Dispatcher } from "./webhooks.js";
/** Every answer names its request, so a caller can quote it and the log line below can carry it. */
const REQUEST_ID_HEADER = "x-request-id";
export async function startSandbox(options) {
	const store = await openStore(options.db);
	await store.migrate();
	const auth = new Auth(store, (options.tokenTtlSeconds ?? 3600) * 1e3);
	if (!await store.findUser(options.login)) await auth.createUser(options.login, options.password);
	const keys = new LazySandboxKeys(store);
	const dispatcher = new Dispatcher({
		store,
		send: sendWebhook,
		allowHosts: options.webhookHosts,
		log: options.log
	});
	const engine = new Engine({
		model: options.model,
		store,
		auth,
		keys,
		dispatcher
	});
	const authenticate = async (token) => await auth.authenticate(token) ?? null;
	const onError = (error, context) => (options.log ?? ((line) => console.error(JSON.stringify(line))))({
		event: "handlerError",
		...context,
		error: error instanceof Error ? error.message : String(error)
	});
	// One pipeline for both APIs: the vendor's operations and the control API's, each validated in and out.
	const api = createApiServer(combineTables(tables, options.controlTables), {
		handlers: {
			...engine.handlers(),
			...controlHandlers({
				engine,
				store,
				auth,
				dispatcher
			})
		},
		authenticate,
		validateRequests: true,
		validateResponses: true,
		onError,
		unknownProperties: options.unknownProperties ?? "warn",
		requestIdHeader: REQUEST_ID_HEADER,
		...options.log ? { onUnknownProperties: (report) => options.log({
			event: "unknownProperties",
			...report
		}) } : {}
	});
	const log = options.log;
	const server = createServer((req, res) => {
		const started = performance.now();
		if (log) {
			// The pipeline passes its headers to writeHead (not setHeader), so the requestId is read on their way out.
			let requestId;
			const writeHead = res.writeHead.bind(res);
			res.writeHead = ((...args) => {
				const headers = args.find((a) => typeof a === "object" && a !== null);
				requestId = headers?.[REQUEST_ID_HEADER];
				return writeHead(...args);
			});
			res.once("finish", () => {
				const token = req.headers[options.model.tokenHeader];
				// Never the token itself: the tenant it belongs to, when known.
				const tenant = typeof token === "string" ? auth.cachedTenant(token) : undefined;
				log({
					method: req.method,
					path: (req.url ?? "").split("?")[0],
					status: res.statusCode,
					durationMs: Math.round((performance.now() - started) * 10) / 10,
					...requestId ? { requestId } : {},
					...tenant ? { tenant } : {}
				});
			});
		}
		api.nodeListener(req, res);
	});
	await new Promise((resolve, reject) => {
		server.once("error", reject);
		server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
	});
	dispatcher.start();
	const { port } = server.address();
	const host = options.host ?? "127.0.0.1";
	const url = `http://${host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
	return {
		url,
		store,
		async close() {
			// Requests in flight finish (up to the deadline, then their connections are cut); then pending webhook
			// deliveries are sent and attempts in flight finish, within what is left of the deadline.
			const deadline = Date.now() + (options.shutdownDeadlineMs ?? 1e4);
			// No more polling: what another process left pending meanwhile goes out in the dispatcher's final drain.
			dispatcher.stopPolling();
			let cut;
			await new Promise((resolve) => {
				server.close(() => resolve());
				server.closeIdleConnections();
				cut = setTimeout(() => server.closeAllConnections(), Math.max(0, deadline - Date.now()));
			});
			clearTimeout(cut);
			await dispatcher.stop(Math.max(0, deadline - Date.now()));
			await store.close();
		}
	};
}
