// generated/sandbox/src/model.ts: the facts of the bundle the engine executes, copied out of the IR as data —
// resources, lifecycles, webhooks, and per operation its behaviour, triggers, prerequisites, list/query pattern,
// success shape and documented examples (errors by name; the answer's data as designed data for static answers and
// fields a sandbox cannot know).
import type { ApiIR, OperationIR } from '../../ir/types.ts';
import { requireTokenHeader } from '../../ir/vendor.ts';

function successOf(op: OperationIR) {
  const success = op.success;
  if (!success) return undefined;
  const dataOf = (example: any) => (success.enveloped && example && typeof example === 'object' ? example.data : example);
  const all = success.examples.map((e) => dataOf(e.value)).filter((d) => d !== undefined);
  const data = all[0];
  return {
    status: Number(success.status),
    ...(success.contentType && !/json/.test(success.contentType) ? { contentType: success.contentType } : {}),
    enveloped: success.enveloped,
    ...(success.dataSchemaName ? { dataSchemaName: success.dataSchemaName } : {}),
    ...(success.itemSchemaName ? { itemSchemaName: success.itemSchemaName } : {}),
    ...(data !== undefined ? { example: data } : {}),
    ...(all.length > 1 ? { examples: all } : {}),
  };
}

/** The documented errors by example name, those whose example is an error envelope (it has a `code`). */
function errorsOf(op: OperationIR) {
  const errors: Record<string, { status: number; body: unknown }> = {};
  for (const error of op.errors) {
    const value = error.value as any;
    if (value && typeof value === 'object' && typeof value.code === 'string') errors[error.exampleName] ??= { status: error.httpStatus, body: value };
  }
  return errors;
}

/** The facts the engine executes, from the IR (what `model.ts` holds; a test builds one from an edited bundle). */
export function sandboxModel(ir: ApiIR) {
  return {
    title: ir.title,
    version: ir.version,
    tokenHeader: requireTokenHeader(ir, '@connectfi/sandbox'),
    resources: ir.resources,
    lifecycles: ir.lifecycles,
    webhooks: ir.webhooks.map((w) => ({ name: w.name, enveloped: w.enveloped, fields: w.payloadFields })),
    operations: ir.operations.map((op) => ({
      operationId: op.operationId,
      method: op.method.toUpperCase(),
      path: op.path,
      ...(op.behaviour ? { behaviour: op.behaviour } : {}),
      triggers: op.triggers,
      prerequisites: op.prerequisites,
      pattern: op.pattern,
      ...(op.success ? { success: successOf(op) } : {}),
      errors: errorsOf(op),
    })),
  };
}

export function modelSource(ir: ApiIR, banner: string): string {
  const model = sandboxModel(ir);
  // Pretty JSON inside String.raw: readable in diffs, and parsed at load instead of type-checked as a literal (which
  // cost tsc several seconds per generate). Backticks and `${` are written as JSON escapes so the raw text stays inert.
  const json = JSON.stringify(model, null, 2).replace(/`/g, '\\u0060').replace(/\$\{/g, '$\\u007b');
  return `${banner}import type { SandboxModel } from './engine/model.js';

/** ${ir.title} ${ir.version}: what the sandbox executes, from the bundle's x-connectfi-* data. */
export const model: SandboxModel = JSON.parse(String.raw\`
${json}
\`);
`;
}
