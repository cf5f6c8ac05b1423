// Tokens that expire at dtsExpireAt, the documented refusals, change-password, and tenants that never see each other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, createConnectFiClient } from '@connectfi/client';
import { clientFor } from './support/clients.ts';
import { example, ref } from './support/bodies.ts';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD, startSandbox, type StartedSandbox } from './support/sandbox.ts';

let sandbox: StartedSandbox;
beforeAll(async () => {
  sandbox = await startSandbox(['--token-ttl', '2']);
});
afterAll(async () => {
  await sandbox?.stop();
});

const rawCall = (path: string, token: string | undefined, body: unknown) =>
  fetch(`${sandbox.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { 'x-connectfi-token': token } : {}) }, body: JSON.stringify(body) });

describe('auth', () => {
  it('prints the default credentials and where the data lives', () => {
    expect(sandbox.output()).toContain(`login ${DEFAULT_LOGIN}`);
    expect(sandbox.output()).toContain(`password ${DEFAULT_PASSWORD}`);
    expect(sandbox.output()).toMatch(/data sqlite :memory:/);
  });

  it('issues tokens that work until dtsExpireAt and answer 401 after', async () => {
    const cfi = createConnectFiClient({ baseUrl: sandbox.url, login: DEFAULT_LOGIN, password: DEFAULT_PASSWORD, maxRetries: 0 });
    const { token, dtsExpireAt } = await cfi.auth.getToken({ user: { login: DEFAULT_LOGIN, password: DEFAULT_PASSWORD } });
    const ttl = Date.parse(dtsExpireAt) - Date.now();
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(2000);
    expect((await rawCall('/transfer-to/ach/list', token, {})).status).toBe(200);
    await new Promise((r) => setTimeout(r, ttl + 200));
    const expired = await rawCall('/transfer-to/ach/list', token, {});
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'unauthorized' });
    expect((await rawCall('/transfer-to/ach/list', 'not-a-token', {})).status).toBe(401);
    expect((await rawCall('/transfer-to/ach/list', undefined, {})).status).toBe(401);
  });

  it('refuses a wrong password with the documented error', async () => {
    const cfi = createConnectFiClient({ baseUrl: sandbox.url, login: DEFAULT_LOGIN, password: 'Wrong-Passw0rd!', maxRetries: 0 });
    const error = await cfi.auth.getToken({ user: { login: DEFAULT_LOGIN, password: 'Wrong-Passw0rd!' } }).catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized' });
  });

  it('changes a password: the old one stops working, the new one works; a wrong old one is refused', async () => {
    const { control } = await clientFor(sandbox.url);
    const login = `pw${Date.now().toString(36)}_api`;
    await control.createUser({ login, password: 'First-Passw0rd!' });
    const { cfi } = await clientFor(sandbox.url, login, 'First-Passw0rd!');
    await expect(cfi.user.changePassword({ oldPassword: 'Not-It-0!x', newPassword: 'Second-Passw0rd!' })).rejects.toMatchObject({ code: 'wrongOldPassword', context: { login } });
    expect(await cfi.user.changePassword({ oldPassword: 'First-Passw0rd!', newPassword: 'Second-Passw0rd!' })).toEqual({ status: true });
    const fresh = createConnectFiClient({ baseUrl: sandbox.url, login, password: 'Second-Passw0rd!', maxRetries: 0 });
    await expect(fresh.auth.getToken({ user: { login, password: 'First-Passw0rd!' } })).rejects.toMatchObject({ code: 'unauthorized' });
    expect((await fresh.auth.getToken({ user: { login, password: 'Second-Passw0rd!' } })).token).toBeTruthy();
  });

  it('refuses a second user with an existing login', async () => {
    const { control } = await clientFor(sandbox.url);
    await expect(control.createUser({ login: DEFAULT_LOGIN, password: 'Other-Passw0rd!' })).rejects.toMatchObject({ code: 'loginExists' });
  });
});

describe('tenants', () => {
  it("a second client sees none of the first one's records, by id, reference, list or get, and may reuse its references", async () => {
    const first = await clientFor(sandbox.url);
    const login = `other${Date.now().toString(36)}_api`;
    const user = await first.control.createUser({ login, password: 'Other-Passw0rd!' });
    expect(user.login).toBe(login);
    expect(user.aggregatorId).not.toBe('CLIENTID');
    const second = await clientFor(sandbox.url, login, 'Other-Passw0rd!');

    const body = example('achCreate', { reference: ref('tenant') });
    const mine = await first.cfi.ach.create(body);
    expect(await second.cfi.ach.query({ cFiTransactionIds: [mine.cFiTransactionId] })).toEqual([]);
    expect(await second.cfi.ach.query({ references: [body.reference] })).toEqual([]);
    expect((await second.cfi.ach.list({})).transactions.map((t) => t.cFiTransactionId)).not.toContain(mine.cFiTransactionId);
    const csv = await second.cfi.ach.exportList({});
    expect(String(csv)).not.toContain(mine.cFiTransactionId);
    await expect(second.control.transition({ resource: 'AchTransfer', id: mine.cFiTransactionId, to: 'Sent' })).rejects.toMatchObject({ code: 'recordNotFound' });

    const customer = await first.cfi.customer.init(example('customerInit', { reference: ref('cust') }));
    await expect(second.cfi.customer.status(customer.customerId)).rejects.toMatchObject({ code: 'customerNotFound' });

    // References are per client: the second may use the first one's.
    const theirs = await second.cfi.ach.create(body);
    expect(theirs.cFiTransactionId).not.toBe(mine.cFiTransactionId);
    expect(theirs.cFiTransactionId.startsWith(`${user.aggregatorId}_`)).toBe(true);
    // Reset empties only the caller's tenant.
    expect((await second.control.reset()).deleted).toBeGreaterThan(0);
    expect(await first.cfi.ach.query({ cFiTransactionIds: [mine.cFiTransactionId] })).toHaveLength(1);
  });
});
