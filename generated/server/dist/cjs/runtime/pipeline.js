"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createPipeline = createPipeline;
// One request, start to end: route, authenticate, parse and validate the input, call the handler, check its answer
// against the contract, serialise. Every failure becomes a connectFi error envelope here; nothing escapes.
const body_js_1 = require("./body.js");
const envelope_js_1 = require("./envelope.js");
const multipart_js_1 = require("./multipart.js");
const parameters_js_1 = require("./parameters.js");
const response_check_js_1 = require("./response-check.js");
const router_js_1 = require("./router.js");
const serialise_js_1 = require("./serialise.js");
const MB = 1024 * 1024;
function createPipeline(tables, options) {
    const router = (0, router_js_1.createRouter)(tables.routes);
    const validateRequests = options.validateRequests ?? true;
    const bodyLimit = options.bodyLimit ?? MB;
    const uploadLimit = options.uploadLimit ?? 10 * MB;
    const report = options.onError ?? ((error, context) => console.error(`[connectfi-server] ${context.operationId ?? '-'} ${context.requestId}`, error));
    // A logger that throws must not turn a 500 answer into an unhandled rejection.
    const onError = (error, context) => {
        try {
            report(error, context);
        }
        catch {
            // nothing left to tell
        }
    };
    let responseValidators;
    async function readBody(route, call) {
        const spec = route.body;
        const contentType = call.header('content-type');
        const bytes = await (0, body_js_1.readLimited)(call, spec.kind === 'multipart' ? uploadLimit : bodyLimit);
        if (!contentType && !(0, body_js_1.assertPresent)(spec, bytes))
            return undefined;
        (0, body_js_1.acceptedMediaType)(spec, contentType);
        if (!(0, body_js_1.assertPresent)(spec, bytes))
            return undefined;
        if (spec.kind === 'multipart') {
            const { body, textFields } = await (0, multipart_js_1.parseMultipart)(bytes, contentType, spec);
            if (validateRequests && !spec.validate(textFields))
                throw (0, envelope_js_1.requestInvalid)(spec.validate.errors ?? []);
            return body;
        }
        const body = (0, body_js_1.parseJson)(bytes);
        if (validateRequests && !spec.validate(body))
            throw (0, envelope_js_1.requestInvalid)(spec.validate.errors ?? []);
        return body;
    }
    async function run(call, requestId, context) {
        const match = router.match(call.method, call.path);
        if (match.kind === 'none')
            throw (0, envelope_js_1.notFound)(call.method, call.path);
        if (match.kind === 'wrongMethod')
            throw (0, envelope_js_1.methodNotAllowed)(call.method, call.path, match.allowed);
        const route = match.route;
        context.operationId = route.operationId;
        let principal;
        if (route.secured) {
            const token = call.header(tables.tokenHeader);
            const found = token ? await options.authenticate(token) : undefined;
            if (found === null || found === undefined || found === false)
                throw (0, envelope_js_1.unauthorized)();
            principal = found;
        }
        const parameters = (0, parameters_js_1.collectParameters)(route.parameters, match.params, call.search, call.header);
        if (validateRequests && route.validateParameters && !route.validateParameters(parameters)) {
            throw (0, envelope_js_1.requestInvalid)(route.validateParameters.errors ?? []);
        }
        const body = route.body ? await readBody(route, call) : undefined;
        const handler = options.handlers[route.operationId];
        if (!handler)
            throw (0, envelope_js_1.notImplemented)(route.operationId);
        let answer;
        try {
            answer = await handler({
                body, params: parameters.path, query: parameters.query, headers: parameters.header, principal, requestId, header: call.header,
            });
        }
        catch (error) {
            onError(error, { requestId, operationId: route.operationId });
            throw (0, envelope_js_1.internalError)();
        }
        if (options.validateResponses)
            (0, response_check_js_1.checkAnswer)(route, answer, await (responseValidators ??= tables.loadResponseValidators()));
        return (0, serialise_js_1.serialise)(route, answer);
    }
    return async (call) => {
        const requestId = (0, envelope_js_1.newRequestId)();
        const context = {};
        try {
            return await run(call, requestId, context);
        }
        catch (error) {
            if (!(error instanceof envelope_js_1.CallFailure))
                onError(error, { requestId, ...context });
            const failure = error instanceof envelope_js_1.CallFailure ? error : (0, envelope_js_1.internalError)();
            return { status: failure.status, headers: { 'content-type': 'application/json', ...failure.headers }, body: JSON.stringify(failure.envelope(requestId)) };
        }
    };
}
