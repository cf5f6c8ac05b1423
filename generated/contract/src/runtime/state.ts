// Stateful providers: a check that needs an existing record (a get by id, a transition, an update) creates it
// first through the creation the spec names for that resource (`x-connectfi-behaviour`), and puts the new id where
// the operation looks it up. Without those facts the kit does not guess: the check is reported "needs state".
import { describeAnswer, judge } from './answer-check.js';
import { curlOf } from './curl.js';
import { call, prepare, setAt, type Session } from './session.js';
import type { OperationContract, RequestSpec } from './table.js';

const NEEDS_RECORD = new Set(['get', 'update', 'transition']);

export type Setup = { request: RequestSpec; note?: string } | { needsState: string; curl?: string };

/** The value the lookup needs out of a creation's answer: `data.<field>` in the envelope, else `<field>`. */
function idOf(json: unknown, idField: string): string | undefined {
  const data = (json as any)?.data ?? json;
  const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  if (scalar(data?.[idField]) !== undefined) return scalar(data[idField]);
  // A record wrapped once (`data.transaction.transaction_id`): the one nested object that holds the field.
  const holders = Object.values<any>(data && typeof data === 'object' ? data : {}).filter((v) => v && typeof v === 'object' && scalar(v[idField]) !== undefined);
  return holders.length === 1 ? scalar(holders[0][idField]) : undefined;
}

/** Whether the documented request addresses its record where the behaviour says (a query by reference does not). */
function addressesRecord(request: RequestSpec, lookup: string): boolean {
  const [where, ...rest] = lookup.split('.');
  if (where === 'path') return rest[0] in request.path;
  if (where === 'query') return rest[0] in request.query;
  if (where === 'body') return rest.reduce((node: any, key) => (node && typeof node === 'object' && key in node ? node[key] : undefined), request.body) !== undefined;
  return false;
}

/** `path.checkId` or `body.cFiCheckId` (dotted) set to the id. */
function placeId(request: RequestSpec, lookup: string, id: string): RequestSpec | undefined {
  const [where, ...rest] = lookup.split('.');
  if (where === 'path' && rest.length === 1) return { ...request, path: { ...request.path, [rest[0]]: id } };
  if (where === 'query' && rest.length === 1) return { ...request, query: { ...request.query, [rest[0]]: id } };
  if (where === 'body' && rest.length) return { ...request, body: setAt(request.body ?? {}, rest, id) };
  return undefined;
}

/** The request with a record created for it when the operation reads or moves one, else the request as is. */
export async function setUp(session: Session, op: OperationContract, request: RequestSpec): Promise<Setup> {
  const behaviour = op.behaviour;
  if (!behaviour || !NEEDS_RECORD.has(behaviour.kind) || !behaviour.lookup || !behaviour.resource) return { request };
  if (!addressesRecord(request, behaviour.lookup)) return { request };
  const resource = session.table.resources.find((r) => r.name === behaviour.resource);
  const creator = resource?.createdBy && session.table.operations.find((o) => o.operationId === resource.createdBy);
  if (!resource || !creator) return { needsState: `${op.operationId} reads a ${behaviour.resource} (${behaviour.lookup}), and the contract names no creation of one` };
  const creation = prepare(session, creator, creator.positives[0].request);
  const ex = await call(session, creator, creation);
  const judged = judge(creator, ex, session.validators);
  const field = behaviour.lookupField ?? resource.idField;
  const id = idOf(ex.json, field);
  if (judged.problems.length || !ex.status || ex.status >= 300 || !id) {
    const why = judged.problems[0] ?? (ex.status! >= 300 ? `answered ${describeAnswer(ex)}` : `its answer holds no ${field}`);
    return { needsState: `creating the ${resource.name} it reads through ${creator.operationId} failed: ${why}`, curl: curlOf(ex.request, session.secrets) };
  }
  const placed = placeId(request, behaviour.lookup, id);
  return placed ? { request: placed, note: `on ${resource.name} ${id}, created through ${creator.operationId}` } : { needsState: `cannot place the id at ${behaviour.lookup}` };
}
