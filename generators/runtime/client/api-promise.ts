// What every facade method returns: a Promise of the success's `data` that also keeps the HTTP answer within reach,
// as Stainless SDKs do: `await cfi.ach.create(body)` is the data, `await cfi.ach.create(body).withResponse()` is
// `{ data, response }` with the status, headers and requestId. Auth, retries and typed errors apply either way:
// both read the one call already under way.

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

export class APIPromise<T> extends Promise<T> {
  private dataPromise?: Promise<T>;

  constructor(private readonly responsePromise: Promise<WithResponse<T>>) {
    // The base Promise is never used: every method below reads `responsePromise`.
    super((resolve) => resolve(undefined as T));
  }

  // Keeps Promise methods of the base class (and `await` of a derived promise) from constructing an APIPromise.
  // Defined here rather than as `static get [Symbol.species]()`: TypeScript declares a computed accessor twice
  // when it emits a module's declarations from its text alone (isolatedDeclarations), as generation does.
  static {
    Object.defineProperty(APIPromise, Symbol.species, { get: () => Promise, configurable: true });
  }

  /** The data and the HTTP answer it came with. */
  withResponse(): Promise<WithResponse<T>> {
    return this.responsePromise;
  }

  private data(): Promise<T> {
    return (this.dataPromise ??= this.responsePromise.then((r) => r.data));
  }

  override then<R1 = T, R2 = never>(onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null, onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null): Promise<R1 | R2> {
    return this.data().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.data().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.data().finally(onfinally);
  }
}
