// What every facade method returns: a Promise of the success's `data` that also keeps the HTTP answer within reach,
// as Stainless SDKs do: `await cfi.ach.create(body)` is the data, `await cfi.ach.create(body).withResponse()` is
// `{ data, response }` with the status, headers and requestId. Auth, retries and typed errors apply either way:
// both read the one call already under way.
export class APIPromise extends Promise {
	responsePromise;
	dataPromise;
	constructor(responsePromise) {
		// The base Promise is never used: every method below reads `responsePromise`.
		super((resolve) => resolve(undefined));
		this.responsePromise = responsePromise;
	}
	// Keeps Promise methods of the base class (and `await` of a derived promise) from constructing an APIPromise.
	// Defined here rather than as `static get [Symbol.species]()`: TypeScript declares a computed accessor twice
	// when it emits a module's declarations from its text alone (isolatedDeclarations), as generation does.
	static {
		Object.defineProperty(APIPromise, Symbol.species, {
			get: () => Promise,
			configurable: true
		});
	}
	/** The data and the HTTP answer it came with. */
	withResponse() {
		return this.responsePromise;
	}
	data() {
		return this.dataPromise ??= this.responsePromise.then((r) => r.data);
	}
	then(onfulfilled, onrejected) {
		return this.data().then(onfulfilled, onrejected);
	}
	catch(onrejected) {
		return this.data().catch(onrejected);
	}
	finally(onfinally) {
		return this.data().finally(onfinally);
	}
}
