// The control API's refusals are the ones its own spec documents (openapi/sandbox/): each situation is set up so
// that the sandbox's answer must equal the documented example, apart from the request id and the values the test
// chose differently (a record id), which are replaced in the example's context and message before comparing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { deref as derefIn } from '../support/bundle.ts';
import { clientFor } from './support/clients.ts';
import { example, ref } from './support/bodies.ts';
import { startSandbox, type StartedSandbox } from './support/sandbox.ts';

const control = JSON.parse(readFileSync(join(projectRoot, 'generated/sandbox-openapi.json'), 'utf8'));
const deref = (node: any): any => derefIn(control, node);

function operation(operationId: string): { path: string; op: any } {
  for (const [path, item] of Object.entries<any>(control.paths)) if (item.post?.operationId === operationId) return { path, op: item.post };
  throw new Error(`the control API has no operation ${operationId}`);
}

/** The documented error example `name` of a control operation, with `replace` (example value -> actual) applied to its context and message. */
function documented(operationId: string, name: string, replace: Record<string, string> = {}) {
  for (const response of Object.values<any>(operation(operationId).op.responses)) {
    const found = deref(deref(response).content?.['application/json']?.examples?.[name]);
    if (!found) continue;
    let text = JSON.stringify(found.value);
    for (const [from, to] of Object.entries(replace)) text = text.split(from).join(to);
    return JSON.parse(text);
  }
  throw new Error(`${operationId} documents no error example ${name}`);
}

let sandbox: StartedSandbox;
let token: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  ({ token } = await clientFor(sandbox.url));
});
afterAll(async () => {
  await sandbox?.stop();
});

async function call(operationId: string, body: unknown) {
  const answer = await fetch(`${sandbox.url}${operation(operationId).path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-connectfi-token': token }, body: JSON.stringify(body) });
  return { status: answer.status, body: (await answer.json()) as any };
}

describe('control API errors', () => {
  it.each([
    ['sandboxTransition', 'resourceUnknown', { resource: 'AchTransferX', id: 'CLIENTID_0000000000000000000000', to: 'Sent' }],
    ['sandboxTransition', 'recordNotFound', { resource: 'AchTransfer', id: 'CLIENTID_0000000000000000000000', to: 'Sent' }],
    ['sandboxWebhookRedeliver', 'deliveryNotFound', { deliveryId: 'whd_0000000000000000000000' }],
    ['sandboxCardTransactionPost', 'recordNotFound', { cFiCardId: 'icrd_000000000000000000000', amount: 12.4, currency: 'USD', description: 'Coffee Corner', merchantName: 'Coffee Corner LLC', transactionType: 'debit' }],
  ])('%s answers %s as documented', async (operationId, name, body) => {
    const { status, body: answer } = await call(operationId, body);
    expect(status).toBe(400);
    expect(answer).toEqual({ ...documented(operationId, name), requestId: answer.requestId });
  });

  it('sandboxUserCreate answers loginExists as documented', async () => {
    const login = documented('sandboxUserCreate', 'loginExists').context.login;
    const first = await call('sandboxUserCreate', { login, password: 'Second-Passw0rd!' });
    expect(first.status).toBe(200);
    const again = await call('sandboxUserCreate', { login, password: 'Second-Passw0rd!' });
    expect(again.body).toEqual({ ...documented('sandboxUserCreate', 'loginExists'), requestId: again.body.requestId });
  });

  it('sandboxTransition answers transitionNotAllowed as documented (an Initiated transfer cannot be Returned)', async () => {
    const { cfi } = await clientFor(sandbox.url);
    const created = await cfi.ach.create(example('achCreate', { reference: ref('ach') }));
    const shown = documented('sandboxTransition', 'transitionNotAllowed');
    expect([created.status, shown.context.from, shown.context.to]).toEqual(['Initiated', 'Initiated', 'Returned']);
    const { body } = await call('sandboxTransition', { resource: 'AchTransfer', id: created.cFiTransactionId, to: 'Returned' });
    expect(body).toEqual({ ...documented('sandboxTransition', 'transitionNotAllowed', { [shown.context.id]: created.cFiTransactionId }), requestId: body.requestId });
  });
});
