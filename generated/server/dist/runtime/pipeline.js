// One request, start to end: route, authenticate, parse and validate the input, call the handler, check its answer
// against the contract, serialise. Every failure becomes a connectFi error envelope here; nothing escapes.
import { acceptedMediaType, assertPresent, parseJson, readLimited } from "./body.js";
import { judgeInvalidBody } from "./business-rules.js";
import { CallFailure, internalError, methodNotAllowed, newRequestId, notFound, notImplemented, requestInvalid, unauthorized } from "./envelope.js";
import { decodeSegment } from "./json-pointer.js";
import { parseMultipart } from "./multipart.js";
import { collectParameters } from "./parameters.js";
import { checkAnswer } from "./response-check.js";
import { createRouter } from "./router.js";
import { serialise } from "./serialise.js";
import { describeUnknown, findUnknownProperties, unknownPropertiesHeader } from "./unknown-properties.js";
/** The response header that lists body properties the operation does not define (`unknownProperties: 'warn'`). */
export const UNKNOWN_PROPERTIES_HEADER = "x-connectfi-unknown-properties";
/** An unknown property as Ajv would report `additionalProperties: false`, plus the suggestion. */
function unknownIssue({ path, suggestion }) {
	const slash = path.lastIndexOf("/");
	const name = decodeSegment(path.slice(slash + 1));
	return {
		instancePath: path.slice(0, slash),
		schemaPath: "#/additionalProperties",
		keyword: "additionalProperties",
		params: suggestion ? {
			additionalProperty: name,
			suggestion
		} : { additionalProperty: name },
		message: `must NOT have additional properties${suggestion ? ` (did you mean ${suggestion}?)` : ""}`
	};
}
const MB = 1024 * 1024;
export function createPipeline(tables, options) {
	const router = createRouter(tables.routes);
	const validateRequests = options.validateRequests ?? true;
	const bodyLimit = options.bodyLimit ?? MB;
	const uploadLimit = options.uploadLimit ?? 10 * MB;
	const report = options.onError ?? ((error, context) => console.error(`[connectfi-server] ${context.operationId ?? "-"} ${context.requestId}`, error));
	// A logger that throws must not turn a 500 answer into an unhandled rejection.
	const onError = (error, context) => {
		try {
			report(error, context);
		} catch {}
	};
	let responseValidators;
	const unknownMode = options.unknownProperties ?? "warn";
	if (![
		"warn",
		"reject",
		"allow"
	].includes(unknownMode)) throw new Error(`unknownProperties must be warn, reject or allow, not ${JSON.stringify(unknownMode)}`);
	const warnUnknown = options.onUnknownProperties ?? ((report) => console.warn(`[connectfi-server] ${report.operationId} ${report.requestId}: unknown propert${report.properties.length > 1 ? "ies" : "y"} ${report.properties.map(describeUnknown).join(", ")}`));
	/** Throws in `reject` mode; in `warn` mode reports and returns what the answer's header lists. */
	function checkUnknown(route, body, requestId) {
		// With request validation off the server takes the input as it comes, unknown properties included.
		if (unknownMode === "allow" || !validateRequests || body === undefined || !route.body?.knownProperties) return undefined;
		const found = findUnknownProperties(route.body.knownProperties, body);
		if (!found.length) return undefined;
		if (unknownMode === "reject") throw requestInvalid(found.map(unknownIssue));
		try {
			warnUnknown({
				requestId,
				operationId: route.operationId,
				properties: found
			});
		} catch (error) {
			onError(error, {
				requestId,
				operationId: route.operationId
			});
		}
		return found;
	}
	async function readBody(route, call) {
		const spec = route.body;
		const contentType = call.header("content-type");
		const bytes = await readLimited(call, spec.kind === "multipart" ? uploadLimit : bodyLimit);
		if (!contentType && !assertPresent(spec, bytes)) return undefined;
		acceptedMediaType(spec, contentType);
		if (!assertPresent(spec, bytes)) return undefined;
		if (spec.kind === "multipart") {
			const { body, textFields } = await parseMultipart(bytes, contentType, spec);
			if (validateRequests && !spec.validate(textFields)) throw requestInvalid(spec.validate.errors ?? []);
			return body;
		}
		const body = parseJson(bytes);
		if (validateRequests && !spec.validate(body)) {
			const failure = judgeInvalidBody(spec, body, spec.validate.errors ?? []);
			if (failure) throw failure;
		}
		return body;
	}
	async function run(call, requestId, context) {
		const match = router.match(call.method, call.path);
		if (match.kind === "none") throw notFound(call.method, call.path);
		if (match.kind === "wrongMethod") throw methodNotAllowed(call.method, call.path, match.allowed);
		const route = match.route;
		context.operationId = route.operationId;
		let principal;
		if (route.secured) {
			const token = call.header(tables.tokenHeader);
			const found = token ? await options.authenticate(token) : undefined;
			if (found === null || found === undefined || found === false) throw unauthorized();
			principal = found;
		}
		const parameters = collectParameters(route.parameters, match.params, call.search, call.header);
		if (validateRequests && route.validateParameters && !route.validateParameters(parameters)) {
			throw requestInvalid(route.validateParameters.errors ?? []);
		}
		const body = route.body ? await readBody(route, call) : undefined;
		context.unknown = checkUnknown(route, body, requestId);
		const handler = options.handlers[route.operationId];
		if (!handler) throw notImplemented(route.operationId);
		let answer;
		try {
			answer = await handler({
				body,
				params: parameters.path,
				query: parameters.query,
				headers: parameters.header,
				principal,
				requestId,
				header: call.header
			});
		} catch (error) {
			onError(error, {
				requestId,
				operationId: route.operationId
			});
			throw internalError();
		}
		if (options.validateResponses) checkAnswer(route, answer, await (responseValidators ??= tables.loadResponseValidators()));
		return serialise(route, answer);
	}
	return async (call) => {
		const requestId = newRequestId();
		const context = {};
		let answer;
		try {
			answer = await run(call, requestId, context);
		} catch (error) {
			if (!(error instanceof CallFailure)) onError(error, {
				requestId,
				operationId: context.operationId
			});
			const failure = error instanceof CallFailure ? error : internalError();
			answer = {
				status: failure.status,
				headers: {
					"content-type": "application/json",
					...failure.headers
				},
				body: JSON.stringify(failure.envelope(requestId))
			};
		}
		if (options.requestIdHeader) answer = {
			...answer,
			headers: {
				...answer.headers,
				[options.requestIdHeader]: requestId
			}
		};
		if (!context.unknown) return answer;
		return {
			...answer,
			headers: {
				...answer.headers,
				[UNKNOWN_PROPERTIES_HEADER]: unknownPropertiesHeader(context.unknown)
			}
		};
	};
}
