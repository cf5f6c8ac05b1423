// Properties of a request body that its operation does not define, e.g. `webhookURL` where ACH spells it
// `webhookUrl`. JSON Schema lets them through silently; an integration that misspells an optional field would
// never learn it. Each is reported with the spelling the operation expects, when one is close enough.
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
var unknown_properties_exports = {};
__export(unknown_properties_exports, {
  describeUnknown: () => describeUnknown,
  findUnknownProperties: () => findUnknownProperties,
  suggest: () => suggest,
  unknownPropertiesHeader: () => unknownPropertiesHeader
});
module.exports = __toCommonJS(unknown_properties_exports);
var import_json_pointer = require("./json-pointer.js");
const MAX_REPORTED = 20;
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
function suggest(name, defined) {
  const lower = name.toLowerCase();
  const sameLetters = defined.find((d) => d.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  const limit = Math.max(1, Math.floor(name.length / 4));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of defined) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
function findUnknownProperties(known, value, path = "", found = []) {
  if (found.length >= MAX_REPORTED || !value || typeof value !== "object") return found;
  if (Array.isArray(value)) {
    if (known.items) for (const item of value) findUnknownProperties(known.items, item, path, found);
    return found;
  }
  if (known.open || !known.properties) return found;
  const properties = known.properties;
  for (const name of Object.keys(value)) {
    if (found.length >= MAX_REPORTED) break;
    const shape = Object.hasOwn(properties, name) ? properties[name] : void 0;
    const child = value[name];
    if (shape) {
      if (child && typeof child === "object") findUnknownProperties(shape, child, `${path}/${(0, import_json_pointer.encodeSegment)(name)}`, found);
      continue;
    }
    const here = `${path}/${(0, import_json_pointer.encodeSegment)(name)}`;
    const suggestion = suggest(name, Object.keys(properties));
    found.push(suggestion ? {
      path: here,
      suggestion
    } : { path: here });
  }
  return found;
}
const describeUnknown = ({ path, suggestion }) => suggestion ? `${path} (did you mean ${suggestion}?)` : path;
const unknownPropertiesHeader = (found) => found.map(describeUnknown).join(", ").replace(/[^\x20-\x7e]/g, "?");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  describeUnknown,
  findUnknownProperties,
  suggest,
  unknownPropertiesHeader
});
