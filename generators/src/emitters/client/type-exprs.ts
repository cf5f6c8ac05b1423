// TypeScript type expressions into openapi-typescript's `operations` for one operation's parts, and the aliases the
// facade's signatures use (`AchCreateBody`, `AchCreateData`, `AchListRecord`).
import type { OperationIR } from '../../ir/types.ts';
import { typePrefix } from './names.ts';

const q = JSON.stringify;
export const operationType = (operationId: string) => `operations[${q(operationId)}]`;

export interface OperationTypes {
  /** Alias declarations, in order. */
  aliases: { name: string; type: string }[];
  body?: string;
  query?: string;
  /** What the facade method resolves to. */
  result: string;
  /** The record type of a list operation. */
  record?: string;
  pathParam(name: string): string;
}

/** `namespace` prefixes the alias names in body/query/result/record (e.g. `T.` where types.ts is imported as T). */
export function operationTypes(op: OperationIR, namespace = ''): OperationTypes {
  const base = operationType(op.operationId);
  const prefix = typePrefix(op);
  const aliases: { name: string; type: string }[] = [];
  let body: string | undefined;
  if (op.requestBody) {
    body = `${prefix}Body`;
    aliases.push({ name: body, type: `NonNullable<${base}["requestBody"]>["content"][${q(op.requestBody.contentType)}]` });
  }
  if (op.parameters.some((p) => p.in === 'path')) aliases.push({ name: `${prefix}Path`, type: `${base}["parameters"]["path"]` });
  let query: string | undefined;
  if (op.parameters.some((p) => p.in === 'query')) {
    query = `${prefix}Query`;
    aliases.push({ name: query, type: `NonNullable<${base}["parameters"]["query"]>` });
  }
  let result = 'void';
  const success = op.success;
  if (success?.contentType && op.pattern.kind === 'export') result = success.contentType.startsWith('text/') ? 'string' : 'Blob';
  else if (success?.contentType) {
    result = `${prefix}Data`;
    const response = `${base}["responses"][${q(success.status)}]["content"][${q(success.contentType)}]`;
    aliases.push({ name: result, type: success.enveloped ? `${response}["data"]` : response });
  }
  let record: string | undefined;
  if (op.pattern.kind === 'list') {
    record = `${prefix}Record`;
    aliases.push({ name: record, type: `NonNullable<${result}[${q(op.pattern.recordsKey)}]>[number]` });
  }
  const ref = (name: string | undefined) => (name && aliases.some((a) => a.name === name) ? `${namespace}${name}` : name);
  return {
    aliases,
    body: ref(body),
    query: ref(query),
    result: ref(result)!,
    record: ref(record),
    pathParam: (name) => `${namespace}${prefix}Path[${q(name)}]`,
  };
}
