// One request, start to end: route, authenticate, parse and validate the input, call the handler, check its answer
// against the contract, serialise. Every failure becomes a connectFi error envelope here; nothing escapes.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var pipeline_exports = {};
__export(pipeline_exports, {
  UNKNOWN_PROPERTIES_HEADER: () => UNKNOWN_PROPERTIES_HEADER,
  createPipeline: () => createPipeline
});
module.exports = __toCommonJS(pipeline_exports);
var import_body = require("./body.js");
var import_business_rules = require("./business-rules.js");
var import_envelope = require("./envelope.js");
var import_json_pointer = require("./json-pointer.js");
var import_multipart = require("./multipart.js");
var import_parameters = require("./parameters.js");
var import_response_check = require("./response-check.js");
var import_router = require("./router.js");
var import_serialise = require("./serialise.js");
var import_unknown_properties = require("./unknown-properties.js");
const UNKNOWN_PROPERTIES_HEADER = "x-connectfi-unknown-properties";
function unknownIssue({ path, suggestion }) {
  const slash = path.lastIndexOf("/");
  const name = (0, import_json_pointer.decodeSegment)(path.slice(slash + 1));
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
function createPipeline(tables, options) {
  const router = (0, import_router.createRouter)(tables.routes);
  const validateRequests = options.validateRequests ?? true;
  const bodyLimit = options.bodyLimit ?? MB;
  const uploadLimit = options.uploadLimit ?? 10 * MB;
  const report = options.onError ?? ((error, context) => console.error(`[connectfi-server] ${context.operationId ?? "-"} ${context.requestId}`, error));
  const onError = (error, context) => {
    try {
      report(error, context);
    } catch {
    }
  };
  let responseValidators;
  const unknownMode = options.unknownProperties ?? "warn";
  if (![
    "warn",
    "reject",
    "allow"
  ].includes(unknownMode)) throw new Error(`unknownProperties must be warn, reject or allow, not ${JSON.stringify(unknownMode)}`);
  const warnUnknown = options.onUnknownProperties ?? ((report2) => console.warn(`[connectfi-server] ${report2.operationId} ${report2.requestId}: unknown propert${report2.properties.length > 1 ? "ies" : "y"} ${report2.properties.map(import_unknown_properties.describeUnknown).join(", ")}`));
  function checkUnknown(route, body, requestId) {
    if (unknownMode === "allow" || !validateRequests || body === void 0 || !route.body?.knownProperties) return void 0;
    const found = (0, import_unknown_properties.findUnknownProperties)(route.body.knownProperties, body);
    if (!found.length) return void 0;
    if (unknownMode === "reject") throw (0, import_envelope.requestInvalid)(found.map(unknownIssue));
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
    const bytes = await (0, import_body.readLimited)(call, spec.kind === "multipart" ? uploadLimit : bodyLimit);
    if (!contentType && !(0, import_body.assertPresent)(spec, bytes)) return void 0;
    (0, import_body.acceptedMediaType)(spec, contentType);
    if (!(0, import_body.assertPresent)(spec, bytes)) return void 0;
    if (spec.kind === "multipart") {
      const { body: body2, textFields } = await (0, import_multipart.parseMultipart)(bytes, contentType, spec);
      if (validateRequests && !spec.validate(textFields)) throw (0, import_envelope.requestInvalid)(spec.validate.errors ?? []);
      return body2;
    }
    const body = (0, import_body.parseJson)(bytes);
    if (validateRequests && !spec.validate(body)) {
      const failure = (0, import_business_rules.judgeInvalidBody)(spec, body, spec.validate.errors ?? []);
      if (failure) throw failure;
    }
    return body;
  }
  async function run(call, requestId, context) {
    const match = router.match(call.method, call.path);
    if (match.kind === "none") throw (0, import_envelope.notFound)(call.method, call.path);
    if (match.kind === "wrongMethod") throw (0, import_envelope.methodNotAllowed)(call.method, call.path, match.allowed);
    const route = match.route;
    context.operationId = route.operationId;
    let principal;
    if (route.secured) {
      const token = call.header(tables.tokenHeader);
      const found = token ? await options.authenticate(token) : void 0;
      if (found === null || found === void 0 || found === false) throw (0, import_envelope.unauthorized)();
      principal = found;
    }
    const parameters = (0, import_parameters.collectParameters)(route.parameters, match.params, call.search, call.header);
    if (validateRequests && route.validateParameters && !route.validateParameters(parameters)) {
      throw (0, import_envelope.requestInvalid)(route.validateParameters.errors ?? []);
    }
    const body = route.body ? await readBody(route, call) : void 0;
    context.unknown = checkUnknown(route, body, requestId);
    const handler = options.handlers[route.operationId];
    if (!handler) throw (0, import_envelope.notImplemented)(route.operationId);
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
      throw (0, import_envelope.internalError)();
    }
    if (options.validateResponses) (0, import_response_check.checkAnswer)(route, answer, await (responseValidators ??= tables.loadResponseValidators()));
    return (0, import_serialise.serialise)(route, answer);
  }
  return async (call) => {
    const requestId = (0, import_envelope.newRequestId)();
    const context = {};
    let answer;
    try {
      answer = await run(call, requestId, context);
    } catch (error) {
      if (!(error instanceof import_envelope.CallFailure)) onError(error, {
        requestId,
        operationId: context.operationId
      });
      const failure = error instanceof import_envelope.CallFailure ? error : (0, import_envelope.internalError)();
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
        [UNKNOWN_PROPERTIES_HEADER]: (0, import_unknown_properties.unknownPropertiesHeader)(context.unknown)
      }
    };
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  UNKNOWN_PROPERTIES_HEADER,
  createPipeline
});
