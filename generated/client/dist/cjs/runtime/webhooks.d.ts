import { ConnectFiError } from "./errors.js";
type IsUnion<
	T,
	U = T
> = T extends unknown ? ([U] extends [T] ? false : true) : never;
type Widen<S extends string> = string extends S ? S : true extends IsUnion<S> ? S | (string & {}) : S;
/**
* `T` with every string enum of two or more values also admitting any other string (`'Sent' | 'Complete' |
* (string & {})`): editors still suggest the known values, and an exhaustive `switch` needs a `default`. A single
* value (a `const` tag that tells oneOf branches apart) stays exact.
*/
export type OpenEnums<T> = [NonNullable<T>] extends [never] ? T : [NonNullable<T>] extends [string] ? Widen<NonNullable<T>> | Extract<T, null | undefined> : T extends readonly (infer U)[] ? OpenEnums<U>[] : T extends object ? { [K in keyof T]: OpenEnums<T[K]> } : T;
/** An Ajv standalone validator: returns true, or false with `errors` set. */
export interface StandaloneValidator {
	(data: unknown): boolean;
	errors?: {
		instancePath: string;
		schemaPath: string;
		keyword: string;
		params: Record<string, unknown>;
		message?: string;
	}[] | null;
}
export declare class WebhookParseError extends ConnectFiError {
	readonly webhook: string;
	/** Ajv-style items when the body failed the webhook's schema. */
	readonly items: {
		instancePath: string;
		keyword: string;
		message: string;
	}[];
	constructor(message: string, webhook: string, items?: {
		instancePath: string;
		keyword: string;
		message: string;
	}[]);
}
export type RawBody = string | Uint8Array | ArrayBuffer;
export declare function createWebhookParser<Events extends object>(validators: { [K in keyof Events]: StandaloneValidator }): <K extends keyof Events & string>(name: K, rawBody: RawBody) => Events[K];
export {};
