// Finds the operation for a method and path without scanning every route: a Map lookup for static paths, and a
// per-segment trie for paths with `{parameters}` (a static segment wins over a parameter at the same depth).
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
var router_exports = {};
__export(router_exports, {
  createRouter: () => createRouter
});
module.exports = __toCommonJS(router_exports);
const newNode = () => ({ children: /* @__PURE__ */ new Map() });
const PARAM = /^\{([^}]+)\}$/;
function createRouter(routes) {
  const statics = /* @__PURE__ */ new Map();
  const root = newNode();
  for (const route of routes) {
    const methods = route.path.includes("{") ? insert(root, route.path) : getOrSet(statics, route.path);
    if (methods.has(route.method)) throw new Error(`Two routes for ${route.method} ${route.path}`);
    methods.set(route.method, route);
  }
  return { match(method, path) {
    const byStatic = statics.get(path);
    const route = byStatic?.get(method);
    if (route) return {
      kind: "found",
      route,
      params: {}
    };
    const params = {};
    const node = walk(root, path.split("/"), 1, params);
    const viaTrie = node?.methods?.get(method);
    if (viaTrie) return {
      kind: "found",
      route: viaTrie,
      params
    };
    const allowed = [.../* @__PURE__ */ new Set([...byStatic?.keys() ?? [], ...node?.methods?.keys() ?? []])];
    return allowed.length ? {
      kind: "wrongMethod",
      allowed
    } : { kind: "none" };
  } };
}
function getOrSet(map, key) {
  let methods = map.get(key);
  if (!methods) map.set(key, methods = /* @__PURE__ */ new Map());
  return methods;
}
function insert(root, path) {
  let node = root;
  for (const segment of path.split("/").slice(1)) {
    const param = PARAM.exec(segment);
    if (param) {
      if (node.param && node.param.name !== param[1]) throw new Error(`${path}: {${param[1]}} and {${node.param.name}} share one position`);
      node.param ??= {
        name: param[1],
        node: newNode()
      };
      node = node.param.node;
    } else {
      let child = node.children.get(segment);
      if (!child) node.children.set(segment, child = newNode());
      node = child;
    }
  }
  return node.methods ??= /* @__PURE__ */ new Map();
}
function walk(node, segments, index, params) {
  if (index === segments.length) return node.methods ? node : void 0;
  const segment = segments[index];
  if (segment === "") return void 0;
  const child = node.children.get(segment);
  const found = child && walk(child, segments, index + 1, params);
  if (found) return found;
  if (!node.param) return void 0;
  const viaParam = walk(node.param.node, segments, index + 1, params);
  if (viaParam) params[node.param.name] = segment;
  return viaParam;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createRouter
});
