// The contract table from the IR: for every operation, the requests the kit sends (each documented example, the
// negative cases), the documented responses (by the server plan's response validator names, so both packages
// validate answers with the same generated code) and the behaviour facts the IR holds.
import type { ValidateFunction } from 'ajv';
import type { BehaviourFacts, ContractTable, OperationContract, PositiveCase, RequestSpec, TriggerExpectation } from '../../../runtime/contract/table.ts';
import type { ApiIR, BehaviourIR, OperationIR } from '../../ir/types.ts';
import { requireTokenHeader } from '../../ir/vendor.ts';
import type { RoutePlan, ServerPlan } from '../server/route-plan.ts';
import { negativeCases } from './negatives.ts';
import { encryptedFieldsOf, prerequisiteFactsOf, publicKeysOperation, resourceFactsOf, sandboxTransitionOf, triggerRecordConditions } from './state-facts.ts';

/** Path of the first key named `name` in an example value, depth first. */
function keyPath(value: unknown, name: string, path: string[] = []): string[] | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  for (const [k, v] of Object.entries(value)) {
    if (k === name) return [...path, k];
    const found = keyPath(v, name, [...path, k]);
    if (found) return found;
  }
  return undefined;
}

const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** Where the login (the IR's `login`, the spec's `auth` behaviour) takes the login and password and answers the token. */
function loginOf(ir: ApiIR, op: OperationIR): OperationContract['login'] {
  if (op.operationId !== ir.login) return undefined;
  const example = op.requestBody?.examples[0]?.value;
  const answer = op.success?.examples[0]?.value;
  const loginPath = keyPath(example, 'login');
  const passwordPath = keyPath(example, 'password');
  const tokenPath = keyPath(answer, 'token');
  return loginPath && passwordPath && tokenPath ? { loginPath, passwordPath, tokenPath } : undefined;
}

function baseRequest(op: OperationIR): Omit<RequestSpec, 'body'> {
  const path = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, text(p.example ?? '')]));
  const query = Object.fromEntries(op.parameters.filter((p) => p.in === 'query' && p.example !== undefined).map((p) => [p.name, Array.isArray(p.example) ? p.example.map(text) : text(p.example)]));
  return { path, query };
}

/** What the sandbox answers to an example that reproduces one of its request triggers, when the IR states it. */
function triggerOf(ir: ApiIR, op: OperationIR, example: string): TriggerExpectation | undefined {
  const trigger = op.triggers.find((t) => t.on === 'request' && t.example === example);
  if (!trigger) return undefined;
  const { outcome } = trigger;
  const records = triggerRecordConditions(trigger);
  const recordConditions = records ? { records } : {};
  if ('error' in outcome) {
    const documented = op.errors.find((e) => e.exampleName === outcome.error);
    if (!documented) throw new Error(`${op.operationId}: the sandbox trigger "${trigger.when}" answers ${outcome.error}, which is not one of its documented error examples`);
    return { when: trigger.when, outcome: { error: { status: documented.status, code: documented.code } }, ...recordConditions };
  }
  if ('status' in outcome) {
    const resource = ir.resources.find((r) => r.name === op.behaviour?.resource);
    const set = outcome.set ? { set: outcome.set } : {};
    return { when: trigger.when, outcome: { status: outcome.status, ...(resource?.status ? { field: resource.status.field } : {}), ...set }, ...recordConditions };
  }
  return undefined;
}

function positivesOf(ir: ApiIR, op: OperationIR): PositiveCase[] {
  const base = baseRequest(op);
  const examples = op.requestBody?.examples ?? [];
  if (!examples.length) return [{ example: 'parameters', request: base }];
  return examples.map((ex) => {
    const trigger = triggerOf(ir, op, ex.name);
    const encrypted = encryptedFieldsOf(op, ex.value);
    return { example: ex.name, request: { ...base, body: ex.value }, ...(trigger ? { trigger } : {}), ...(encrypted.length ? { encrypted } : {}) };
  });
}

function errorCodesOf(op: OperationIR): Record<string, string[]> {
  const codes: Record<string, string[]> = {};
  for (const e of op.errors) if (!(codes[e.status] ??= []).includes(e.code)) codes[e.status].push(e.code);
  return codes;
}

function behaviourOf(op: OperationIR): BehaviourFacts | undefined {
  // `lookupField` is newer than this IR version on some branches: read it when the IR carries it.
  const b = op.behaviour as (BehaviourIR & { lookupField?: string }) | undefined;
  return (
    b && {
      kind: b.kind,
      ...(b.resource ? { resource: b.resource } : {}),
      ...(b.lookup ? { lookup: b.lookup } : {}),
      ...(b.lookupField ? { lookupField: b.lookupField } : {}),
      ...(b.to ? { to: b.to } : {}),
      ...(b.status ? { status: b.status } : {}),
      ...(b.set ? { set: b.set } : {}),
    }
  );
}

function csvHeaderOf(op: OperationIR): string | undefined {
  if (op.pattern.kind !== 'export') return undefined;
  const example = op.success?.examples[0]?.value;
  return typeof example === 'string' ? example.split(/\r?\n/)[0] : undefined;
}

/**
 * `control`: the sandbox control API's IR, whose transition call `--sandbox` uses to move records. `validator`: the
 * compiled request validator of that name (the server's, server/validators.ts), which the negative cases are learnt
 * from.
 */
export function planContract(ir: ApiIR, server: ServerPlan, validator: (name: string) => ValidateFunction, control?: ApiIR): ContractTable {
  const routes = new Map<string, RoutePlan>(server.routes.map((r) => [r.operation.operationId, r]));

  const operations = ir.operations.map((op): OperationContract => {
    const route = routes.get(op.operationId)!;
    const positives = positivesOf(ir, op);
    const login = loginOf(ir, op);
    return {
      operationId: op.operationId,
      method: op.method.toUpperCase(),
      path: op.path,
      secured: op.security.length > 0,
      deprecated: op.deprecated,
      ...(op.requestBody ? { body: { contentType: op.requestBody.contentType, fileFields: op.requestBody.fileFields } } : {}),
      positives,
      negatives: negativeCases({
        op,
        methodsAtPath: ir.operations.filter((o) => o.path === op.path).map((o) => o.method.toUpperCase()),
        base: positives[0].request,
        validateBody: route.body ? validator(route.body.validate.name) : undefined,
        validateParameters: route.validateParameters ? validator(route.validateParameters.name) : undefined,
        requiredFiles: route.body?.fileFields.filter((f) => f.required).map((f) => f.name) ?? [],
      }),
      responses: Object.fromEntries(Object.entries(route.responses).map(([status, media]) => [status, Object.fromEntries(Object.entries(media).map(([type, v]) => [type, v.name]))])),
      success: { status: op.success?.status ?? '200', ...(op.success?.contentType ? { contentType: op.success.contentType } : {}), enveloped: op.success?.enveloped ?? false },
      ...(op.dedupedByReference ? { referenceField: 'reference' } : {}),
      ...(login ? { login } : {}),
      ...(csvHeaderOf(op) ? { csvHeader: csvHeaderOf(op) } : {}),
      errorCodes: errorCodesOf(op),
      ...(behaviourOf(op) ? { behaviour: behaviourOf(op) } : {}),
      prerequisites: prerequisiteFactsOf(op),
    };
  });

  const login = operations.find((o) => o.login);
  if (!login) throw new Error(`contract kit: no login: ${ir.login ? `the examples of ${ir.login} carry no login and password in, or no token out` : 'no operation has x-connectfi-behaviour { kind: auth }'}`);
  const secured = operations.find((o) => o.secured && o.responses['401']);
  const errorEnvelope = secured && Object.values(secured.responses['401'])[0];
  if (!errorEnvelope) throw new Error('contract kit: no secured operation documents its 401 answer, so the error envelope is unknown');
  return {
    title: ir.title,
    version: ir.version,
    tokenHeader: requireTokenHeader(ir, 'contract kit'),
    loginOperation: login.operationId,
    errorEnvelope,
    operations,
    resources: resourceFactsOf(ir),
    ...stateExtras(ir, control),
  };
}

function stateExtras(ir: ApiIR, control: ApiIR | undefined): Pick<ContractTable, 'sandboxTransition' | 'publicKeys'> {
  const sandboxTransition = sandboxTransitionOf(control);
  const publicKeys = publicKeysOperation(ir);
  return { ...(sandboxTransition ? { sandboxTransition } : {}), ...(publicKeys ? { publicKeys } : {}) };
}
