// Every operation and webhook of the bundle, in the shape the docs build, the browser test and the contract tests
// share: a projection of the generators' IR, nothing worked out again (success, errors, file fields and the token
// header are the IR's), so docs and tests read the conventions exactly as the client does.
import { buildIR } from '../../generators/src/ir/build.ts';
import { at } from '../../generators/src/ir/schema-walk.ts';
import type { ApiIR, BodyIR, ExampleIR, HttpMethod, OperationIR, WebhookIR } from '../../generators/src/ir/types.ts';

export interface NamedExample {
  name: string;
  value: unknown;
}

export interface ErrorExample extends NamedExample {
  /** The HTTP status it is documented under, e.g. `400`. */
  status: string;
}

export interface ParameterExample {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  example: unknown;
}

export interface OperationEntry {
  kind: 'operation' | 'webhook';
  operationId: string;
  summary: string;
  method: HttpMethod;
  /** The route for an operation, the webhook's key for a webhook. */
  path: string;
  tag: string;
  /** The tag's `x-connectfi-group`: the client facade's namespace. */
  group: string;
  /** operationId without the group, first letter lowercased: the facade method. */
  action: string;
  fidelity?: string;
  deprecated: boolean;
  replacedBy?: string;
  /** Whether the operation's own `security`, else the root's, asks for the token (`security: []` does not). */
  needsToken: boolean;
  /** The header the token goes in (the IR's `tokenHeader`), when the operation needs one. */
  tokenHeader?: string;
  parameters: ParameterExample[];
  /**
   * The media type and first named example of the request body, when there is a body; `fileFields` are the
   * multipart fields that carry a file (`format: binary`), whose example is a stand-in for the bytes.
   */
  request?: { contentType: string; example?: NamedExample; fileFields: string[] };
  /** The IR's success (the first 2xx response), its media type and first named example when it has a body. */
  success?: { status: string; contentType?: string; example?: NamedExample };
  /** The IR's errors: every example under a 4xx, 5xx or `default` response. */
  errors: ErrorExample[];
  /** The operation object itself, inside the spec it was read from (so a docs copy can annotate it). */
  node: Record<string, any>;
}

/** The file a file field's example stands for: `<the bytes of passport.pdf>` → `passport.pdf`. */
export function exampleFileName(field: string, example: unknown): string {
  return /([\w.-]+\.[A-Za-z0-9]+)/.exec(String(example ?? ''))?.[1] ?? `${field}.bin`;
}

const firstOf = (examples: ExampleIR[]): NamedExample | undefined => examples[0] && { name: examples[0].name, value: examples[0].value };
const requestOf = (body: BodyIR) => ({ contentType: body.contentType, example: firstOf(body.examples), fileFields: body.fileFields });

function fromOperation(spec: any, ir: ApiIR, op: OperationIR): OperationEntry {
  const needsToken = op.security.length > 0;
  return {
    kind: 'operation',
    operationId: op.operationId,
    summary: op.summary,
    method: op.method,
    path: op.path,
    tag: op.tag,
    group: op.group,
    action: op.action,
    fidelity: op.fidelity,
    deprecated: op.deprecated,
    replacedBy: op.replacedBy,
    needsToken,
    ...(needsToken && ir.tokenHeader ? { tokenHeader: ir.tokenHeader } : {}),
    parameters: op.parameters.map(({ name, in: where, example }) => ({ name, in: where, example })),
    request: op.requestBody && requestOf(op.requestBody),
    success: op.success && { status: op.success.status, contentType: op.success.contentType, example: firstOf(op.success.examples) },
    errors: op.errors.map((e) => ({ status: e.status, name: e.exampleName, value: e.value })),
    node: at(spec, op.pointer),
  };
}

function fromWebhook(spec: any, hook: WebhookIR): OperationEntry {
  return {
    kind: 'webhook',
    operationId: hook.operationId,
    summary: hook.summary,
    method: hook.method,
    path: hook.name,
    tag: hook.tag,
    group: hook.group,
    action: hook.action,
    fidelity: hook.fidelity,
    deprecated: hook.deprecated,
    needsToken: false,
    parameters: [],
    request: requestOf(hook.body),
    errors: [],
    node: at(spec, hook.pointer),
  };
}

/** Path operations in bundle order, then webhooks in bundle order, of `ir` (built from `spec`, whose nodes `node` is). */
export function operationsOf(ir: ApiIR, spec: any): OperationEntry[] {
  return [...ir.operations.map((op) => fromOperation(spec, ir, op)), ...ir.webhooks.map((hook) => fromWebhook(spec, hook))];
}

/** The same, building the IR from `spec`. */
export function listOperations(spec: any): OperationEntry[] {
  return operationsOf(buildIR(spec), spec);
}
