// How IR names become TypeScript names in the client: classes, type aliases, parameters.
import { identifierWords, pascal } from '../../ir/names.ts';
import type { OperationIR } from '../../ir/types.ts';

export { pascal };

const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'body',
  'options',
  'query',
]);

/** A safe parameter or variable name for an API name (`customer-id` -> `customerId`, `default` -> `default_`). */
export function identifier(name: string): string {
  const camel = identifierWords(name);
  return RESERVED.has(camel) ? `${camel}_` : camel;
}

/** The facade class of a group: `ach` -> `AchApi`. */
export const groupClass = (group: string) => `${pascal(group)}Api`;

/** The file of a group's class under src/resources/, kebab-case as Stainless names them: `customerKyc` -> `customer-kyc`. */
export const groupFile = (group: string) =>
  group
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** The type alias prefix of an operation: `achCreate` -> `AchCreate`. */
export const typePrefix = (op: Pick<OperationIR, 'operationId'>) => pascal(op.operationId);

/** The iterator over every record of a list operation: `list` -> `listAll`. */
export const iteratorName = (op: Pick<OperationIR, 'action'>) => `${op.action}All`;
