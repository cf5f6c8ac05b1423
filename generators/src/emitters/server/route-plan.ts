// What the server needs to know about each operation, read from the IR: how to coerce each parameter, which media
// types a body may use, which multipart fields carry files, and the schema each validator is compiled from (a
// reference into the bundle; a multipart body's text fields from the Ajv adapter). The route table and the validator
// modules are both emitted from this one plan.
import { exportName } from '../../ir/names.ts';
import { bundleRef } from '../../schema/ajv.ts';
import { multipartTextSchema } from '../../schema/multipart.ts';
import type { ApiIR, BusinessRuleIR, KnownPropertiesIR, OperationIR, ParameterIR, ParameterType, SchemaPointer } from '../../ir/types.ts';
import type { BusinessAnswer, BusinessRuleSpec } from '../../../runtime/server/route.ts';

export interface ValidatorPlan {
  /** The export name in the validator module. */
  name: string;
  schema: object;
}

export interface RoutePlan {
  operation: OperationIR;
  parameters: { name: string; in: 'path' | 'query' | 'header'; type: ParameterType; itemType?: ParameterType }[];
  validateParameters?: ValidatorPlan;
  body?: {
    required: boolean;
    mediaTypes: string[];
    kind: 'json' | 'multipart';
    fileFields: { name: string; required: boolean }[];
    validate: ValidatorPlan;
    knownProperties?: KnownPropertiesIR;
    businessRules?: BusinessRuleSpec[];
  };
  /** status -> media type -> validator. */
  responses: Record<string, Record<string, ValidatorPlan>>;
}

export interface ServerPlan {
  routes: RoutePlan[];
  /** Response validators, each once even when many operations share the response (401 `Unauthorized`). */
  responseValidators: ValidatorPlan[];
  webhookValidators: ValidatorPlan[];
}

const refTo = (pointer: SchemaPointer) => ({ $ref: bundleRef(pointer) });

function parameterPlan({ name, in: where, type, itemType }: ParameterIR & { in: 'path' | 'query' | 'header' }): RoutePlan['parameters'][number] {
  return { name, in: where, type, ...(itemType ? { itemType } : {}) };
}

/** One object schema over `{ path, query, header }`, so violations name their location (`/query/skipRecords`). */
function parametersSchema(params: (ParameterIR & { in: 'path' | 'query' | 'header' })[]): object {
  const properties: Record<string, object> = {};
  for (const where of ['path', 'query', 'header'] as const) {
    const here = params.filter((p) => p.in === where);
    if (!here.length) continue;
    properties[where] = {
      type: 'object',
      properties: Object.fromEntries(here.map((p) => [p.name, refTo(p.schema)])),
      required: here.filter((p) => p.required).map((p) => p.name),
    };
  }
  return { type: 'object', properties };
}

/**
 * The envelope a rule's failure answers, from the operation's error example: its context entries that are the
 * rule's own constants (`supportedCurrency: USD`, one of `x-connectfi-supported`) stay; any other entry stood for the
 * value sent (`amount: 1.225`), so the runtime puts the sent value there under the property's name.
 */
function answerOf(_op: OperationIR, rule: BusinessRuleIR): BusinessAnswer | undefined {
  const documented = rule.documented;
  if (!documented) return undefined;
  const example: any = documented.value;
  const constants = new Set([rule.value, ...(Array.isArray(rule.value) ? rule.value : [])].map((v) => JSON.stringify(v)));
  const entries = Object.entries<unknown>(example?.context && typeof example.context === 'object' ? example.context : {});
  const message = typeof example?.message === 'string' ? example.message : rule.code;
  return {
    status: documented.httpStatus,
    code: rule.code,
    message: message.replace(/\s*\([^()]*\)\s*$/, ''),
    detailInMessage: /\([^()]*=[^()]*\)\s*$/.test(message),
    context: Object.fromEntries(entries.filter(([, v]) => constants.has(JSON.stringify(v)))),
    echoValue: entries.some(([, v]) => !constants.has(JSON.stringify(v))),
  };
}

function businessRulesPlan(op: OperationIR): BusinessRuleSpec[] | undefined {
  if (!op.businessRules.length) return undefined;
  return op.businessRules.map((rule) => {
    const answer = answerOf(op, rule);
    return { keyword: rule.keyword, value: rule.value, at: rule.at, ...(answer ? { answer } : {}) };
  });
}

function bodyPlan(spec: any, op: OperationIR, name: string): RoutePlan['body'] {
  const body = op.requestBody;
  if (!body) return undefined;
  const knownProperties = body.knownProperties ? { knownProperties: body.knownProperties } : {};
  const base = { required: body.required, mediaTypes: body.mediaTypes };
  if (body.contentType === 'multipart/form-data') {
    const fileFields = body.parts.filter((part) => body.fileFields.includes(part.name));
    return { ...base, kind: 'multipart', fileFields, validate: { name, schema: multipartTextSchema(spec, body.schema, body.fileFields) }, ...knownProperties };
  }
  const businessRules = businessRulesPlan(op);
  return { ...base, kind: 'json', fileFields: [], validate: { name, schema: refTo(body.schema) }, ...knownProperties, ...(businessRules ? { businessRules } : {}) };
}

/**
 * `validatorPrefix` keeps the export names of two plans apart (the sandbox serves connectFi's API and its control
 * API from one pipeline, whose response validators are looked up by name).
 */
export function planServer(ir: ApiIR, spec: any, { validatorPrefix = '' } = {}): ServerPlan {
  const identifier = (text: string) => `${validatorPrefix}${exportName(text)}`;
  const responseValidators = new Map<string, ValidatorPlan>();
  const responseValidator = (op: OperationIR, status: string, type: string, pointer: SchemaPointer | undefined): ValidatorPlan => {
    const key = pointer ? JSON.stringify(pointer) : 'anything';
    let plan = responseValidators.get(key);
    if (!plan) {
      const owner = pointer?.[0] === 'components' ? String(pointer[2]) : `${op.operationId}_${status}`;
      plan = pointer ? { name: identifier(`${owner}_${type}`), schema: refTo(pointer) } : { name: identifier('anything'), schema: {} };
      responseValidators.set(key, plan);
    }
    return plan;
  };

  const routes = ir.operations.map((op): RoutePlan => {
    const params = op.parameters.filter((p): p is ParameterIR & { in: 'path' | 'query' | 'header' } => p.in !== 'cookie');
    const responses: RoutePlan['responses'] = {};
    for (const response of op.responses) {
      responses[response.status] = {};
      for (const media of response.media) responses[response.status][media.contentType] = responseValidator(op, response.status, media.contentType, media.schema);
    }
    return {
      operation: op,
      parameters: params.map(parameterPlan),
      validateParameters: params.length ? { name: `${identifier(op.operationId)}_parameters`, schema: parametersSchema(params) } : undefined,
      body: bodyPlan(spec, op, `${identifier(op.operationId)}_body`),
      responses,
    };
  });
  const webhookValidators = ir.webhooks.map((hook) => ({ name: identifier(hook.name), schema: refTo(hook.body.schema) }));
  return { routes, responseValidators: [...responseValidators.values()], webhookValidators };
}
