// multipart/form-data uploads, parsed with the Web `Response.formData()` of Node 20 (undici), which rejects a
// missing boundary, a truncated body and garbage with one TypeError. The size limit was enforced before this runs.
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
var multipart_exports = {};
__export(multipart_exports, {
  parseMultipart: () => parseMultipart
});
module.exports = __toCommonJS(multipart_exports);
var import_envelope = require("./envelope.js");
async function parseMultipart(bytes, contentType, spec) {
  let form;
  try {
    form = await new Response(bytes, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw (0, import_envelope.malformedBody)("invalidMultipart", "the body is not multipart/form-data with the boundary its content-type names");
  }
  const fileNames = new Set(spec.fileFields.map((f) => f.name));
  const grouped = /* @__PURE__ */ new Map();
  for (const [name, value] of form) {
    const values = grouped.get(name);
    if (values) values.push(value);
    else grouped.set(name, [value]);
  }
  const entries = [...grouped].map(([name, values]) => [name, values.length === 1 ? values[0] : values]);
  const body = Object.fromEntries(entries);
  const textFields = Object.fromEntries(entries.filter(([name]) => !fileNames.has(name)));
  const issues = spec.fileFields.flatMap(({ name, required }) => {
    const value = Object.hasOwn(body, name) ? body[name] : void 0;
    if (value === void 0) return required ? [{
      instancePath: "",
      schemaPath: "#/required",
      keyword: "required",
      params: { missingProperty: name },
      message: `must have required property '${name}'`
    }] : [];
    return value instanceof File ? [] : [{
      instancePath: `/${name}`,
      schemaPath: `#/properties/${name}/format`,
      keyword: "format",
      params: { format: "binary" },
      message: "must be a file part (with a filename)"
    }];
  });
  if (issues.length) throw (0, import_envelope.requestInvalid)(issues);
  return {
    body,
    textFields
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  parseMultipart
});
