// The facts the kit needs to build the state an operation needs, read from the IR: each prerequisite's record
// (`x-connectfi-prerequisites`), each resource's creations and lifecycle (`x-connectfi-resources`,
// `x-connectfi-lifecycle`), the trigger conditions that read stored records, the sandbox control API's transition
// call, the key endpoint and the ciphertext in examples. The runtime (runtime/contract/state.ts) walks them.
import type { Condition, EncryptedField, PrerequisiteFacts, ResourceFacts } from '../../../runtime/contract/table.ts';
import type { ApiIR, OperationIR, TriggerIR } from '../../ir/types.ts';

export function prerequisiteFactsOf(op: OperationIR): PrerequisiteFacts[] {
  return op.prerequisites.map((p) => ({
    that: p.that,
    error: p.error,
    code: op.errors.find((e) => e.exampleName === p.error)?.code,
    ...(p.exists ? { exists: { resource: p.exists.resource, where: p.exists.where, ...(p.exists.as ? { as: p.exists.as } : {}) } } : {}),
    ...(p.match ? { match: p.match as Record<string, Condition> } : {}),
  }));
}

/** The trigger's conditions on stored records (`check.amount`), leaving out those on the request itself. */
export function triggerRecordConditions(trigger: TriggerIR): Record<string, Condition> | undefined {
  const entries = Object.entries(trigger.match).filter(([path]) => !/^(body|path|query|principal)\./.test(path));
  return entries.length ? (Object.fromEntries(entries) as Record<string, Condition>) : undefined;
}

export function resourceFactsOf(ir: ApiIR): ResourceFacts[] {
  return ir.resources.map((r) => {
    const creators = ir.operations.filter((o) => o.behaviour?.kind === 'create' && o.behaviour.resource === r.name);
    const ordered = [...creators.filter((o) => !o.deprecated), ...creators.filter((o) => o.deprecated)];
    const lifecycle = r.status && ir.lifecycles.find((l) => l.schemaName === r.status!.lifecycle);
    return {
      name: r.name,
      idField: r.idField,
      creators: ordered.map((o) => o.operationId),
      ...(r.status && lifecycle ? { status: { field: r.status.field, initial: lifecycle.initial, transitions: lifecycle.transitions.map((t): [string, string] => [t.from, t.to]) } } : {}),
    };
  });
}

/** The control API's `sandboxTransition` (method and path), when the project ships a control API. */
export function sandboxTransitionOf(control: ApiIR | undefined): { method: string; path: string } | undefined {
  const op = control?.operations.find((o) => o.operationId === 'sandboxTransition');
  return op && { method: op.method.toUpperCase(), path: op.path };
}

const holdsPublicKey = (value: unknown): boolean =>
  Array.isArray(value) ? value.some(holdsPublicKey) : !!value && typeof value === 'object' && ((typeof (value as any).pem === 'string' && /PUBLIC KEY/.test((value as any).pem)) || Object.values(value).some(holdsPublicKey));

/** The open-or-protected read whose documented answer publishes PEM public keys (the bills key endpoint). */
export function publicKeysOperation(ir: ApiIR): string | undefined {
  return ir.operations.find((o) => o.behaviour?.kind === 'static' && o.method === 'get' && o.responses.some((r) => r.status === o.success?.status && r.body?.examples.some((e) => holdsPublicKey(e.value))))?.operationId;
}

/** The IR's `x-connectfi-encrypted` facts, on branches whose IR carries them (`behaviour.encrypted`). */
type DeclaredEncrypted = { path: string; plaintext: EncryptedField['plaintext']; keyField?: string }[];

/**
 * The ciphertext properties of one example body, with the example's own alphabet as the encoding: those the IR
 * declares (`x-connectfi-encrypted`); an operation that declares none takes no ciphertext.
 */
export function encryptedFieldsOf(op: OperationIR, body: unknown): EncryptedField[] {
  const declared = (op.behaviour as { encrypted?: DeclaredEncrypted } | undefined)?.encrypted;
  if (!declared) return [];
  return declared.flatMap((field) => {
    const path = field.path.split('.');
    const value = path.reduce<any>((node, key) => node?.[key], body);
    if (typeof value !== 'string') return [];
    const keyIdPath = field.keyField ? { keyIdPath: [...path.slice(0, -1), field.keyField] } : {};
    return [{ path, plaintext: field.plaintext, encoding: encodingOf(value), ...keyIdPath }];
  });
}

const encodingOf = (ciphertext: string): EncryptedField['encoding'] => (/[+/=]/.test(ciphertext) ? 'base64' : 'base64url');
