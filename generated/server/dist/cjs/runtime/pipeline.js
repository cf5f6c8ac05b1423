"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNKNOWN_PROPERTIES_HEADER = void 0;
exports.createPipeline = createPipeline;
// One request, start to end: route, authenticate, parse and validate the input, call the handler, check its answer
// against the contract, serialise. Every failure becomes a connectFi error envelope here; nothing escapes.
const body_js_1 = require("./body.js");
const business_rules_js_1 = require("./business-rules.js");
const envelope_js_1 = require("./envelope.js");
const json_pointer_js_1 = require("./json-pointer.js");
const multipart_js_1 = require("./multipart.js");
const parameters_js_1 = require("./parameters.js");
const response_check_js_1 = require("./response-check.js");
const router_js_1 = require("./router.js");
const serialise_js_1 = require("./serialise.js");
const unknown_properties_js_1 = require("./unknown-properties.js");
/** The response header that lists body properties the operation does not define (`unknownProperties: 'warn'`). */
exports.UNKNOWN_PROPERTIES_HEADER = 'x-connectfi-unknown-properties';
/** An unknown property as Ajv would report `additionalProperties: false`, plus the suggestion. */
function unknownIssue({ path, suggestion }) {
    const slash = path.lastIndexOf('/');
    const name = (0, json_pointer_js_1.decodeSegment)(path.slice(slash + 1));
    return {
        instancePath: path.slice(0, slash),
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: suggestion ? { additionalProperty: name, suggestion } : { additionalProperty: name },
        message: `must NOT have additional properties${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
    };
}
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
    const unknownMode = options.unknownProperties ?? 'warn';
    if (!['warn', 'reject', 'allow'].includes(unknownMode))
        throw new Error(`unknownProperties must be warn, reject or allow, not ${JSON.stringify(unknownMode)}`);
    const warnUnknown = options.onUnknownProperties
        ?? ((report) => console.warn(`[connectfi-server] ${report.operationId} ${report.requestId}: unknown propert${report.properties.length > 1 ? 'ies' : 'y'} ${report.properties.map(unknown_properties_js_1.describeUnknown).join(', ')}`));
    /** Throws in `reject` mode; in `warn` mode reports and returns what the answer's header lists. */
    function checkUnknown(route, body, requestId) {
        // With request validation off the server takes the input as it comes, unknown properties included.
        if (unknownMode === 'allow' || !validateRequests || body === undefined || !route.body?.knownProperties)
            return undefined;
        const found = (0, unknown_properties_js_1.findUnknownProperties)(route.body.knownProperties, body);
        if (!found.length)
            return undefined;
        if (unknownMode === 'reject')
            throw (0, envelope_js_1.requestInvalid)(found.map(unknownIssue));
        try {
            warnUnknown({ requestId, operationId: route.operationId, properties: found });
        }
        catch (error) {
            onError(error, { requestId, operationId: route.operationId });
        }
        return found;
    }
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
        if (validateRequests && !spec.validate(body)) {
            const failure = (0, business_rules_js_1.judgeInvalidBody)(spec, body, spec.validate.errors ?? []);
            if (failure)
                throw failure;
        }
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
        context.unknown = checkUnknown(route, body, requestId);
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
        let answer;
        try {
            answer = await run(call, requestId, context);
        }
        catch (error) {
            if (!(error instanceof envelope_js_1.CallFailure))
                onError(error, { requestId, operationId: context.operationId });
            const failure = error instanceof envelope_js_1.CallFailure ? error : (0, envelope_js_1.internalError)();
            answer = { status: failure.status, headers: { 'content-type': 'application/json', ...failure.headers }, body: JSON.stringify(failure.envelope(requestId)) };
        }
        if (options.requestIdHeader)
            answer = { ...answer, headers: { ...answer.headers, [options.requestIdHeader]: requestId } };
        if (!context.unknown)
            return answer;
        return { ...answer, headers: { ...answer.headers, [exports.UNKNOWN_PROPERTIES_HEADER]: (0, unknown_properties_js_1.unknownPropertiesHeader)(context.unknown) } };
    };
}
