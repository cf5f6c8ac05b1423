// Builds an operation's answer from the spec's `x-connectfi-behaviour.answer` (ProjectionIR): the stored record shown
// in the shape a deprecated or processor-specific operation documents, with no per-operation code.
import { read, resolveTemplate } from "./values.js";
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function project(scope, projection) {
  if (typeof projection === "string") return copy(resolveTemplate(scope, projection) ?? void 0);
  if (Array.isArray(projection)) return projection.map((p) => project(scope, p)).filter((v) => v !== void 0);
  if (!isObject(projection)) return projection;
  if ("$from" in projection) {
    const raw = read(scope, String(projection.$from));
    if (raw === void 0 || raw === null) return "$default" in projection ? copy(projection.$default) : void 0;
    const map = projection.$map;
    const value = map && Object.hasOwn(map, String(raw)) ? map[String(raw)] : raw;
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
  if ("$find" in projection) return copy(listAt(scope, projection.$find).find((item) => matchesWhere(scope, item, projection.$where)));
  if ("$put" in projection) {
    const list = listAt(scope, projection.$put);
    const at = list.findIndex((item2) => matchesWhere(scope, item2, projection.$where));
    const item = project({ ...scope, item: at >= 0 ? list[at] : void 0 }, projection.$item);
    return at >= 0 ? list.map((old, i) => i === at ? item : copy(old)) : [...list.map(copy), item];
  }
  const out = {};
  for (const [key, part] of Object.entries(projection)) {
    const value = project(scope, part);
    if (value !== void 0) out[key] = value;
  }
  return out;
}
function listAt(scope, path) {
  const value = read(scope, String(path));
  return value === void 0 || value === null ? [] : Array.isArray(value) ? value : [value];
}
function matchesWhere(scope, item, where) {
  if (!isObject(item) || !isObject(where)) return false;
  return Object.entries(where).every(([field, part]) => item[field] === project(scope, part));
}
const copy = (value) => value !== null && typeof value === "object" ? JSON.parse(JSON.stringify(value)) : value;
export {
  project
};
