// Several route tables behind one pipeline: the sandbox serves connectFi's API and its own control API on one port.
// Both are generated the same way; combining them refuses a route or validator name that two tables claim, because
// one of the two would silently win.
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
var tables_exports = {};
__export(tables_exports, {
  combineTables: () => combineTables
});
module.exports = __toCommonJS(tables_exports);
function combineTables(first, ...others) {
  const all = [first, ...others];
  const seen = /* @__PURE__ */ new Map();
  for (const route of all.flatMap((t) => t.routes)) {
    for (const key of [`${route.method} ${route.path}`, route.operationId]) {
      if (seen.has(key)) throw new Error(`two route tables define ${key} (${seen.get(key)} and ${route.operationId})`);
      seen.set(key, route.operationId);
    }
  }
  const tokenHeaders = new Set(all.map((t) => t.tokenHeader));
  if (tokenHeaders.size > 1) throw new Error(`the tables send their token in different headers: ${[...tokenHeaders].join(", ")}`);
  let validators;
  const loadAll = async () => {
    const modules = await Promise.all(all.map((t) => t.loadResponseValidators()));
    const merged = {};
    for (const module2 of modules) {
      for (const [name, validate] of Object.entries(module2)) {
        if (name in merged && merged[name] !== validate) throw new Error(`two route tables export a response validator named ${name}`);
        merged[name] = validate;
      }
    }
    return merged;
  };
  return {
    routes: all.flatMap((t) => t.routes),
    tokenHeader: first.tokenHeader,
    loadResponseValidators: () => validators ??= loadAll()
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  combineTables
});
