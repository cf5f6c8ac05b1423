// Builds an operation's answer from the spec's `x-connectfi-behaviour.answer` (ProjectionIR): the stored record shown
// in the shape a deprecated or processor-specific operation documents, with no per-operation code.
import { read } from "./values.js";
const TEMPLATE = /^\{([^{}]+)\}$/;
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function project(scope, projection) {
  if (typeof projection === "string") {
    const whole = TEMPLATE.exec(projection);
    return whole ? copy(read(scope, whole[1]) ?? void 0) : projection;
  }
  if (Array.isArray(projection)) return projection.map((p) => project(scope, p)).filter((v) => v !== void 0);
  if (!isObject(projection)) return projection;
  if ("$from" in projection) {
    const value = read(scope, String(projection.$from));
    if (value === void 0 || value === null) return "$default" in projection ? copy(projection.$default) : void 0;
    if (projection.$as === "number") {
      const n = Number(value);
      return Number.isFinite(n) ? n : void 0;
    }
    return projection.$as === "string" ? String(value) : copy(value);
  }
  if ("$each" in projection) {
    const items = read(scope, String(projection.$each));
    if (items === void 0 || items === null) return void 0;
    const list = Array.isArray(items) ? items : [items];
    return list.map((item) => project({ ...scope, item }, projection.$item));
  }
  const out = {};
  for (const [key, part] of Object.entries(projection)) {
    const value = project(scope, part);
    if (value !== void 0) out[key] = value;
  }
  return out;
}
const copy = (value) => value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
export {
  project
};
