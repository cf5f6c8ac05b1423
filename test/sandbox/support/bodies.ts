// Request bodies for the suites: the spec's own documented request examples (read from the bundle through the IR),
// with a fresh reference, so a test sends what the docs show.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIR } from '../../../generators/src/ir/build.ts';
import { projectRoot } from '../../../scripts/lib/paths.ts';

const ir = buildIR(JSON.parse(readFileSync(join(projectRoot, 'generated/openapi.json'), 'utf8')));
let counter = 0;

/** A unique reference (letters and digits only, as common-reference requires). */
export const ref = (prefix = 'ref') => `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export function operation(operationId: string) {
  const op = ir.operations.find((o) => o.operationId === operationId);
  if (!op) throw new Error(`no operation ${operationId}`);
  return op;
}

/** The operation's first documented request example (or the one named), deep-copied, with overrides. */
export function example<T = any>(operationId: string, overrides: Record<string, unknown> = {}, name?: string): T {
  const examples = operation(operationId).requestBody?.examples ?? [];
  const chosen = name ? examples.find((e) => e.name === name) : examples[0];
  if (!chosen) throw new Error(`${operationId} documents no request example${name ? ` named ${name}` : ''}`);
  return { ...JSON.parse(JSON.stringify(chosen.value)), ...overrides } as T;
}

export { ir };
