// connectFi's error envelope `{ requestId, code, subCode?, context, message }`, and the failures the server itself
// answers (bad input, auth, routing). Each is thrown as a `CallFailure` inside the pipeline and turned into an
// envelope in one place, so no code path can answer an error in another shape.

/** One schema violation, in the shape Ajv reports it and `requestValidateError` lists in `context`. */
export interface ValidationIssue {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ErrorEnvelope {
  requestId: string;
  code: string;
  subCode?: string;
  context: unknown;
  message: string;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const pool = new Uint8Array(16 * 256);
let next = pool.length;

/**
 * 32 lowercase hex characters, like connectFi's own `requestId`. Random bytes are drawn 4 KB at a time: one
 * `getRandomValues` per request was a tenth of the pipeline's own time.
 */
export function newRequestId(): string {
  if (next === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    next = 0;
  }
  let id = '';
  for (const end = next + 16; next < end; next++) id += HEX[pool[next]];
  return id;
}

export class CallFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly context: unknown = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  envelope(requestId: string): ErrorEnvelope {
    return { requestId, code: this.code, context: this.context, message: this.message };
  }
}

/** 400 `requestValidateError` with the Ajv error list, exactly as the real API answers. */
export const requestInvalid = (issues: ValidationIssue[]): CallFailure =>
  new CallFailure(
    400,
    'requestValidateError',
    'Request validation error',
    issues.map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message: message ?? keyword })),
  );

export const unauthorized = (): CallFailure => new CallFailure(401, 'unauthorized', 'Authentication error');

export const notFound = (method: string, path: string): CallFailure => new CallFailure(404, 'notFound', `No operation is documented at ${path}`, { method, path });

export const methodNotAllowed = (method: string, path: string, allowed: string[]): CallFailure =>
  new CallFailure(405, 'methodNotAllowed', `${method} is not documented for ${path}; use ${allowed.join(' or ')}`, { method, path, allowed }, { allow: allowed.join(', ') });

export const payloadTooLarge = (limit: number): CallFailure => new CallFailure(413, 'payloadTooLarge', `The request body exceeds the limit of ${limit} bytes`, { limit }, { connection: 'close' });

export const unsupportedMediaType = (received: string | undefined, expected: string[]): CallFailure =>
  new CallFailure(415, 'unsupportedMediaType', `Send the body as ${expected.join(' or ')}${received ? `, not ${received}` : ' with a content-type header'}`, { received: received ?? null, expected });

export const malformedBody = (code: 'invalidJson' | 'invalidMultipart' | 'invalidUrl', detail: string): CallFailure => new CallFailure(400, code, `The request could not be parsed: ${detail}`, { detail });

export const notImplemented = (operationId: string): CallFailure => new CallFailure(501, 'notImplemented', `The server has no handler for ${operationId}`, { operationId });

export const internalError = (): CallFailure => new CallFailure(500, 'internalError', 'The handler failed; the requestId identifies the request in the server logs');

export const responseInvalid = (operationId: string, status: number, violations: unknown): CallFailure =>
  new CallFailure(500, 'responseValidateError', `The handler of ${operationId} answered ${status} outside the documented contract`, { operationId, status, violations });
