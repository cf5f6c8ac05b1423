// Recognises the README's shared request patterns (list, query, export) from the schemas themselves, not from
// names, so an operation that follows neither stays `plain` and a new list or query gets its helpers for free.
import { deref } from '../spec/examples.ts';
import { at, isArraySchema, propertiesOf, requiredOf } from './schema-walk.ts';
import type { BodyIR, OperationPattern, SuccessIR } from './types.ts';

const DEFAULT_PAGE_SIZE = 1000;

function listPattern(spec: any, body: BodyIR | undefined, success: SuccessIR | undefined): OperationPattern | undefined {
  if (!body || !success?.data) return undefined;
  const input = propertiesOf(spec, at(spec, body.schema));
  if (!input.numberOfRecords || !input.skipRecords) return undefined;
  const output = propertiesOf(spec, at(spec, success.data));
  if (!output.more) return undefined;
  const arrays = Object.entries(output).filter(([, schema]) => isArraySchema(schema));
  if (arrays.length !== 1) return undefined;
  const maxPageSize = typeof input.numberOfRecords.maximum === 'number' ? input.numberOfRecords.maximum : DEFAULT_PAGE_SIZE;
  return { kind: 'list', recordsKey: arrays[0][0], maxPageSize };
}

/** Each `oneOf` branch requires exactly one bounded array of ids: the caller's ids can be split into batches. */
function queryPattern(spec: any, body: BodyIR | undefined, success: SuccessIR | undefined): OperationPattern | undefined {
  if (!body || !success?.data || !isArraySchema(deref(spec, at(spec, success.data)))) return undefined;
  const branches: any[] | undefined = deref(spec, at(spec, body.schema))?.oneOf;
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  const batchKeys: string[] = [];
  let maxBatch = Infinity;
  for (const branch of branches) {
    const required = requiredOf(spec, branch);
    const property = required.length === 1 ? propertiesOf(spec, branch)[required[0]] : undefined;
    if (!property || !isArraySchema(property) || typeof property.maxItems !== 'number') return undefined;
    batchKeys.push(required[0]);
    maxBatch = Math.min(maxBatch, property.maxItems);
  }
  return { kind: 'query', batchKeys, maxBatch };
}

export function detectPattern(spec: any, body: BodyIR | undefined, success: SuccessIR | undefined): OperationPattern {
  if (success?.contentType && !/json/.test(success.contentType)) return { kind: 'export', contentType: success.contentType };
  return listPattern(spec, body, success) ?? queryPattern(spec, body, success) ?? { kind: 'plain' };
}
