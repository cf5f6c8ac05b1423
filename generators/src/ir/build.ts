// Builds the IR from the bundle. Contract violations that would make generated code wrong (no operationId, two
// methods with one name) stop the build with the operation's location; everything optional degrades gracefully.
import { deref } from '../spec/examples.ts';
import { behaviourOf, encryptedFieldsOf, fieldsOf, prerequisitesOf, resourcesOf, triggersOf } from './behaviour.ts';
import { businessRulesOf } from './business-rules.ts';
import { knownPropertiesOf } from './known-properties.ts';
import { lifecyclesOf } from './lifecycles.ts';
import { camel, lowerFirst } from './names.ts';
import { detectPattern } from './patterns.ts';
import { pointerOf } from './pointer.ts';
import { at, componentName, propertiesOf, requiredOf, resolvePointer } from './schema-walk.ts';
import { HTTP_METHODS } from './types.ts';
import type {
  ApiIR,
  BehaviourIR,
  BodyIR,
  EncryptedFieldIR,
  ErrorCodeIR,
  ExampleIR,
  Fidelity,
  GroupIR,
  HttpMethod,
  MediaIR,
  OperationIR,
  ParameterIR,
  ParameterType,
  FieldIR,
  PartIR,
  ResponseIR,
  SandboxTriggerIR,
  SchemaPointer,
  SuccessIR,
  WebhookIR,
} from './types.ts';
import { achBatchOf, billKeysOf, loginOf, tokenHeaderOf } from './vendor.ts';

const FIDELITIES = new Set(['documented', 'partial', 'designed']);

function groupsOf(spec: any): GroupIR[] {
  return (spec.tags ?? []).map((tag: any) => ({
    name: typeof tag['x-connectfi-group'] === 'string' ? tag['x-connectfi-group'] : camel(tag.name),
    tag: tag.name,
    description: tag.description ?? '',
  }));
}

function examplesOf(spec: any, media: any): ExampleIR[] {
  const named = Object.entries<any>(media?.examples ?? {}).map(([name, ex]) => {
    const example = deref(spec, ex);
    return { name, summary: example?.summary, value: example?.value };
  });
  return media?.example !== undefined ? [...named, { name: 'example', value: media.example }] : named;
}

const MULTIPART = 'multipart/form-data';

function bodyOf(spec: any, node: any, pointer: SchemaPointer): BodyIR | undefined {
  const resolved = deref(spec, node);
  const entries = Object.entries<any>(resolved?.content ?? {});
  if (!entries.length) return undefined;
  const [contentType, media] = entries.find(([type]) => /json/.test(type)) ?? entries[0];
  const base = node?.$ref ? pointerOf(node.$ref) : pointer;
  // A body is read as multipart or as JSON: the media types a server accepts for it are those of the same kind.
  const mediaTypes = entries.map(([type]) => type).filter((type) => (contentType === MULTIPART ? type === MULTIPART : /json/.test(type)));
  return {
    required: resolved.required === true,
    contentType,
    schema: [...base, 'content', contentType, 'schema'],
    schemaName: componentName(media.schema),
    examples: examplesOf(spec, media),
    fileFields: contentType.startsWith('multipart/') ? fileFieldsOf(spec, media.schema) : [],
    mediaTypes,
    requiredProperties: requiredPropertiesOf(spec, media.schema),
    parts: contentType === MULTIPART ? partsOf(spec, media.schema) : [],
  };
}

/** Every media type of a response's `content`, with the pointer of its schema. */
function mediaOf(spec: any, node: any, pointer: SchemaPointer): MediaIR[] {
  const base = [...(node?.$ref ? pointerOf(node.$ref) : pointer), 'content'];
  return Object.entries<any>(deref(spec, node)?.content ?? {}).map(([contentType, media]) => ({
    contentType,
    ...(media?.schema ? { schema: [...base, contentType, 'schema'] } : {}),
  }));
}

const isFile = (schema: any) => schema?.format === 'binary' || schema?.contentMediaType !== undefined || schema?.contentEncoding === 'binary';

function fileFieldsOf(spec: any, schema: any): string[] {
  return Object.entries(propertiesOf(spec, schema))
    .filter(([, p]) => isFile(p))
    .map(([name]) => name);
}

function requiredPropertiesOf(spec: any, schema: any): string[] {
  const node = deref(spec, schema);
  if (Array.isArray(node?.oneOf) && node.oneOf.length) {
    const branches: string[][] = node.oneOf.map((branch: any) => requiredOf(spec, branch));
    return [...new Set([...requiredOf(spec, node), ...branches[0].filter((name) => branches.every((b) => b.includes(name)))])];
  }
  return [...new Set(requiredOf(spec, node))];
}

/** A multipart body's fields, with the schema's own `required` (the parts a request must carry). */
function partsOf(spec: any, schema: any): PartIR[] {
  const required: unknown[] = deref(spec, schema)?.required ?? [];
  return Object.keys(propertiesOf(spec, schema)).map((name) => ({ name, required: required.includes(name) }));
}

/** The request body with what the server checks beyond its schema: the property names it may hold. */
function requestBodyOf(spec: any, node: any, pointer: SchemaPointer): BodyIR | undefined {
  const body = bodyOf(spec, node, pointer);
  if (!body) return undefined;
  const known = knownPropertiesOf(spec, at(spec, body.schema));
  // Nothing to check when the body admits any property (or is no object).
  return known.properties || known.items ? { ...body, knownProperties: known } : body;
}

/** An inline `{ code, data, requestId }` object: the success envelope. */
function envelopeData(spec: any, schema: SchemaPointer): SchemaPointer | undefined {
  const pointer = resolvePointer(spec, schema);
  const props = propertiesOf(spec, at(spec, pointer));
  if (!props.code || !props.requestId || !('data' in (at(spec, pointer)?.properties ?? {}))) return undefined;
  return [...pointer, 'properties', 'data'];
}

function successOf(spec: any, responses: ResponseIR[]): SuccessIR | undefined {
  const response = responses.find((r) => /^2\d\d$/.test(r.status));
  if (!response) return undefined;
  if (!response.body) return { status: response.status, enveloped: false, examples: [] };
  const data = /json/.test(response.body.contentType) ? envelopeData(spec, response.body.schema) : undefined;
  const schema = data ?? response.body.schema;
  return {
    status: response.status,
    contentType: response.body.contentType,
    examples: response.body.examples,
    enveloped: data !== undefined,
    data: schema,
    dataSchemaName: componentName(at(spec, schema)),
    itemSchemaName: componentName(deref(spec, at(spec, schema))?.items),
  };
}

function errorsOf(responses: ResponseIR[]): ErrorCodeIR[] {
  return responses
    .filter((r) => /^[45]/.test(r.status) || r.status === 'default')
    .flatMap((r) =>
      (r.body?.examples ?? []).map((ex) => {
        const fromValue = (ex.value as any)?.code;
        const code = typeof fromValue === 'string' ? fromValue : ex.name.split('-')[0];
        return { status: r.status, httpStatus: r.status === 'default' ? 500 : Number(r.status), code, exampleName: ex.name, value: ex.value };
      }),
    );
}

const PARAMETER_TYPES = new Set<string>(['string', 'number', 'integer', 'boolean', 'array']);

/** The first JSON Schema type that is not `null`, when a parameter can carry it. */
function typeOf(schema: any): ParameterType | undefined {
  const type = Array.isArray(schema?.type) ? schema.type.find((t: string) => t !== 'null') : schema?.type;
  return PARAMETER_TYPES.has(type) ? type : undefined;
}

function parametersOf(spec: any, pathItem: any, op: any, pointer: SchemaPointer): ParameterIR[] {
  const all = [...(pathItem.parameters ?? []).map((p: any, i: number) => [p, [...pointer.slice(0, -1), 'parameters', i]] as const), ...(op.parameters ?? []).map((p: any, i: number) => [p, [...pointer, 'parameters', i]] as const)];
  const byKey = new Map<string, ParameterIR>();
  for (const [node, where] of all) {
    const param = deref(spec, node);
    const base = node.$ref ? pointerOf(node.$ref) : where;
    const schema = deref(spec, param.schema);
    const type = typeOf(schema) ?? 'string';
    byKey.set(`${param.in}:${param.name}`, {
      name: param.name,
      in: param.in,
      required: param.required === true,
      description: param.description,
      schema: [...base, 'schema'],
      type,
      ...(type === 'array' ? { itemType: typeOf(deref(spec, schema?.items)) ?? 'string' } : {}),
      example: param.example,
    });
  }
  // Path parameters in the order the route names them, because the facade takes them positionally in that order.
  const route = String(pointer[1]);
  const order = [...route.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  return [...byKey.values()].sort((a, b) => (a.in === 'path' && b.in === 'path' ? order.indexOf(a.name) - order.indexOf(b.name) : 0));
}

function requiresReference(body: BodyIR | undefined): boolean {
  return body !== undefined && /json/.test(body.contentType) && body.requiredProperties.includes('reference');
}

function fidelityOf(op: any): Fidelity | undefined {
  const value = op['x-connectfi-fidelity'];
  return FIDELITIES.has(value) ? value : undefined;
}

function groupFor(groups: GroupIR[], tag: string | undefined, where: string): GroupIR {
  if (!tag) throw new Error(`${where}: the operation has no tag, so it belongs to no facade group`);
  return groups.find((g) => g.tag === tag) ?? { name: camel(tag), tag, description: '' };
}

export function actionOf(operationId: string, group: string): string {
  const rest = operationId.startsWith(group) && operationId.length > group.length ? operationId.slice(group.length) : operationId;
  return lowerFirst(rest);
}

/** The prose of every sandbox entry (machine-readable ones too), for the docs and the client's JSDoc. */
function sandboxProseOf(entries: unknown): SandboxTriggerIR[] {
  if (!Array.isArray(entries)) return [];
  return entries.filter((e) => e && typeof e === 'object').map((e: any) => ({ when: String(e.when ?? ''), then: String(e.then ?? ''), ...(typeof e.example === 'string' ? { example: e.example } : {}) }));
}

function operationOf(spec: any, groups: GroupIR[], route: string, method: HttpMethod, pathItem: any, op: any): OperationIR {
  const where = `${method.toUpperCase()} ${route}`;
  if (typeof op.operationId !== 'string' || !op.operationId) throw new Error(`${where}: missing operationId`);
  const pointer = ['paths', route, method];
  const group = groupFor(groups, op.tags?.[0], where);
  const responses: ResponseIR[] = Object.entries<any>(op.responses ?? {}).map(([status, r]) => {
    const response = deref(spec, r);
    const where = [...pointer, 'responses', status];
    return { status, description: response?.description ?? '', body: bodyOf(spec, r, where), media: mediaOf(spec, r, where) };
  });
  const requestBody = op.requestBody ? requestBodyOf(spec, op.requestBody, [...pointer, 'requestBody']) : undefined;
  const success = successOf(spec, responses);
  const security = (op.security ?? spec.security ?? []).flatMap((req: Record<string, unknown>) => Object.keys(req));
  const errors = errorsOf(responses);
  return {
    operationId: op.operationId,
    group: group.name,
    tag: group.tag,
    action: actionOf(op.operationId, group.name),
    method,
    path: route,
    summary: op.summary ?? '',
    description: op.description ?? '',
    security,
    parameters: parametersOf(spec, pathItem, op, pointer),
    requestBody,
    responses,
    success,
    errors,
    businessRules: businessRulesOf(spec, requestBody, errors),
    fidelity: fidelityOf(op),
    deprecated: op.deprecated === true,
    replacedBy: typeof op['x-connectfi-replaced-by'] === 'string' ? op['x-connectfi-replaced-by'] : undefined,
    pattern: detectPattern(spec, requestBody, success),
    dedupedByReference: requiresReference(requestBody),
    sandbox: sandboxProseOf(op['x-connectfi-sandbox']),
    behaviour: withEncrypted(behaviourOf(op.operationId, op['x-connectfi-behaviour']), requestBody?.contentType.includes('json') ? encryptedFieldsOf(op.operationId, spec, at(spec, requestBody.schema)) : []),
    triggers: triggersOf(op.operationId, op['x-connectfi-sandbox']),
    prerequisites: prerequisitesOf(op.operationId, op['x-connectfi-prerequisites']),
    pointer,
  };
}

function webhookOf(spec: any, groups: GroupIR[], name: string, item: any): WebhookIR {
  const method = HTTP_METHODS.find((m) => item?.[m]);
  const op = method ? item[method] : undefined;
  if (!method || !op?.requestBody) throw new Error(`webhook ${name}: needs an operation with a request body`);
  const pointer = ['webhooks', name, method];
  const body = bodyOf(spec, op.requestBody, [...pointer, 'requestBody'])!;
  const group = groupFor(groups, op.tags?.[0], `webhook ${name}`);
  return {
    name,
    operationId: op.operationId ?? name,
    group: group.name,
    tag: group.tag,
    action: actionOf(op.operationId ?? name, group.name),
    method,
    summary: op.summary ?? '',
    description: op.description ?? '',
    fidelity: fidelityOf(op),
    deprecated: op.deprecated === true,
    body,
    enveloped: envelopeData(spec, body.schema) !== undefined,
    payloadFields: payloadFieldsOf(spec, body),
    pointer,
  };
}

/** The top-level properties of a webhook's record (its `data` when enveloped), for builders of payloads. */
function payloadFieldsOf(spec: any, body: BodyIR): FieldIR[] {
  const data = envelopeData(spec, body.schema);
  const name = data ? componentName(at(spec, data)) : body.schemaName;
  return name ? fieldsOf(spec, name) : [];
}

/** Two operations of one group must not become the same facade method. */
function assertUniqueMethods(operations: OperationIR[]): void {
  const seen = new Map<string, OperationIR>();
  for (const op of operations) {
    const key = `${op.group}.${op.action}`;
    const other = seen.get(key);
    if (other) throw new Error(`${op.operationId} and ${other.operationId} both become cfi.${key}(); rename one operationId`);
    seen.set(key, op);
  }
}

export function buildIR(spec: any): ApiIR {
  const groups = groupsOf(spec);
  const operations: OperationIR[] = [];
  for (const [route, item] of Object.entries<any>(spec.paths ?? {})) {
    for (const method of HTTP_METHODS) if (item?.[method]) operations.push(operationOf(spec, groups, route, method, item, item[method]));
  }
  assertUniqueMethods(operations);
  const webhooks = Object.entries<any>(spec.webhooks ?? {}).map(([name, item]) => webhookOf(spec, groups, name, item));
  const tokenHeader = tokenHeaderOf(spec, operations);
  const login = loginOf(operations);
  const billKeys = billKeysOf(operations);
  const achBatch = achBatchOf(spec);
  return {
    title: spec.info?.title ?? '',
    version: spec.info?.version ?? '',
    groups,
    operations,
    webhooks,
    lifecycles: lifecyclesOf(spec),
    resources: resourcesOf(spec),
    ...(tokenHeader ? { tokenHeader } : {}),
    ...(login ? { login } : {}),
    ...(billKeys ? { billKeys } : {}),
    ...(achBatch ? { achBatch } : {}),
  };
}

/** The behaviour with the request's ciphertext properties, when it has any (they are schema facts, not behaviour data). */
function withEncrypted(behaviour: BehaviourIR | undefined, encrypted: EncryptedFieldIR[]): BehaviourIR | undefined {
  return behaviour && encrypted.length ? { ...behaviour, encrypted } : behaviour;
}
