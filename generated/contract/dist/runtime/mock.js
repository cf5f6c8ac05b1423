/// <reference types="node" />
// `connectfi-contract mock`: Prism (this package's own dependency) mocking the bundle the package ships, with
// `--errors` so an answer that breaks its own schema is a 500 rather than silently wrong data. It is ready when THAT
// process answers with Prism's "no path matched" problem, so a stranger on the port never counts.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
const NO_PATH_MATCHED = "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR";
/**
* Prism's CLI, resolved from the bundle's location: the kit's bundle sits at the root of the package that depends
* on Prism, so Node's lookup from there finds this package's Prism wherever npm placed it. (Resolving from the
* bundle rather than from this module keeps the runtime free of `import.meta`, so its CommonJS twin runs too.)
*/
function prismBin(bundlePath) {
	let manifest;
	try {
		manifest = createRequire(resolve(bundlePath)).resolve("@stoplight/prism-cli/package.json");
	} catch {
		throw new Error(`@stoplight/prism-cli is not installed where ${bundlePath} can find it; install @connectfi/contract with its dependencies (npm install), or put the bundle inside a project that depends on @stoplight/prism-cli`);
	}
	const bin = JSON.parse(readFileSync(manifest, "utf8")).bin;
	return join(dirname(manifest), typeof bin === "string" ? bin : bin.prism);
}
function freePort(host) {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once("error", reject);
		server.listen(0, host, () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}
async function answersAsPrism(url) {
	try {
		const res = await fetch(`${url}/__connectfi_contract_ready__`, { signal: AbortSignal.timeout(1e3) });
		return res.status === 404 && (await res.json()).type === NO_PATH_MATCHED;
	} catch {
		return false;
	}
}
const running = (child) => child.exitCode === null && child.signalCode === null;
export async function startMock(options) {
	const host = options.host ?? "127.0.0.1";
	const port = options.port || await freePort(host);
	const args = [
		prismBin(options.bundlePath),
		"mock",
		options.bundlePath,
		"--errors",
		"-h",
		host,
		"-p",
		String(port),
		"-v",
		"warn",
		...options.dynamic ? ["--dynamic"] : []
	];
	const child = spawn(process.execPath, args, { stdio: [
		"ignore",
		"pipe",
		"pipe"
	] });
	let output = "";
	child.stdout.on("data", (d) => output += d);
	child.stderr.on("data", (d) => output += d);
	const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
	const stop = async () => {
		if (!running(child)) return;
		const exited = new Promise((resolve) => child.once("exit", resolve));
		child.kill("SIGTERM");
		const timer = setTimeout(() => child.kill("SIGKILL"), 3e3);
		await exited;
		clearTimeout(timer);
	};
	const deadline = Date.now() + (options.readyTimeoutMs ?? 3e4);
	while (Date.now() < deadline) {
		if (!running(child)) throw new Error(`prism mock exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output}`);
		if (await answersAsPrism(url)) return {
			url,
			child,
			output: () => output,
			stop
		};
		await new Promise((r) => setTimeout(r, 150));
	}
	await stop();
	throw new Error(`prism mock was not ready on ${url} within ${options.readyTimeoutMs ?? 3e4} ms:\n${output}`);
}
