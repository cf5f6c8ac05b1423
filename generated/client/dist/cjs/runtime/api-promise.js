// What every facade method returns: a Promise of the success's `data` that also keeps the HTTP answer within reach,
// as Stainless SDKs do: `await cfi.ach.create(body)` is the data, `await cfi.ach.create(body).withResponse()` is
// `{ data, response }` with the status, headers and requestId. Auth, retries and typed errors apply either way:
// both read the one call already under way.
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var api_promise_exports = {};
__export(api_promise_exports, {
  APIPromise: () => APIPromise
});
module.exports = __toCommonJS(api_promise_exports);
class APIPromise extends Promise {
  responsePromise;
  dataPromise;
  constructor(responsePromise) {
    super((resolve) => resolve(void 0));
    this.responsePromise = responsePromise;
  }
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  APIPromise
});
