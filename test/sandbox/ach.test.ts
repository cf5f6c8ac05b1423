// ACH end to end through @connectfi/client: create -> query shows Initiated -> send, complete, settle, return
// through the control API -> a local receiver gets each webhook with the documented payload; list, export and
// query agree; duplicates (also concurrent) make one record; lifecycle refusals.
import { describe, expect, it } from 'vitest';
import { ReferenceExistsError, parseWebhook } from '@connectfi/client';
import { clientFor } from './support/clients.ts';
import { rejection } from './support/rejection.ts';
import { example, ref } from './support/bodies.ts';
import { sandboxWithReceiver } from './support/with-receiver.ts';

const env = sandboxWithReceiver();

describe('ACH', () => {
  it('moves a transfer along its lifecycle and posts each change to its webhookUrl', async () => {
    const { cfi, control } = await clientFor(env.sandbox.url);
    const body = example('achCreate', { reference: ref('ach'), webhookUrl: `${env.receiver.url}/ach` });
    const created = await cfi.ach.create(body);
    expect(created.status).toBe('Initiated');
    expect(created.reference).toBe(body.reference);
    expect(created.amount).toBe(body.amount);
    // The account number is kept masked: last 4 only.
    expect(created.DFIAccountNumber).toBe(`${'X'.repeat(body.DFIAccountNumber.length - 4)}${body.DFIAccountNumber.slice(-4)}`);
    expect(created.cFiTransactionId.startsWith('CLIENTID_')).toBe(true);

    const [queried] = await cfi.ach.query({ cFiTransactionIds: [created.cFiTransactionId] });
    expect(queried.status).toBe('Initiated');

    const before = env.receiver.received.length;
    for (const [to, set] of [['Sent'], ['Complete'], ['Settled'], ['Returned', { returnCode: 'R01' }]] as const) {
      const moved = await control.transition({ resource: 'AchTransfer', id: created.cFiTransactionId, to, ...(set ? { set } : {}) });
      expect(moved.record.status).toBe(to);
      expect(typeof moved.webhookDeliveryId).toBe('string');
    }
    const posts = (await env.receiver.waitFor(before + 4)).slice(before).filter((p) => p.path === '/ach');
    expect(posts.map((p) => p.body.status)).toEqual(['Sent', 'Complete', 'Settled', 'Returned']);
    for (const post of posts) {
      const event = parseWebhook('achStatusChanged', JSON.stringify(post.body));
      expect(event.cFiTransactionId).toBe(created.cFiTransactionId);
    }
    expect(posts[3].body.returnCode).toBe('R01');

    // Returned is terminal: nothing moves it, and nothing is posted.
    await expect(control.transition({ resource: 'AchTransfer', id: created.cFiTransactionId, to: 'Sent' })).rejects.toMatchObject({ code: 'transitionNotAllowed', context: { from: 'Returned', allowed: [] } });

    // Every attempt is in the delivery log, delivered, with the receiver's status code.
    const log = await control.listWebhooks({ recordId: created.cFiTransactionId });
    expect(log.deliveries.map((d: any) => [d.payload.status, d.state, d.statusCode])).toEqual([
      ['Sent', 'delivered', 200],
      ['Complete', 'delivered', 200],
      ['Settled', 'delivered', 200],
      ['Returned', 'delivered', 200],
    ]);
  });

  it('refuses a transition the lifecycle lacks', async () => {
    const { cfi, control } = await clientFor(env.sandbox.url);
    const created = await cfi.ach.create(example('achCreate', { reference: ref('ach') }));
    await expect(control.transition({ resource: 'AchTransfer', id: created.cFiTransactionId, to: 'Settled' })).rejects.toMatchObject({
      code: 'transitionNotAllowed',
      context: { from: 'Initiated', to: 'Settled', allowed: expect.arrayContaining(['Sent']) },
    });
    const [still] = await cfi.ach.query({ cFiTransactionIds: [created.cFiTransactionId] });
    expect(still.status).toBe('Initiated');
  });

  it('answers a repeated reference with referenceExists naming the first record, also when sent concurrently', async () => {
    const { cfi } = await clientFor(env.sandbox.url);
    const body = example('achCreate', { reference: ref('dup') });
    const first = await cfi.ach.create(body);
    const again = await rejection<ReferenceExistsError>(cfi.ach.create({ ...body, amount: 1.5 }));
    expect(again).toBeInstanceOf(ReferenceExistsError);
    expect(again.context).toMatchObject({ reference: body.reference, entityId: first.cFiTransactionId });

    const concurrent = example('achCreate', { reference: ref('race') });
    const results = await Promise.allSettled(Array.from({ length: 12 }, () => cfi.ach.create(concurrent)));
    const created = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(created).toHaveLength(1);
    expect(refused.map((r) => r.reason.code)).toEqual(Array(11).fill('referenceExists'));
    const id = (created[0] as PromiseFulfilledResult<any>).value.cFiTransactionId;
    for (const r of refused) expect(r.reason.context.entityId).toBe(id);
    expect(await cfi.ach.query({ references: [concurrent.reference] })).toHaveLength(1);
  });

  it('queries by ids or references (unknown ones absent), lists with exact paging, exports the same records as CSV', async () => {
    const { cfi, control } = await clientFor(env.sandbox.url);
    await control.reset();
    const made = [];
    for (let i = 0; i < 7; i++) made.push(await cfi.ach.create(example('achCreate', { reference: ref(`page${i}x`), amount: 10 + i })));
    const ids = made.map((m) => m.cFiTransactionId);

    const found = await cfi.ach.query({ cFiTransactionIds: [ids[0], ids[0], 'CLIENTID_doesnotexist', ids[3]] });
    expect(found.map((r) => r.cFiTransactionId).sort()).toEqual([ids[0], ids[3]].sort());
    expect(await cfi.ach.query({ references: ['unknownref1'] })).toEqual([]);

    const all = await cfi.ach.list({});
    expect(all.transactions).toHaveLength(7);
    expect(all.more).toBe(false);
    const page1 = await cfi.ach.list({ numberOfRecords: 3 });
    const page2 = await cfi.ach.list({ numberOfRecords: 3, skipRecords: 3 });
    const page3 = await cfi.ach.list({ numberOfRecords: 3, skipRecords: 6 });
    expect([page1.more, page2.more, page3.more]).toEqual([true, true, false]);
    expect([...page1.transactions, ...page2.transactions, ...page3.transactions].map((t) => t.cFiTransactionId)).toEqual(all.transactions.map((t) => t.cFiTransactionId));
    const exactly = await cfi.ach.list({ numberOfRecords: 7 });
    expect(exactly.more).toBe(false);

    await control.transition({ resource: 'AchTransfer', id: ids[2], to: 'Sent' });
    const sent = await cfi.ach.list({ status: 'Sent' } as any);
    expect(sent.transactions.map((t) => t.cFiTransactionId)).toEqual([ids[2]]);
    const byRef = await cfi.ach.list({ reference: made[4].reference } as any);
    expect(byRef.transactions.map((t) => t.cFiTransactionId)).toEqual([ids[4]]);

    const csv = await cfi.ach.exportList({});
    const lines = String(csv).trim().split('\n');
    const header = lines[0].split(',');
    const idColumn = header.indexOf('cFiTransactionId');
    expect(lines.slice(1).map((l) => l.split(',')[idColumn])).toEqual(all.transactions.map((t) => t.cFiTransactionId));
    const statusColumn = header.indexOf('status');
    expect(lines.slice(1).map((l) => l.split(',')[statusColumn])).toEqual((await cfi.ach.list({})).transactions.map((t) => t.status));

    await expect(cfi.ach.list({ numberOfRecords: 1001 })).rejects.toMatchObject({ code: expect.stringMatching(/NumberOfRecords|requestValidateError/) });
  });
});
