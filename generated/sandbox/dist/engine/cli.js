// `connectfi-sandbox [--port N] [--host H] [--db PATH|:memory:|postgres://...] [--webhook-hosts a,b]
// [--unknown-properties warn|reject|allow] [--login L] [--password P] [--token-ttl SECONDS] [--log]`.
// Prints `listening <url>` once it answers, then the credentials and where the data lives.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { startSandbox } from "./sandbox.js";
/** The spec's own login example: what the docs and samples use. */
export const DEFAULT_LOGIN = "CLIENTID_api";
export const DEFAULT_PASSWORD = "Sandbox-Passw0rd!";
const DEFAULT_DB = ".connectfi-sandbox/sandbox.db";
export const USAGE = `Usage: connectfi-sandbox [options]
  --port N                 port to listen on (default 4020; 0 picks a free one)      env PORT
  --host H                 address to bind (default 127.0.0.1)
  --db PATH|:memory:|URL   SQLite file (default ${DEFAULT_DB}), :memory:, or postgres://...   env DATABASE_URL
  --webhook-hosts a,b      hosts webhooks may be posted to (default: any)
  --unknown-properties M   warn | reject | allow: request properties the operation does not define (default warn)
  --login L                API user created at start if missing (default ${DEFAULT_LOGIN})   env CONNECTFI_SANDBOX_LOGIN
  --password P             its password (default ${DEFAULT_PASSWORD})                         env CONNECTFI_SANDBOX_PASSWORD
  --token-ttl SECONDS      token lifetime (default 3600)
  --log                    one JSON line per request and per webhook attempt on stderr
`;
export class UsageError extends Error {}
export function parseCli(argv, env) {
	let values;
	try {
		({values} = parseArgs({
			args: argv,
			options: {
				port: { type: "string" },
				host: { type: "string" },
				db: { type: "string" },
				"webhook-hosts": { type: "string" },
				"unknown-properties": { type: "string" },
				login: { type: "string" },
				password: { type: "string" },
				"token-ttl": { type: "string" },
				log: { type: "boolean" },
				help: { type: "boolean" }
			},
			strict: true
		}));
	} catch (error) {
		throw new UsageError(error.message);
	}
	const port = Number(values.port ?? env.PORT ?? 4020);
	if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be an integer from 0 to 65535, not ${values.port}`);
	const mode = values["unknown-properties"] ?? "warn";
	if (![
		"warn",
		"reject",
		"allow"
	].includes(mode)) throw new UsageError(`--unknown-properties must be warn, reject or allow, not ${mode}`);
	const ttl = Number(values["token-ttl"] ?? 3600);
	if (!(ttl > 0)) throw new UsageError(`--token-ttl must be a positive number of seconds, not ${values["token-ttl"]}`);
	return {
		help: values.help === true,
		port,
		host: values.host ?? "127.0.0.1",
		db: values.db ?? env.DATABASE_URL ?? DEFAULT_DB,
		webhookHosts: values["webhook-hosts"]?.split(",").map((h) => h.trim()).filter(Boolean),
		unknownProperties: mode,
		login: values.login ?? env.CONNECTFI_SANDBOX_LOGIN ?? DEFAULT_LOGIN,
		password: values.password ?? env.CONNECTFI_SANDBOX_PASSWORD ?? DEFAULT_PASSWORD,
		tokenTtlSeconds: ttl,
		log: values.log === true
	};
}
export async function main(model, controlTables, argv) {
	let options;
	try {
		options = parseCli(argv, process.env);
	} catch (error) {
		process.stderr.write(`${error.message}\n\n${USAGE}`);
		process.exit(2);
	}
	if (options.help) {
		process.stdout.write(USAGE);
		return;
	}
	const isFile = options.db !== ":memory:" && !/^postgres(ql)?:\/\//.test(options.db);
	if (isFile) mkdirSync(dirname(resolve(options.db)), { recursive: true });
	const log = options.log ? (line) => process.stderr.write(`${JSON.stringify({
		time: new Date().toISOString(),
		...line
	})}\n`) : undefined;
	let sandbox;
	try {
		sandbox = await startSandbox({
			model,
			controlTables,
			...options,
			log
		});
	} catch (error) {
		process.stderr.write(`connectfi-sandbox could not start: ${error.message}\n`);
		process.exit(1);
	}
	const where = isFile ? resolve(options.db) : sandbox.store.location;
	process.stdout.write(`listening ${sandbox.url}\nlogin ${options.login}\npassword ${options.password === DEFAULT_PASSWORD ? DEFAULT_PASSWORD : "(as given)"}\ndata ${sandbox.store.kind} ${where}\n`);
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await sandbox.close();
		process.exit(0);
	};
	process.on("SIGINT", stop);
	process.on("SIGTERM", stop);
}
