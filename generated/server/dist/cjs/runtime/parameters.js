// Path, query and header parameters arrive as text; the schema types them. They are coerced by their declared type
// (`"42"` -> 42 for an integer) and then validated as one `{ path, query, header }` object, so a violation's
// instancePath says where the value came from (`/query/skipRecords`).
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
var parameters_exports = {};
__export(parameters_exports, {
  collectParameters: () => collectParameters
});
module.exports = __toCommonJS(parameters_exports);
var import_envelope = require("./envelope.js");
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
function coerce(text, type) {
  if ((type === "number" || type === "integer") && NUMBER.test(text)) return Number(text);
  if (type === "boolean" && (text === "true" || text === "false")) return text === "true";
  return text;
}
function decode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw (0, import_envelope.malformedBody)("invalidUrl", `the path segment "${segment}" is not valid percent-encoding`);
  }
}
function collectParameters(specs, rawPath, search, header) {
  const values = {
    path: {},
    query: {},
    header: {}
  };
  const query = search ? new URLSearchParams(search) : void 0;
  for (const spec of specs) {
    if (spec.in === "path") {
      if (rawPath[spec.name] !== void 0) values.path[spec.name] = coerce(decode(rawPath[spec.name]), spec.type);
    } else if (spec.in === "query") {
      const all = query?.getAll(spec.name) ?? [];
      if (spec.type === "array") {
        if (all.length) values.query[spec.name] = all.map((v) => coerce(v, spec.itemType));
      } else if (all.length) values.query[spec.name] = coerce(all[all.length - 1], spec.type);
    } else {
      const value = header(spec.name.toLowerCase());
      if (value !== void 0) values.header[spec.name] = coerce(value, spec.type);
    }
  }
  return values;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  collectParameters
});
