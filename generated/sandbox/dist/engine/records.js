// Building a stored record from a request: the resource's own properties taken from the body, the id, reference,
// status, owner and creation time set by the sandbox, sensitive values masked. Required properties the request
// cannot supply come from the operation's documented answer (designed data, e.g. a biller's merchant id).
import { mask } from "./ids.js";
const clone = (value) => value === null || typeof value !== "object" ? value : JSON.parse(JSON.stringify(value));
const AGGREGATOR_FIELDS = /^(cFi)?aggregatorId$/i;
function maskSensitive(resource, data) {
  for (const path of resource.sensitive) {
    const steps = path.split(".");
    let node = data;
    for (const step of steps.slice(0, -1)) node = node?.[step];
    const last = steps[steps.length - 1];
    if (node && typeof node[last] === "string") node[last] = mask(node[last]);
  }
}
function isDateTime(field) {
  return field.format === "date-time" || /^dts/.test(field.name);
}
function statusTimestampFields(resource, status) {
  const names = [`dts${status}`, `dts${status}d`, `dts${status}ed`];
  return resource.fields.filter((f) => names.includes(f.name) && isDateTime(f)).map((f) => f.name);
}
function buildRecord(resource, body, ctx) {
  const data = {};
  for (const field of resource.fields) {
    if (body[field.name] !== void 0) data[field.name] = clone(body[field.name]);
  }
  data[resource.idField] = ctx.id;
  if (resource.status && ctx.status !== void 0) data[resource.status.field] = ctx.status;
  for (const field of resource.fields) {
    if (data[field.name] !== void 0) continue;
    if (AGGREGATOR_FIELDS.test(field.name)) data[field.name] = ctx.aggregatorId;
    else if (/^dtsCreated/.test(field.name) && isDateTime(field)) data[field.name] = ctx.now;
  }
  if (ctx.status) for (const name of statusTimestampFields(resource, ctx.status)) data[name] ??= ctx.now;
  Object.assign(data, clone(ctx.set ?? {}));
  for (const field of resource.fields) {
    const branchRequired = ctx.branches && !/^dts/.test(field.name);
    if (data[field.name] !== void 0 || !(field.required || branchRequired)) continue;
    if (ctx.template && ctx.template[field.name] !== void 0) data[field.name] = clone(ctx.template[field.name]);
    else if (isDateTime(field)) data[field.name] = ctx.now;
  }
  const known = new Set(resource.fields.map((f) => f.name));
  for (const [name, value] of Object.entries(ctx.template ?? {})) {
    if (known.has(name) || data[name] !== void 0) continue;
    data[name] = body[name] !== void 0 ? clone(body[name]) : clone(value);
  }
  maskSensitive(resource, data);
  return data;
}
function mergeUpdate(resource, record, body, set) {
  const fixed = new Set([resource.idField, resource.referenceField, resource.status?.field].filter(Boolean));
  const data = clone(record);
  for (const field of resource.fields) {
    if (fixed.has(field.name) || body[field.name] === void 0) continue;
    const value = body[field.name];
    const current = data[field.name];
    data[field.name] = value && current && typeof value === "object" && typeof current === "object" && !Array.isArray(value) ? { ...current, ...clone(value) } : clone(value);
  }
  Object.assign(data, clone(set ?? {}));
  maskSensitive(resource, data);
  return data;
}
export {
  buildRecord,
  maskSensitive,
  mergeUpdate,
  statusTimestampFields
};
