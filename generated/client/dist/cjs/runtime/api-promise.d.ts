/** The HTTP answer a success came with. */
export interface ResponseInfo {
	status: number;
	headers: Headers;
	/** The envelope's `requestId` (or the `x-request-id` header): quote it to connectFi support. */
	requestId?: string;
	/** Retries the call needed (network errors, 429, 5xx) before this answer. */
	retries: number;
	/** From the first attempt to this answer, waits between retries included. */
	durationMs: number;
}
export interface WithResponse<T> {
	data: T;
	response: ResponseInfo;
}
export declare class APIPromise<T> extends Promise<T> {
	private readonly responsePromise;
	private dataPromise?;
	constructor(responsePromise: Promise<WithResponse<T>>);
	/** The data and the HTTP answer it came with. */
	withResponse(): Promise<WithResponse<T>>;
	private data;
	override then<
		R1 = T,
		R2 = never
	>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2>;
	override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R>;
	override finally(onfinally?: (() => void) | null): Promise<T>;
}
