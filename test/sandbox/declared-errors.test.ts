// The errors the sandbox answers for an unknown id, a reused reference, a wrong password and a reversed date range
// are the ones x-connectfi-behaviour declares (openapi/README.md "Declared errors"), not ones guessed from error names:
// the shipped sandbox answers each operation's declared example, and a sandbox built from a copy of the bundle whose
// declarations name other examples answers those instead. Expected codes are read from the bundle's examples.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlTables } from '../../generated/sandbox/dist/control/index.js';
import { startSandbox as startWithModel, type RunningSandbox } from '../../generated/sandbox/dist/engine/sandbox.js';
import { buildIR } from '../../generators/src/ir/build.ts';
import { sandboxModel } from '../../generators/src/emitters/sandbox/model.ts';
import { deref as derefIn, loadBundle } from '../support/bundle.ts';
import { example, ref } from './support/bodies.ts';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD, startSandbox, type StartedSandbox } from './support/sandbox.ts';

type Declared = { error: string; fidelity: string };

/** The bundle's operation by id, with the path it is served at. */
function find(bundle: any, operationId: string): { path: string; method: string; op: any } {
  for (const [path, item] of Object.entries<any>(bundle.paths)) for (const [method, op] of Object.entries<any>(item)) if (op?.operationId === operationId) return { path, method, op };
  throw new Error(`no operation ${operationId}`);
}

/** The code of the operation's error example `name` (through $refs), as the docs show it. */
function codeOf(bundle: any, operationId: string, name: string): string {
  const deref = (node: any): any => derefIn(bundle, node);
  for (const response of Object.values<any>(find(bundle, operationId).op.responses)) {
    for (const media of Object.values<any>(deref(response).content ?? {})) if (media.examples?.[name]) return deref(media.examples[name]).value.code;
  }
  throw new Error(`${operationId} documents no error example ${name}`);
}

const declared = (bundle: any, operationId: string, key: string): Declared | undefined => find(bundle, operationId).op['x-connectfi-behaviour'][key];

/** Calls one operation over HTTP with a fresh token; answers the status and the JSON body. */
async function call(url: string, bundle: any, operationId: string, body: unknown, password = DEFAULT_PASSWORD) {
  const login = await fetch(`${url}/auth/get-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user: { login: DEFAULT_LOGIN, password } }) });
  const token = ((await login.json()) as any).data.token;
  const { path, method } = find(bundle, operationId);
  const answer = await fetch(`${url}${path}`, { method: method.toUpperCase(), headers: { 'content-type': 'application/json', 'x-connectfi-token': token }, body: JSON.stringify(body) });
  return { status: answer.status, body: (await answer.json()) as any };
}

/** One situation per declared key: the request that meets it, against a fresh sandbox. */
const situations = {
  // An ibis card the sandbox never issued (the documented example's id).
  notFound: { operationId: 'ibisCardActivate', meet: (url: string, b: any) => call(url, b, 'ibisCardActivate', example('ibisCardActivate')) },
  // The same reference twice.
  duplicate: {
    operationId: 'achCreate',
    meet: async (url: string, b: any) => {
      const body = example('achCreate', { reference: ref('dup') });
      expect((await call(url, b, 'achCreate', body)).status).toBe(200);
      return call(url, b, 'achCreate', body);
    },
  },
  // An old password that is not the user's.
  wrongPassword: { operationId: 'userChangePassword', meet: (url: string, b: any) => call(url, b, 'userChangePassword', { oldPassword: 'Not-The-Passw0rd!', newPassword: 'Another-Passw0rd!' }) },
  // A range that ends the day before it starts.
  badDateRange: { operationId: 'achList', meet: (url: string, b: any) => call(url, b, 'achList', { dateCreateFrom: '2024-05-02', dateCreateTo: '2024-05-01' }) },
} as const;

/** Another error example of the operation than the declared one, so that following the data shows. */
const REPLACEMENTS: Record<keyof typeof situations, string> = { notFound: 'ibisCardStatus', duplicate: 'achVerify', wrongPassword: 'unauthorized', badDateRange: 'greaterNumberOfRecords' };

describe('declared errors', () => {
  const shippedBundle = loadBundle();
  const edited = loadBundle();
  for (const [key, { operationId }] of Object.entries(situations)) declared(edited, operationId, key)!.error = REPLACEMENTS[key as keyof typeof situations];
  // A list that declares no badDateRange: its reversed range selects nothing.
  delete find(edited, 'wireList').op['x-connectfi-behaviour'].badDateRange;

  let shipped: StartedSandbox;
  let rebuilt: RunningSandbox;
  beforeAll(async () => {
    shipped = await startSandbox();
    rebuilt = await startWithModel({ model: sandboxModel(buildIR(edited)) as never, controlTables, db: ':memory:', port: 0, host: '127.0.0.1', login: DEFAULT_LOGIN, password: DEFAULT_PASSWORD, log: () => {} });
  });
  afterAll(async () => {
    await shipped?.stop();
    await rebuilt?.close();
  });

  it.each(Object.keys(situations) as (keyof typeof situations)[])('%s: the shipped sandbox answers the declared example, one built from an edited bundle the example it names', async (key) => {
    const { operationId, meet } = situations[key];
    const documented = declared(shippedBundle, operationId, key);
    expect(documented, `${operationId} declares ${key}`).toBeDefined();
    const asShipped = await meet(shipped.url, shippedBundle);
    expect(asShipped.body.code).toBe(codeOf(shippedBundle, operationId, documented!.error));

    const replacement = REPLACEMENTS[key];
    expect(codeOf(edited, operationId, replacement)).not.toBe(asShipped.body.code);
    const asEdited = await meet(rebuilt.url, edited);
    expect(asEdited.body.code).toBe(codeOf(edited, operationId, replacement));
  });

  it('a list that declares no badDateRange answers a reversed range with no records', async () => {
    const created = await call(rebuilt.url, edited, 'wireCreate', example('wireCreate', { reference: ref('wire') }));
    expect(created.status).toBe(200);
    const today = new Date().toISOString().slice(0, 10);
    const around = await call(rebuilt.url, edited, 'wireList', { dateCreateFrom: today, dateCreateTo: today });
    expect(Object.values(around.body.data).find(Array.isArray)).toHaveLength(1);
    const reversed = await call(rebuilt.url, edited, 'wireList', { dateCreateFrom: today, dateCreateTo: '2024-05-01' });
    expect(reversed.status).toBe(200);
    expect(Object.values(reversed.body.data).find(Array.isArray)).toEqual([]);
    // The shipped bundle declares it for the same list.
    expect((await call(shipped.url, shippedBundle, 'wireList', { dateCreateFrom: today, dateCreateTo: '2024-05-01' })).body.code).toBe(codeOf(shippedBundle, 'wireList', declared(shippedBundle, 'wireList', 'badDateRange')!.error));
  });
});
