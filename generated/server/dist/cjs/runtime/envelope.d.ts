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
/**
* 32 lowercase hex characters, like connectFi's own `requestId`. Random bytes are drawn 4 KB at a time: one
* `getRandomValues` per request was a tenth of the pipeline's own time.
*/
export declare function newRequestId(): string;
export declare class CallFailure extends Error {
	readonly status: number;
	readonly code: string;
	readonly context: unknown;
	readonly headers: Record<string, string>;
	constructor(status: number, code: string, message: string, context?: unknown, headers?: Record<string, string>);
	envelope(requestId: string): ErrorEnvelope;
}
/** 400 `requestValidateError` with the Ajv error list, exactly as the real API answers. */
export declare const requestInvalid: (issues: ValidationIssue[]) => CallFailure;
export declare const unauthorized: () => CallFailure;
export declare const notFound: (method: string, path: string) => CallFailure;
export declare const methodNotAllowed: (method: string, path: string, allowed: string[]) => CallFailure;
export declare const payloadTooLarge: (limit: number) => CallFailure;
export declare const unsupportedMediaType: (received: string | undefined, expected: string[]) => CallFailure;
export declare const malformedBody: (code: "invalidJson" | "invalidMultipart" | "invalidUrl", detail: string) => CallFailure;
export declare const notImplemented: (operationId: string) => CallFailure;
export declare const internalError: () => CallFailure;
export declare const responseInvalid: (operationId: string, status: number, violations: unknown) => CallFailure;
