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
const plans = /* @__PURE__ */ new WeakMap();
function planOf(resource) {
  let plan = plans.get(resource);
  if (!plan) {
    plan = {
      names: resource.fields.map((f) => f.name),
      known: new Set(resource.fields.map((f) => f.name)),
      aggregator: resource.fields.filter((f) => AGGREGATOR_FIELDS.test(f.name)).map((f) => f.name),
      created: resource.fields.filter((f) => /^dtsCreated/.test(f.name) && isDateTime(f)).map((f) => f.name),
      fields: resource.fields.map((f) => ({ name: f.name, required: f.required, dateTime: isDateTime(f), timestamp: /^dts/.test(f.name) })),
      statusTimestamps: /* @__PURE__ */ new Map()
    };
    plans.set(resource, plan);
  }
  return plan;
}
function statusTimestampFields(resource, status) {
  const { statusTimestamps } = planOf(resource);
  let fields = statusTimestamps.get(status);
  if (!fields) {
    const names = [`dts${status}`, `dts${status}d`, `dts${status}ed`];
    fields = resource.fields.filter((f) => names.includes(f.name) && isDateTime(f)).map((f) => f.name);
    statusTimestamps.set(status, fields);
  }
  return fields;
}
function buildRecord(resource, body, ctx) {
  const plan = planOf(resource);
  const data = {};
  for (const name of plan.names) {
    if (body[name] !== void 0) data[name] = clone(body[name]);
  }
  data[resource.idField] = ctx.id;
  if (resource.status && ctx.status !== void 0) data[resource.status.field] = ctx.status;
  for (const name of plan.aggregator) if (data[name] === void 0) data[name] = ctx.aggregatorId;
  for (const name of plan.created) if (data[name] === void 0) data[name] = ctx.now;
  if (ctx.status) for (const name of statusTimestampFields(resource, ctx.status)) data[name] ??= ctx.now;
  if (ctx.set) Object.assign(data, clone(ctx.set));
  for (const field of plan.fields) {
    const branchRequired = ctx.branches && !field.timestamp;
    if (data[field.name] !== void 0 || !(field.required || branchRequired)) continue;
    if (ctx.template && ctx.template[field.name] !== void 0) data[field.name] = clone(ctx.template[field.name]);
    else if (field.dateTime) data[field.name] = ctx.now;
  }
  if (ctx.template) {
    for (const name in ctx.template) {
      if (plan.known.has(name) || data[name] !== void 0) continue;
      data[name] = body[name] !== void 0 ? clone(body[name]) : clone(ctx.template[name]);
    }
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
