// The one request shape the pipeline sees, whatever serves it: the Web `Request` adapter and the node:http adapter
// both build it. Node 20's undici `Request` costs about 4x the throughput of the bare node:http path (measured
// 3.9k vs 13.7k req/s on this machine), so the node adapter builds this lighter shape instead of a `Request`.
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
var call_exports = {};
__export(call_exports, {
  TOO_LARGE: () => TOO_LARGE,
  splitTarget: () => splitTarget
});
module.exports = __toCommonJS(call_exports);
const TOO_LARGE = /* @__PURE__ */ Symbol("too large");
function splitTarget(target) {
  const q = target.indexOf("?");
  return q === -1 ? {
    path: target,
    search: ""
  } : {
    path: target.slice(0, q),
    search: target.slice(q + 1)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TOO_LARGE,
  splitTarget
});
