// Every operation and webhook of the bundle, in the shape the docs build, the browser test and the contract tests
// share: one reading of the conventions in openapi/README.md (group + action, request example, error examples).
import { deref } from '../../generators/src/spec/examples.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

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
  method: (typeof METHODS)[number];
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

function firstExample(spec: any, media: any): NamedExample | undefined {
  const [name, ex] = Object.entries<any>(media?.examples ?? {})[0] ?? [];
  if (name !== undefined) return { name, value: deref(spec, ex)?.value };
  return media?.example === undefined ? undefined : { name: 'example', value: media.example };
}

/** `achCreate` in group `ach` → `create`; an id that does not start with its group is a spec error, not a guess. */
export function actionOf(operationId: string, group: string): string {
  if (!operationId.startsWith(group) || operationId.length === group.length) {
    throw new Error(`operationId ${operationId} does not start with its group ${group} (openapi/README.md#operation-ids)`);
  }
  const rest = operationId.slice(group.length);
  return rest[0].toLowerCase() + rest.slice(1);
}

/** Multipart properties that carry bytes. */
function fileFields(spec: any, media: any): string[] {
  const schema = deref(spec, media?.schema);
  return Object.entries<any>(schema?.properties ?? {})
    .filter(([, p]) => { const d = deref(spec, p); return d?.format === 'binary' || d?.contentMediaType !== undefined; })
    .map(([name]) => name);
}

/** The file a file field's example stands for: `<the bytes of passport.pdf>` → `passport.pdf`. */
export function exampleFileName(field: string, example: unknown): string {
  return /([\w.-]+\.[A-Za-z0-9]+)/.exec(String(example ?? ''))?.[1] ?? `${field}.bin`;
}

function entry(spec: any, kind: OperationEntry['kind'], path: string, method: OperationEntry['method'], op: any): OperationEntry {
  const where = `${kind === 'webhook' ? 'webhook ' : ''}${method.toUpperCase()} ${path}`;
  if (!op.operationId) throw new Error(`${where} has no operationId`);
  const tag = op.tags?.[0];
  const group = (spec.tags ?? []).find((t: any) => t.name === tag)?.['x-connectfi-group'];
  if (!group) throw new Error(`${where}: tag ${tag} has no x-connectfi-group`);
  const parameters = (op.parameters ?? []).map((p: any) => deref(spec, p)).map((p: any) => ({ name: p.name, in: p.in, example: p.example ?? Object.values<any>(p.examples ?? {}).map((e) => deref(spec, e)?.value)[0] }));
  const body = deref(spec, op.requestBody);
  const [contentType, media] = Object.entries<any>(body?.content ?? {})[0] ?? [];
  const errors: ErrorExample[] = [];
  let success: OperationEntry['success'];
  for (const [status, r] of Object.entries<any>(op.responses ?? {})) {
    const response = deref(spec, r);
    for (const [type, m] of Object.entries<any>(response?.content ?? {})) {
      if (/^2/.test(status)) success ??= { status, contentType: type, example: firstExample(spec, m) };
      else if (/^[45]/.test(status)) for (const [name, ex] of Object.entries<any>(m.examples ?? {})) errors.push({ status, name, value: deref(spec, ex)?.value });
    }
  }
  return {
    kind,
    operationId: op.operationId,
    summary: op.summary ?? '',
    method,
    path,
    tag,
    group,
    action: actionOf(op.operationId, group),
    fidelity: op['x-connectfi-fidelity'],
    deprecated: op.deprecated === true,
    replacedBy: op['x-connectfi-replaced-by'],
    needsToken: (op.security ?? spec.security ?? []).length > 0,
    parameters,
    request: contentType ? { contentType, example: firstExample(spec, media), fileFields: contentType.startsWith('multipart/') ? fileFields(spec, media) : [] } : undefined,
    success,
    errors,
    node: op,
  };
}

/** Path operations in bundle order, then webhooks in bundle order. */
export function listOperations(spec: any): OperationEntry[] {
  const out: OperationEntry[] = [];
  for (const [section, kind] of [['paths', 'operation'], ['webhooks', 'webhook']] as const) {
    for (const [path, item] of Object.entries<any>(spec[section] ?? {})) {
      for (const method of METHODS) if (item?.[method]) out.push(entry(spec, kind, path, method, item[method]));
    }
  }
  return out;
}
