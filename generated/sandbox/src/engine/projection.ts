// Builds an operation's answer from the spec's `x-connectfi-behaviour.answer` (ProjectionIR): the stored record shown
// in the shape a deprecated or processor-specific operation documents, with no per-operation code.
import type { ProjectionIR } from './ir-types.js';
import { read, type Scope } from './values.js';

const TEMPLATE = /^\{([^{}]+)\}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value `projection` describes in `scope`; `undefined` means "leave the property out". `'{path}'` leaves out a
 * value that is absent or null; `$from` answers its `$default` then (which may be null), else leaves it out too;
 * `$each` over nothing leaves the property out (a merge then keeps the record's list).
 */
export function project(scope: Scope, projection: ProjectionIR): unknown {
  if (typeof projection === 'string') {
    const whole = TEMPLATE.exec(projection);
    return whole ? copy(read(scope, whole[1]) ?? undefined) : projection;
  }
  if (Array.isArray(projection)) return projection.map((p) => project(scope, p)).filter((v) => v !== undefined);
  if (!isObject(projection)) return projection;
  if ('$from' in projection) {
    const value = read(scope, String(projection.$from));
    if (value === undefined || value === null) return '$default' in projection ? copy(projection.$default) : undefined;
    if (projection.$as === 'number') {
      const n = Number(value);
      return Number.isFinite(n) ? n : undefined;
    }
    return projection.$as === 'string' ? String(value) : copy(value);
  }
  if ('$each' in projection) {
    const items = read(scope, String(projection.$each));
    if (items === undefined || items === null) return undefined;
    const list = Array.isArray(items) ? items : [items];
    return list.map((item) => project({ ...scope, item }, projection.$item as ProjectionIR));
  }
  const out: Record<string, unknown> = {};
  for (const [key, part] of Object.entries(projection)) {
    const value = project(scope, part as ProjectionIR);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

const copy = (value: unknown) => (value !== null && typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value);
