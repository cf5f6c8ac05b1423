// Every operation and webhook of the bundle, in the shape the docs build, the browser test and the contract tests
// share. It is a view of the generators' IR, so docs and tests read the conventions exactly as the client does.
import { actionOf, buildIR } from '../../generators/src/ir/build.ts';
import { at } from '../../generators/src/ir/schema-walk.ts';
import type { BodyIR, HttpMethod, OperationIR, WebhookIR } from '../../generators/src/ir/types.ts';

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
  parameters: ParameterExample[];
  /**
   * The media type and first named example of the request body, when there is a body; `fileFields` are the
   * multipart fields that carry a file (`format: binary`), whose example is a stand-in for the bytes.
   */
  request?: { contentType: string; example?: NamedExample; fileFields: string[] };
  /** The first named example of the first 2xx response with content. */
  success?: { status: string; contentType: string; example?: NamedExample };
  errors: ErrorExample[];
  /** The operation object itself, inside the spec it was read from (so a docs copy can annotate it). */
  node: Record<string, any>;
}

/** The file a file field's example stands for: `<the bytes of passport.pdf>` → `passport.pdf`. */
export function exampleFileName(field: string, example: unknown): string {
  return /([\w.-]+\.[A-Za-z0-9]+)/.exec(String(example ?? ''))?.[1] ?? `${field}.bin`;
}

const firstOf = (body: BodyIR | undefined): NamedExample | undefined => body?.examples[0] && { name: body.examples[0].name, value: body.examples[0].value };

function fromOperation(spec: any, op: OperationIR): OperationEntry {
  const success = op.responses.find((r) => /^2/.test(r.status) && r.body);
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
    needsToken: op.security.length > 0,
    parameters: op.parameters.map(({ name, in: where, example }) => ({ name, in: where, example })),
    request: op.requestBody && { contentType: op.requestBody.contentType, example: firstOf(op.requestBody), fileFields: op.requestBody.fileFields },
    success: success && { status: success.status, contentType: success.body!.contentType, example: firstOf(success.body) },
    errors: op.responses
      .filter((r) => /^[45]/.test(r.status))
      .flatMap((r) => (r.body?.examples ?? []).map((ex) => ({ status: r.status, name: ex.name, value: ex.value }))),
    node: at(spec, op.pointer),
  };
}

function fromWebhook(spec: any, hook: WebhookIR): OperationEntry {
  return {
    kind: 'webhook',
    operationId: hook.operationId,
    summary: hook.summary,
    method: hook.pointer.at(-1) as OperationEntry['method'],
    path: hook.name,
    tag: hook.tag,
    group: hook.group,
    action: actionOf(hook.operationId, hook.group),
    fidelity: hook.fidelity,
    deprecated: hook.deprecated,
    needsToken: false,
    parameters: [],
    request: { contentType: hook.body.contentType, example: firstOf(hook.body), fileFields: hook.body.fileFields },
    errors: [],
    node: at(spec, hook.pointer),
  };
}

/** Path operations in bundle order, then webhooks in bundle order, read through the generators' IR. */
export function listOperations(spec: any): OperationEntry[] {
  const ir = buildIR(spec);
  return [...ir.operations.map((op) => fromOperation(spec, op)), ...ir.webhooks.map((hook) => fromWebhook(spec, hook))];
}
