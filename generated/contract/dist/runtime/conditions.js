// Values at dotted paths and the IR's conditions on them (`{ eq }`, `{ in }`, `{ between }`, ...), evaluated by the
// one implementation the sandbox executes too (condition.ts), plus the kit's `all`.
import { holds as holdsOne } from "./condition.js";
function readAt(value, dotted) {
  let node = value;
  for (const key of dotted.split(".")) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[key];
  }
  return node;
}
function readRequest(request, dotted) {
  const [where, ...rest] = dotted.split(".");
  if (where === "body") return readAt(request.body, rest.join("."));
  if (where === "path") return request.path[rest.join(".")];
  if (where === "query") return request.query[rest.join(".")];
  return void 0;
}
function expandItems(request, dotted) {
  const at = dotted.indexOf("[]");
  if (at < 0) return [dotted];
  const list = readRequest(request, dotted.slice(0, at));
  if (!Array.isArray(list)) return [];
  return list.flatMap((_, i) => expandItems(request, `${dotted.slice(0, at)}.${i}${dotted.slice(at + 2)}`));
}
function holds(value, condition) {
  if (condition.all) return condition.all.every((c) => holds(value, c));
  return holdsOne(value, condition);
}
function valueFor(condition) {
  if ("all" in condition) return condition.all.map(valueFor).find((v) => v !== void 0 && holds(v, condition));
  if ("eq" in condition) return condition.eq;
  if ("in" in condition) return condition.in[0];
  return void 0;
}
const both = (a, b) => a ? { all: [...a.all ?? [a], ...b.all ?? [b]] } : b;
function mergeConditions(...groups) {
  const merged = {};
  for (const group of groups) for (const [path, c] of Object.entries(group ?? {})) merged[path] = both(merged[path], c);
  return merged;
}
const describeOne = (c) => c.all ? c.all.map(describeOne).join(" and ") : Object.entries(c).map(([op, v]) => `${op} ${JSON.stringify(v)}`).join(" ");
const describeConditions = (conditions) => Object.entries(conditions).map(([path, c]) => `${path} ${describeOne(c)}`).join(", ");
export {
  both,
  describeConditions,
  expandItems,
  holds,
  mergeConditions,
  readAt,
  readRequest,
  valueFor
};
