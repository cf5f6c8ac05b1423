// What every facade method returns: a Promise of the success's `data` that also keeps the HTTP answer within reach,
// as Stainless SDKs do: `await cfi.ach.create(body)` is the data, `await cfi.ach.create(body).withResponse()` is
// `{ data, response }` with the status, headers and requestId. Auth, retries and typed errors apply either way:
// both read the one call already under way.
class APIPromise extends Promise {
  constructor(responsePromise) {
    super((resolve) => resolve(void 0));
    this.responsePromise = responsePromise;
  }
  responsePromise;
  dataPromise;
  static {
    Object.defineProperty(APIPromise, Symbol.species, { get: () => Promise, configurable: true });
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
export {
  APIPromise
};
