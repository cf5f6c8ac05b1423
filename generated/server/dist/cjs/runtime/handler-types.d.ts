export type Awaitable<T> = T | Promise<T>;
type OrEmpty<T> = [T] extends [never] ? Record<string, never> : T;
type ParametersIn<
	Op,
	K extends "path" | "query" | "header"
> = Op extends {
	parameters: infer P;
} ? (K extends keyof P ? NonNullable<P[K]> : never) : never;
type BodyContent<Op> = Op extends {
	requestBody?: infer B;
} ? (NonNullable<B> extends {
	content: infer C;
} ? C[keyof C] : never) : never;
type BodyOptional<Op> = Op extends {
	requestBody: unknown;
} ? never : undefined;
/** The request body the handler receives: `undefined` when the operation takes none or it is optional and absent. */
export type RequestBodyOf<Op> = [BodyContent<Op>] extends [never] ? undefined : BodyContent<Op> | BodyOptional<Op>;
/** A multipart body whose file fields arrive as Web `File`s (openapi-typescript types binary fields as `string`). */
export type WithFiles<
	T,
	Required extends string,
	Optional extends string = never
> = Omit<T, Required | Optional> & { [K in Required]: File } & { [K in Optional]?: File };
export interface HandlerInput<
	Op,
	Principal,
	Body = RequestBodyOf<Op>
> {
	body: Body;
	params: OrEmpty<ParametersIn<Op, "path">>;
	query: OrEmpty<ParametersIn<Op, "query">>;
	/** The header parameters the operation declares; `header()` reads any other. */
	headers: OrEmpty<ParametersIn<Op, "header">>;
	/** What `authenticate` returned for the token; `undefined` on the open operations. */
	principal: Principal;
	/** The id of this request (32 hex), for the envelope's `requestId` and the logs. */
	requestId: string;
	header(name: string): string | undefined;
}
type StatusNumber<S> = S extends number ? S : S extends `${infer N extends number}` ? N : number;
type ContentOf<R> = R extends {
	content: infer C;
} ? C : never;
type AnswerFor<
	S,
	R
> = [ContentOf<R>] extends [never] ? {
	status: StatusNumber<S>;
	body?: undefined;
	contentType?: undefined;
	headers?: Record<string, string>;
} : { [M in keyof ContentOf<R>]: {
	status: StatusNumber<S>;
	body: ContentOf<R>[M];
	contentType?: M;
	headers?: Record<string, string>;
} }[keyof ContentOf<R>];
/** One of the responses the operation documents: `{ status: 200, body }`, `{ status: 400, body: errorEnvelope }`. */
export type HandlerAnswer<Op> = Op extends {
	responses: infer Rs;
} ? { [S in keyof Rs]: AnswerFor<S, Rs[S]> }[keyof Rs] : never;
export type OperationHandler<
	Op,
	Principal,
	Body = RequestBodyOf<Op>
> = (input: HandlerInput<Op, Principal, Body>) => Awaitable<HandlerAnswer<Op>>;
/** What the runtime sees of any handler, before the generated interface types it. */
export interface AnyAnswer {
	status: number;
	body?: unknown;
	contentType?: string;
	headers?: Record<string, string>;
}
export type AnyHandler = (input: HandlerInput<unknown, unknown, unknown>) => Awaitable<AnyAnswer>;
export {};
