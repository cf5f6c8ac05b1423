// One request, start to end: route, authenticate, parse and validate the input, call the handler, check its answer
// against the contract, serialise. Every failure becomes a connectFi error envelope here; nothing escapes.
import { acceptedMediaType, assertPresent, parseJson, readLimited } from './body.js';
import { judgeInvalidBody } from './business-rules.js';
import type { IncomingCall, OutgoingAnswer } from './call.js';
import { CallFailure, internalError, methodNotAllowed, newRequestId, notFound, notImplemented, requestInvalid, unauthorized } from './envelope.js';
import type { AnyAnswer, AnyHandler, Awaitable } from './handler-types.js';
import { decodeSegment } from './json-pointer.js';
import { parseMultipart } from './multipart.js';
import { collectParameters } from './parameters.js';
import { checkAnswer, type ResponseValidators } from './response-check.js';
import type { RouteSpec } from './route.js';
import { createRouter } from './router.js';
import { serialise } from './serialise.js';
import { describeUnknown, findUnknownProperties, unknownPropertiesHeader, type UnknownProperty } from './unknown-properties.js';

/** The response header that lists body properties the operation does not define (`unknownProperties: 'warn'`). */
export const UNKNOWN_PROPERTIES_HEADER = 'x-connectfi-unknown-properties';

export interface UnknownPropertiesReport {
  requestId: string;
  operationId: string;
  /** Each with the spelling the operation expects, when one is close: `{ path: '/webhookURL', suggestion: 'webhookUrl' }`. */
  properties: UnknownProperty[];
}

export interface PipelineOptions<Principal> {
  handlers: Partial<Record<string, AnyHandler>>;
  /** Resolves the token to the caller; `null`, `undefined` or `false` rejects it (401 `unauthorized`). */
  authenticate(token: string): Awaitable<Principal | null | undefined | false>;
  /** Validate path, query, header and body against the spec (default true). */
  validateRequests?: boolean;
  /** Validate every answer against its documented response; a violation answers 500 (default false; on in tests). */
  validateResponses?: boolean;
  /** Bytes a JSON body may have (default 1 MB). */
  bodyLimit?: number;
  /** Bytes a multipart upload may have (default 10 MB). */
  uploadLimit?: number;
  /**
   * Body properties the operation does not define (a misspelt optional field passes JSON Schema silently):
   * `warn` (default) answers as usual, adds the `x-connectfi-unknown-properties` header and calls
   * `onUnknownProperties`; `reject` answers 400 `requestValidateError` naming each; `allow` says nothing. Not checked
   * when `validateRequests` is false.
   */
  unknownProperties?: 'warn' | 'reject' | 'allow';
  /** The log hook of `warn`; defaults to one console.warn line per request. Names only, never values. */
  onUnknownProperties?(report: UnknownPropertiesReport): void;
  /** Called with what a handler (or `authenticate`) threw before the 500 answer; defaults to console.error. */
  onError?(error: unknown, context: { requestId: string; operationId?: string }): void;
  /** A response header to carry the requestId on every answer, success or failure (e.g. `x-request-id`), so a log
   * line written outside the pipeline can name the request; none by default. */
  requestIdHeader?: string;
}

export interface PipelineTables {
  routes: RouteSpec[];
  /** The header that carries the token, from the spec's apiKey scheme. */
  tokenHeader: string;
  /** Loaded on first use, so a server without response validation never loads those validators. */
  loadResponseValidators(): Promise<ResponseValidators>;
}

export type Pipeline = (call: IncomingCall) => Promise<OutgoingAnswer>;

interface CallContext {
  operationId?: string;
  /** Reported in `warn` mode, for the answer's header. */
  unknown?: UnknownProperty[];
}

/** An unknown property as Ajv would report `additionalProperties: false`, plus the suggestion. */
function unknownIssue({ path, suggestion }: UnknownProperty) {
  const slash = path.lastIndexOf('/');
  const name = decodeSegment(path.slice(slash + 1));
  return {
    instancePath: path.slice(0, slash),
    schemaPath: '#/additionalProperties',
    keyword: 'additionalProperties',
    params: suggestion ? { additionalProperty: name, suggestion } : { additionalProperty: name },
    message: `must NOT have additional properties${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  };
}

const MB = 1024 * 1024;

export function createPipeline<Principal>(tables: PipelineTables, options: PipelineOptions<Principal>): Pipeline {
  const router = createRouter(tables.routes);
  const validateRequests = options.validateRequests ?? true;
  const bodyLimit = options.bodyLimit ?? MB;
  const uploadLimit = options.uploadLimit ?? 10 * MB;
  const report = options.onError ?? ((error, context) => console.error(`[connectfi-server] ${context.operationId ?? '-'} ${context.requestId}`, error));
  // A logger that throws must not turn a 500 answer into an unhandled rejection.
  const onError: typeof report = (error, context) => {
    try {
      report(error, context);
    } catch {
      // nothing left to tell
    }
  };
  let responseValidators: Promise<ResponseValidators> | undefined;
  const unknownMode = options.unknownProperties ?? 'warn';
  if (!['warn', 'reject', 'allow'].includes(unknownMode)) throw new Error(`unknownProperties must be warn, reject or allow, not ${JSON.stringify(unknownMode)}`);
  const warnUnknown =
    options.onUnknownProperties ??
    ((report) => console.warn(`[connectfi-server] ${report.operationId} ${report.requestId}: unknown propert${report.properties.length > 1 ? 'ies' : 'y'} ${report.properties.map(describeUnknown).join(', ')}`));

  /** Throws in `reject` mode; in `warn` mode reports and returns what the answer's header lists. */
  function checkUnknown(route: RouteSpec, body: unknown, requestId: string): UnknownProperty[] | undefined {
    // With request validation off the server takes the input as it comes, unknown properties included.
    if (unknownMode === 'allow' || !validateRequests || body === undefined || !route.body?.knownProperties) return undefined;
    const found = findUnknownProperties(route.body.knownProperties, body);
    if (!found.length) return undefined;
    if (unknownMode === 'reject') throw requestInvalid(found.map(unknownIssue));
    try {
      warnUnknown({ requestId, operationId: route.operationId, properties: found });
    } catch (error) {
      onError(error, { requestId, operationId: route.operationId });
    }
    return found;
  }

  async function readBody(route: RouteSpec, call: IncomingCall): Promise<unknown> {
    const spec = route.body!;
    const contentType = call.header('content-type');
    const bytes = await readLimited(call, spec.kind === 'multipart' ? uploadLimit : bodyLimit);
    if (!contentType && !assertPresent(spec, bytes)) return undefined;
    acceptedMediaType(spec, contentType);
    if (!assertPresent(spec, bytes)) return undefined;
    if (spec.kind === 'multipart') {
      const { body, textFields } = await parseMultipart(bytes, contentType!, spec);
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

  async function run(call: IncomingCall, requestId: string, context: CallContext): Promise<OutgoingAnswer> {
    const match = router.match(call.method, call.path);
    if (match.kind === 'none') throw notFound(call.method, call.path);
    if (match.kind === 'wrongMethod') throw methodNotAllowed(call.method, call.path, match.allowed);
    const route = match.route;
    context.operationId = route.operationId;

    let principal: Principal | undefined;
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
    let answer: AnyAnswer;
    try {
      answer = await handler({
        body,
        params: parameters.path,
        query: parameters.query,
        headers: parameters.header,
        principal,
        requestId,
        header: call.header,
      } as never);
    } catch (error) {
      onError(error, { requestId, operationId: route.operationId });
      throw internalError();
    }
    if (options.validateResponses) checkAnswer(route, answer, await (responseValidators ??= tables.loadResponseValidators()));
    return serialise(route, answer);
  }

  return async (call) => {
    const requestId = newRequestId();
    const context: CallContext = {};
    let answer: OutgoingAnswer;
    try {
      answer = await run(call, requestId, context);
    } catch (error) {
      if (!(error instanceof CallFailure)) onError(error, { requestId, operationId: context.operationId });
      const failure = error instanceof CallFailure ? error : internalError();
      answer = { status: failure.status, headers: { 'content-type': 'application/json', ...failure.headers }, body: JSON.stringify(failure.envelope(requestId)) };
    }
    if (options.requestIdHeader) answer = { ...answer, headers: { ...answer.headers, [options.requestIdHeader]: requestId } };
    if (!context.unknown) return answer;
    return { ...answer, headers: { ...answer.headers, [UNKNOWN_PROPERTIES_HEADER]: unknownPropertiesHeader(context.unknown) } };
  };
}
