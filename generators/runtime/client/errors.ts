// The errors the client throws, in two levels: the HTTP status, then the connectFi `code` users branch on.
// Network failures, timeouts and cancellations are separate classes: they carry no connectFi answer.
import { redact } from './redact.js';

export interface ErrorEnvelopeFields {
  status: number;
  code: string;
  subCode?: string;
  context: unknown;
  message: string;
  requestId?: string;
}

/** connectFi answered with an error: a non-2xx status, or a 2xx whose `code` is not "0". */
export class ConnectFiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly subCode?: string;
  readonly context: unknown;
  readonly requestId?: string;

  constructor(fields: ErrorEnvelopeFields) {
    super(`${fields.status} ${fields.code}${fields.subCode ? `/${fields.subCode}` : ''}: ${fields.message}${fields.requestId ? ` (requestId ${fields.requestId})` : ''}`);
    this.name = new.target.name;
    this.status = fields.status;
    this.code = fields.code;
    this.subCode = fields.subCode;
    this.context = redact(fields.context);
    this.requestId = fields.requestId;
  }
}

export class BadRequestError extends ConnectFiError {}
export class AuthenticationError extends ConnectFiError {}
export class PermissionDeniedError extends ConnectFiError {}
export class NotFoundError extends ConnectFiError {}
export class ConflictError extends ConnectFiError {}
export class UnprocessableEntityError extends ConnectFiError {}
export class RateLimitError extends ConnectFiError {}
export class InternalServerError extends ConnectFiError {}

export interface ValidationItem {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message: string;
}

/** `requestValidateError`: the body failed connectFi's schema; `items` lists every violation. */
export class RequestValidateError extends BadRequestError {
  get items(): ValidationItem[] {
    return Array.isArray(this.context) ? (this.context as ValidationItem[]) : [];
  }
}

/** `referenceExists`: a creation reused a `reference`; `entityId` is the existing entity's id. */
export class ReferenceExistsError extends BadRequestError {
  get reference(): string | undefined {
    return (this.context as { reference?: string } | null)?.reference;
  }
  get entityId(): string | undefined {
    return (this.context as { entityId?: string } | null)?.entityId;
  }
}

/** `unauthorized`: the token is missing, wrong or expired, or the login failed. */
export class UnauthorizedError extends AuthenticationError {}

/**
 * A retried creation answered `referenceExists` and the existing record could not be read back (the rail has no
 * query by reference, or it found nothing). The first attempt most likely succeeded: `entityId` names what it
 * created. `firstAttemptError` is why the client retried.
 */
export class DuplicateAfterRetryError extends ReferenceExistsError {
  firstAttemptError?: unknown;
}

/** The reply could not be read as connectFi answers (not JSON, or not an envelope). */
export class InvalidResponseError extends ConnectFiError {}

/** The request never got an HTTP answer (DNS, refused connection, reset). */
export class ConnectFiConnectionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The call (all attempts) exceeded its timeout. */
export class ConnectFiTimeoutError extends ConnectFiConnectionError {}

/** The caller's AbortSignal cancelled the call. */
export class ConnectFiAbortError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The request was aborted by the caller', options);
    this.name = new.target.name;
  }
}

const BY_STATUS: [number, typeof ConnectFiError][] = [
  [400, BadRequestError], [401, AuthenticationError], [403, PermissionDeniedError], [404, NotFoundError],
  [409, ConflictError], [422, UnprocessableEntityError], [429, RateLimitError],
];

const BY_CODE: Record<string, typeof ConnectFiError> = {
  requestValidateError: RequestValidateError,
  referenceExists: ReferenceExistsError,
  unauthorized: UnauthorizedError,
};

function statusClass(status: number): typeof ConnectFiError {
  if (status >= 500) return InternalServerError;
  return BY_STATUS.find(([s]) => s === status)?.[1] ?? ConnectFiError;
}

/**
 * The most specific class: the code's class when it refines the status's class (or when a 2xx carried the
 * error), else the status's class, so `instanceof BadRequestError` never lies about the status.
 */
export function errorFor(fields: ErrorEnvelopeFields): ConnectFiError {
  const byStatus = statusClass(fields.status);
  const byCode = BY_CODE[fields.code];
  const refines = byCode && (byCode.prototype instanceof byStatus || (fields.status >= 200 && fields.status < 300));
  const Class = refines ? byCode : byStatus;
  return new Class(fields);
}

/** Reads an error body (any shape) into an error of the right class. */
export function errorFromBody(status: number, body: unknown): ConnectFiError {
  const envelope = body as Partial<Record<'code' | 'subCode' | 'message' | 'requestId', unknown>> & { context?: unknown } | null;
  if (!envelope || typeof envelope !== 'object' || typeof envelope.code !== 'string') {
    return new (status >= 200 && status < 300 ? InvalidResponseError : statusClass(status))({
      status, code: 'invalidResponse', context: {}, message: `HTTP ${status} without a connectFi error envelope`,
    });
  }
  return errorFor({
    status,
    code: envelope.code,
    subCode: typeof envelope.subCode === 'string' ? envelope.subCode : undefined,
    context: envelope.context ?? {},
    message: typeof envelope.message === 'string' ? envelope.message : envelope.code,
    requestId: typeof envelope.requestId === 'string' ? envelope.requestId : undefined,
  });
}
