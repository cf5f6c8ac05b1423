// The sandbox control API end to end, through what its users get: a tiny server that implements the control
// handlers on the generated tables (generated/sandbox/src/control) combined with connectFi's own on one port, and
// `SandboxControl` from `@connectfi/client/sandbox` calling it over HTTP. The handlers are typed by
// `SandboxControlHandlers` and the calls by the client's types, so `npm run typecheck` checks both sides.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { combineTables, createServer, tables, type ConnectFiHandlers, type RunningServer } from '@connectfi/server';
import { BadRequestError, ConnectFiError, createConnectFiClient } from '@connectfi/client';
import { SandboxControl, type SandboxWebhookListRecord } from '@connectfi/client/sandbox';
import * as ClientErrors from '@connectfi/client';
import { controlRoutes, controlTables, type SandboxControlHandlers } from '../../generated/sandbox/src/control/index.ts';
import { buildIR } from '../../generators/src/ir/build.ts';
import { collectExamples } from '../../generators/src/spec/examples.ts';
import { bundleRef, createAjv } from '../../generators/src/schema/ajv.ts';
import { sandboxBundleJson } from '../../scripts/lib/paths.ts';
import { loadBundle } from '../support/bundle.ts';

const controlSpec = JSON.parse(readFileSync(sandboxBundleJson, 'utf8'));
const controlIR = buildIR(controlSpec);
/** The ACH lifecycle, read from connectFi's bundle as the sandbox reads it. */
const achLifecycle = buildIR(loadBundle()).lifecycles.find((l) => l.schemaName === 'AchTransferStatus')!;
const allowedFrom = (status: string) => achLifecycle.transitions.filter((t) => t.from === status).map((t) => t.to);

/** For a call that must fail: its error (any, to read `code` and `context`); a success fails the test. */
const unexpected = (data: unknown): never => {
  throw new Error(`expected the call to fail, it answered ${JSON.stringify(data)}`);
};

// ---- a tiny in-memory implementation of the control handlers -------------------------------------------------------
type Principal = { tenant: string };
interface Delivery {
  deliveryId: string;
  webhook: string;
  recordId: string;
  url: string;
  payload: Record<string, unknown>;
  attempt: number;
  tenant: string;
  dtsCreatedAt: string;
}
const users = new Map<string, { password: string; tenant: string }>([['CLIENTID_api', { password: 'Sandbox-Passw0rd!', tenant: 'CLIENTID' }]]);
const records = new Map<string, Map<string, Record<string, unknown>>>();
const deliveries: Delivery[] = [];
let sequence = 0;
const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, sequence++)).toISOString();
const requestId = () => (sequence++).toString(16).padStart(32, '0');
const recordsOf = (tenant: string) => records.get(tenant) ?? records.set(tenant, new Map()).get(tenant)!;
const fail = (code: string, context: Record<string, unknown>, message: string) => ({ status: 400 as const, body: { requestId: requestId(), code, context, message } });
const shown = (d: Delivery) => ({
  deliveryId: d.deliveryId,
  webhook: d.webhook,
  recordId: d.recordId,
  url: d.url,
  payload: d.payload,
  attempt: d.attempt,
  state: 'delivered' as const,
  statusCode: 200,
  error: null,
  durationMs: 3,
  dtsCreatedAt: d.dtsCreatedAt,
  dtsSent: d.dtsCreatedAt,
});
function deliver(tenant: string, recordId: string, payload: Record<string, unknown>, attempt = 1): Delivery {
  const delivery = { deliveryId: `whd_${String(sequence++).padStart(6, '0')}`, webhook: 'achStatusChanged', recordId, url: 'https://client.example.com/hooks', payload, attempt, tenant, dtsCreatedAt: now() };
  deliveries.unshift(delivery);
  return delivery;
}

const handlers: SandboxControlHandlers<Principal> = {
  sandboxTransition({ body, principal }) {
    const record = recordsOf(principal.tenant).get(body.id);
    if (body.resource !== 'AchTransfer') return fail('resourceUnknown', { resource: body.resource }, `Unknown resource (resource=${body.resource})`);
    if (!record) return fail('recordNotFound', { resource: body.resource, id: body.id }, `Record not found (${body.resource} ${body.id})`);
    const from = String(record.status);
    if (!allowedFrom(from).includes(body.to)) {
      return fail('transitionNotAllowed', { resource: body.resource, id: body.id, from, to: body.to, allowed: allowedFrom(from) }, 'Transition not allowed');
    }
    Object.assign(record, body.set ?? {}, { status: body.to });
    const delivery = deliver(principal.tenant, body.id, { ...record });
    return { status: 200, body: { code: '0', data: { record, webhookDeliveryId: delivery.deliveryId }, requestId: requestId() } };
  },
  sandboxCardTransactionPost({ body }) {
    return {
      status: 200,
      body: {
        code: '0',
        requestId: requestId(),
        data: {
          transactionId: `itrx_${sequence++}`,
          cFiCardId: body.cFiCardId,
          transactionType: body.transactionType === 'debit' ? 'purchase' : 'refund',
          direction: body.transactionType,
          amount: body.amount,
          currency: body.currency,
          description: body.description,
          dtsCreatedAt: now(),
        },
      },
    };
  },
  sandboxUserCreate({ body }) {
    if (users.has(body.login)) return fail('loginExists', { login: body.login }, `Login exists (login=${body.login})`);
    const tenant = body.login.replace(/_api$/, '');
    users.set(body.login, { password: body.password, tenant });
    return { status: 200, body: { code: '0', data: { login: body.login, aggregatorId: tenant }, requestId: requestId() } };
  },
  sandboxWebhookList({ body, principal }) {
    const mine = deliveries.filter((d) => d.tenant === principal.tenant && (!body.recordId || d.recordId === body.recordId));
    const skip = body.skipRecords ?? 0;
    const take = body.numberOfRecords ?? 1000;
    return { status: 200, body: { code: '0', data: { deliveries: mine.slice(skip, skip + take).map(shown), more: skip + take < mine.length }, requestId: requestId() } };
  },
  sandboxWebhookRedeliver({ body, principal }) {
    const original = deliveries.find((d) => d.deliveryId === body.deliveryId && d.tenant === principal.tenant);
    if (!original) return fail('deliveryNotFound', { deliveryId: body.deliveryId }, `Delivery not found (deliveryId=${body.deliveryId})`);
    return { status: 200, body: { code: '0', data: shown(deliver(principal.tenant, original.recordId, original.payload, original.attempt + 1)), requestId: requestId() } };
  },
  sandboxReset({ principal }) {
    const mine = recordsOf(principal.tenant);
    const deleted = mine.size + deliveries.filter((d) => d.tenant === principal.tenant).length;
    mine.clear();
    for (let i = deliveries.length - 1; i >= 0; i--) if (deliveries[i].tenant === principal.tenant) deliveries.splice(i, 1);
    return { status: 200, body: { code: '0', data: { deleted }, requestId: requestId() } };
  },
};

/** The one connectFi operation the control client needs: its login. */
const login: Pick<ConnectFiHandlers<Principal>, 'authGetToken'> = {
  authGetToken: ({ body }) => {
    const user = users.get(body.user.login);
    if (!user || user.password !== body.user.password) return { status: 401, body: { requestId: requestId(), code: 'unauthorized', context: {}, message: 'Authentication error' } };
    return { status: 200, body: { code: '0', data: { token: `tok_${user.tenant}`, dtsExpireAt: '2099-01-01T00:00:00.000Z' }, requestId: requestId() } };
  },
};

let running: RunningServer;
let baseUrl: string;
const unknown: string[] = [];
beforeAll(async () => {
  const server = createServer<Principal>(combineTables(tables, controlTables), {
    validateResponses: true,
    authenticate: (token) => (token.startsWith('tok_') && [...users.values()].some((u) => u.tenant === token.slice(4)) ? { tenant: token.slice(4) } : null),
    onUnknownProperties: ({ properties }) => unknown.push(...properties.map((p) => p.path)),
    // The two handler interfaces side by side, as the sandbox serves them; the runtime takes them untyped.
    handlers: { ...handlers, ...login } as never,
  });
  running = await server.listen({ port: 0 });
  baseUrl = running.url;
});
afterAll(() => running?.close());

const control = (login = 'CLIENTID_api', password = 'Sandbox-Passw0rd!') => new SandboxControl({ baseUrl, login, password, maxRetries: 0 });
const seed = (tenant: string, id: string, status: string) => recordsOf(tenant).set(id, { cFiTransactionId: id, reference: `ref${id}`, status, amount: 7.15, currency: 'USD' });

describe('the sandbox control API', () => {
  it("has its own document: six designed operations, none of them in connectFi's bundle", () => {
    expect(controlIR.operations.map((op) => op.operationId).sort()).toEqual(['sandboxCardTransactionPost', 'sandboxReset', 'sandboxTransition', 'sandboxUserCreate', 'sandboxWebhookList', 'sandboxWebhookRedeliver']);
    expect(controlIR.operations.every((op) => op.fidelity === 'designed' && op.security.length > 0)).toBe(true);
    const vendorIds = new Set(buildIR(loadBundle()).operations.map((op) => op.operationId));
    expect(controlIR.operations.filter((op) => vendorIds.has(op.operationId))).toEqual([]);
    expect(controlRoutes.map((r) => r.operationId).sort()).toEqual(controlIR.operations.map((op) => op.operationId).sort());
  });

  it('every example of the control document validates against its schema', () => {
    const ajv = createAjv(controlSpec);
    const sites = [...collectExamples(controlSpec)];
    expect(sites.length).toBeGreaterThan(15);
    const invalid = sites.filter((site) => !(ajv.getSchema(bundleRef(site.schemaPath)) ?? ajv.compile({ $ref: bundleRef(site.schemaPath) }))(site.value)).map((s) => s.where);
    expect(invalid).toEqual([]);
  });

  it('moves a record along the lifecycle the bundle states, and refuses a transition it lacks', async () => {
    seed('CLIENTID', 'CLIENTID_ach1', 'Initiated');
    const cfi = control();
    const refused = await cfi.transition({ resource: 'AchTransfer', id: 'CLIENTID_ach1', to: 'Returned', set: { returnCode: 'R01' } }).then(unexpected, (e: any) => e);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect({ code: refused.code, context: refused.context }).toEqual({ code: 'transitionNotAllowed', context: { resource: 'AchTransfer', id: 'CLIENTID_ach1', from: 'Initiated', to: 'Returned', allowed: allowedFrom('Initiated') } });

    const next = allowedFrom('Initiated')[0];
    const moved = await cfi.transition({ resource: 'AchTransfer', id: 'CLIENTID_ach1', to: next });
    expect(moved.record).toMatchObject({ cFiTransactionId: 'CLIENTID_ach1', status: next });
    expect(moved.webhookDeliveryId).toMatch(/^whd_/);
  });

  it("answers the documented codes as the client's error classes, shared with the main entry", async () => {
    const missing = await control()
      .transition({ resource: 'AchTransfer', id: 'CLIENTID_nope', to: 'Sent' })
      .then(unexpected, (e: any) => e);
    expect(missing).toBeInstanceOf(ClientErrors.ConnectFiError);
    expect(missing).toBeInstanceOf(ConnectFiError);
    expect([missing.status, missing.code]).toEqual([400, 'recordNotFound']);
    const invalid = await control()
      .transition({ resource: 'AchTransfer', id: 'CLIENTID_ach1' } as never)
      .then(unexpected, (e: any) => e);
    expect(invalid).toBeInstanceOf(ClientErrors.RequestValidateError);
  });

  it("applies connectFi's business rules to the control API too (wrongAmount, currencyNotSupported)", async () => {
    const cfi = control();
    const posted = await cfi.cardTransactionPost({ cFiCardId: 'icrd_1', amount: 12.4, currency: 'USD', description: 'Coffee', transactionType: 'debit' });
    expect(posted).toMatchObject({ cFiCardId: 'icrd_1', transactionType: 'purchase', direction: 'debit', amount: 12.4 });
    const wrong = await cfi.cardTransactionPost({ cFiCardId: 'icrd_1', amount: 1.225, currency: 'USD', description: 'Coffee', transactionType: 'debit' }).then(unexpected, (e: any) => e);
    expect([wrong.code, wrong.context]).toEqual(['wrongAmount', { amount: 1.225 }]);
    const euro = await cfi.cardTransactionPost({ cFiCardId: 'icrd_1', amount: 1, currency: 'EUR', description: 'Coffee', transactionType: 'credit' }).then(unexpected, (e: any) => e);
    expect([euro.code, euro.context]).toEqual(['currencyNotSupported', { supportedCurrency: 'USD' }]);
  });

  it("creates a second API user whose tenant sees none of the first one's records", async () => {
    const created = await control().userCreate({ login: 'SECOND_api', password: 'Second-Passw0rd!' });
    expect(created).toEqual({ login: 'SECOND_api', aggregatorId: 'SECOND' });
    const again = await control()
      .userCreate({ login: 'SECOND_api', password: 'Second-Passw0rd!' })
      .then(unexpected, (e: any) => e);
    expect([again.code, again.context]).toEqual(['loginExists', { login: 'SECOND_api' }]);
    const theirs = await control('SECOND_api', 'Second-Passw0rd!')
      .transition({ resource: 'AchTransfer', id: 'CLIENTID_ach1', to: 'Complete' })
      .then(unexpected, (e: any) => e);
    expect(theirs.code).toBe('recordNotFound');
    expect((await control('SECOND_api', 'Second-Passw0rd!').webhookList({})).deliveries).toEqual([]);
  });

  it('lists deliveries page by page, redelivers one, and resets a tenant', async () => {
    seed('CLIENTID', 'CLIENTID_ach2', 'Initiated');
    const cfi = control();
    await cfi.transition({ resource: 'AchTransfer', id: 'CLIENTID_ach2', to: allowedFrom('Initiated')[0] });
    const page = await cfi.webhookList({ numberOfRecords: 1 });
    expect(page.deliveries).toHaveLength(1);
    expect(page.more).toBe(true);
    const all: SandboxWebhookListRecord[] = [];
    for await (const delivery of cfi.webhookListAll({ numberOfRecords: 1 })) all.push(delivery);
    expect(all.map((d) => d.recordId).sort()).toEqual(['CLIENTID_ach1', 'CLIENTID_ach2']);

    const again = await cfi.webhookRedeliver({ deliveryId: all[0].deliveryId });
    expect([again.attempt, again.recordId, again.payload]).toEqual([all[0].attempt + 1, all[0].recordId, all[0].payload]);
    const missing = await cfi.webhookRedeliver({ deliveryId: 'whd_missing' }).then(unexpected, (e: any) => e);
    expect(missing.code).toBe('deliveryNotFound');

    const { deleted } = await cfi.reset({});
    expect(deleted).toBe(2 + 3);
    expect((await cfi.webhookList({})).deliveries).toEqual([]);
  });

  it('reports a misspelt property of a control body like any other (unknownProperties: warn)', async () => {
    unknown.length = 0;
    await control().webhookList({ recordID: 'x' } as never);
    expect(unknown).toEqual(['/recordID']);
  });

  it('logs in as the API user it is given, and refuses a wrong password', async () => {
    const refused = await control('CLIENTID_api', 'Wrong-Passw0rd!')
      .webhookList({})
      .then(unexpected, (e: any) => e);
    expect([refused.status, refused.code]).toEqual([401, 'unauthorized']);
  });

  it('types its methods from the control document', () => {
    const cfi = control();
    // @ts-expect-error transactionType is debit or credit
    void (() => cfi.cardTransactionPost({ cFiCardId: 'c', amount: 1, currency: 'USD', description: 'd', transactionType: 'refund' }));
    // @ts-expect-error the connectFi client has no control methods
    void (() => createConnectFiClient({ baseUrl }).sandbox);
    expect(typeof cfi.transition).toBe('function');
  });
});
