// The other rails through their lifecycles, through the client: a bill payment (account number encrypted with the
// sandbox's published key), a check (print, void, mailed), card push/pull and reversal, an acquiring charge and its
// reversal, and a combo payment on each rail.
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { encryptAccountNumber, encryptCardData, parseWebhook } from '@connectfi/client';
import { clientFor } from './support/clients.ts';
import { rejection } from './support/rejection.ts';
import { example, ref } from './support/bodies.ts';
import { sandboxWithReceiver } from './support/with-receiver.ts';

const env = sandboxWithReceiver();

const posts = (path: string) => env.receiver.received.filter((p) => p.path === path);

describe('bill payment', () => {
  it('initiates with an account number encrypted under the published key, executes once, and settles with webhooks', async () => {
    const { cfi, control } = await clientFor(env.sandbox.url);
    const accountNumber = '4111222233334444';
    const accountNumberEncrypted = await cfi.billKeys.encryptAccountNumber(accountNumber);
    const body = example('billsInitiate', { reference: ref('bill'), accountNumberEncrypted, webhookUrl: `${env.receiver.url}/bill` }, 'encrypted');
    const bill = await cfi.bills.initiate(body);
    expect(bill.status).toBe('Initiated');
    expect(JSON.stringify(bill)).not.toContain(accountNumber);

    // Well-formed, but under a key that is not the sandbox's: it cannot be decrypted.
    const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const bad = await rejection(cfi.bills.initiate({ ...body, reference: ref('bill'), accountNumberEncrypted: await encryptAccountNumber(accountNumber, foreign) }));
    expect(bad.code).toBe('rppsDecryptAccountNumber');

    await expect(cfi.bills.execute({ cFiTransactionId: 'CLIENTID_nosuchbill00000' })).rejects.toMatchObject({ code: 'billNotFound' });
    expect((await cfi.bills.execute({ cFiTransactionId: bill.cFiTransactionId })).status).toBe('Processing');
    await expect(cfi.bills.execute({ cFiTransactionId: bill.cFiTransactionId })).rejects.toMatchObject({ code: 'rppsBillStatus' });

    for (const to of ['Sent', 'Complete', 'Settled']) await control.transition({ resource: 'BillTransaction', id: bill.cFiTransactionId, to });
    await env.receiver.waitFor(3);
    await expect.poll(() => posts('/bill').map((p) => p.body.status), { timeout: 8000 }).toEqual(['Sent', 'Complete', 'Settled']);
    for (const p of posts('/bill')) expect(parseWebhook('billsStatusChanged', JSON.stringify(p.body)).cFiTransactionId).toBe(bill.cFiTransactionId);
    const [queried] = await cfi.bills.query({ cFiTransactionIds: [bill.cFiTransactionId] } as any);
    expect(queried.status).toBe('Settled');
    const listed = await cfi.bills.list({ status: 'Settled' } as any);
    expect(listed.transactions.map((t: any) => t.cFiTransactionId)).toContain(bill.cFiTransactionId);
  });
});

describe('check', () => {
  it('prints, voids while Processing, and refuses to void once mailed; webhooks report mailing', async () => {
    const { cfi, control } = await clientFor(env.sandbox.url);
    const printed = await cfi.check.print(example('checkPrint', { reference: ref('chk'), webhookUrl: `${env.receiver.url}/check` }));
    expect(printed.cFiCheckStatus).toBe('Processing');
    expect((await cfi.check.get(printed.cFiCheckId)).cFiCheckId).toBe(printed.cFiCheckId);
    const voided = await cfi.check.void({ cFiCheckId: printed.cFiCheckId, reason: 'Paid twice' });
    expect(voided.cFiCheckStatus).toBe('Cancelled');

    const mailed = await cfi.check.print(example('checkPrint', { reference: ref('chk'), webhookUrl: `${env.receiver.url}/check` }));
    await control.transition({ resource: 'Check', id: mailed.cFiCheckId, to: 'Sent' });
    await control.transition({ resource: 'Check', id: mailed.cFiCheckId, to: 'InBank' });
    await control.transition({ resource: 'Check', id: mailed.cFiCheckId, to: 'Complete' });
    await expect(cfi.check.void({ cFiCheckId: mailed.cFiCheckId })).rejects.toMatchObject({ code: 'checkVoidNotAllowed' });
    await expect(cfi.check.get('chk_doesnotexist0000000')).rejects.toMatchObject({ code: 'checkNotFound' });
    await expect
      .poll(
        () =>
          posts('/check')
            .filter((p) => p.body.cFiCheckId === mailed.cFiCheckId)
            .map((p) => p.body.cFiCheckStatus),
        { timeout: 8000 },
      )
      .toEqual(['Sent', 'InBank', 'Complete']);
    const list = await cfi.check.list({ cFiCheckStatus: 'Cancelled' } as any);
    expect(list.checks.map((c: any) => c.cFiCheckId)).toEqual([printed.cFiCheckId]);
  });
});

describe('cards', () => {
  it('registers an encrypted card (last 4 kept), pushes, pulls, reverses only a pull, once', async () => {
    const { cfi } = await clientFor(env.sandbox.url);
    const { primary } = await cfi.billKeys.get();
    const encryptedData = await encryptCardData({ pan: '4000056655665556', expiry: '202912', cvv: '123' }, primary);
    const card = await cfi.card.register(example('cardRegister', { reference: ref('card'), card: { encryptedData, keyId: 'je87i6-C2QJS7PHUAbJPqw' } }, 'encrypted'));
    expect(card.last4).toBe('5556');
    expect(JSON.stringify(card)).not.toContain('4000056655665556');
    await expect(cfi.card.register(example('cardRegister', { reference: ref('card'), card: { encryptedData: 'AAAA', keyId: 'je87i6-C2QJS7PHUAbJPqw' } }, 'encrypted'))).rejects.toMatchObject({ status: 400 });

    const push = await cfi.card.push(example('cardPush', { reference: ref('push'), cFiCardId: card.cFiCardId }));
    expect(push).toMatchObject({ status: 'Complete', transferType: 'push' });
    const declined = await cfi.card.push(example('cardPush', { reference: ref('push'), cFiCardId: card.cFiCardId, amount: 14.05 }));
    expect(declined.status).toBe('Declined');
    await expect(cfi.card.push(example('cardPush', { reference: ref('push'), cFiCardId: card.cFiCardId, amount: 14.1 }))).rejects.toMatchObject({ code: 'toucanPushNotAllowed' });
    await expect(cfi.card.push(example('cardPush', { reference: ref('push'), cFiCardId: 'tcrd_unknown0000000000' }))).rejects.toMatchObject({ code: 'cardNotFound' });

    const pull = await cfi.card.pull(example('cardPull', { reference: ref('pull'), cFiCardId: card.cFiCardId }));
    expect(pull).toMatchObject({ status: 'Complete', transferType: 'pull' });
    await expect(cfi.card.reversal({ cFiTransactionId: push.cFiTransactionId })).rejects.toMatchObject({ code: 'toucanCannotReverseError' });
    expect((await cfi.card.reversal({ cFiTransactionId: pull.cFiTransactionId })).reversalStatus).toBe('Reversed');
    await expect(cfi.card.reversal({ cFiTransactionId: pull.cFiTransactionId })).rejects.toMatchObject({ code: 'toucanCannotReverseError' });
    const found = await cfi.card.transactionQuery({ cFiTransactionIds: [push.cFiTransactionId, pull.cFiTransactionId] });
    expect(found.map((t: any) => t.cFiTransactionId).sort()).toEqual([push.cFiTransactionId, pull.cFiTransactionId].sort());
  });

  it('acquiring: registers a card, charges it, reverses the charge once', async () => {
    const { cfi } = await clientFor(env.sandbox.url);
    const { secondary } = await cfi.billKeys.get();
    const encryptedData = await encryptCardData({ pan: '5555555555554444', expiry: '203001', cvv: '321' }, secondary!);
    const card = await cfi.acquiring.register(example('acquiringRegister', { reference: ref('acq'), card: { encryptedData, keyId: 'je87i6-C2QJS7PHUAbJPqw' } }, 'encrypted'));
    expect(card.last4).toBe('4444');
    const charge = await cfi.acquiring.pull(example('acquiringPull', { reference: ref('acq'), cFiCardId: card.cFiCardId }));
    expect(charge.status).toBe('Complete');
    expect((await cfi.acquiring.reversal({ cFiTransactionId: charge.cFiTransactionId })).reversalStatus).toBe('Reversed');
    await expect(cfi.acquiring.reversal({ cFiTransactionId: charge.cFiTransactionId })).rejects.toMatchObject({ code: 'toucanCannotReverseError' });
    const listed = await cfi.acquiring.list({ reversalStatus: 'Reversed' } as any);
    expect(listed.transactions.map((t: any) => t.cFiTransactionId)).toEqual([charge.cFiTransactionId]);
  });
});

describe('combo', () => {
  it.each(['ach', 'wire', 'push', 'pull'])('creates a %s payment and finds it by id and by reference', async (rail) => {
    const { cfi } = await clientFor(env.sandbox.url);
    const body = example('comboCreate', { reference: ref('combo') }, rail);
    const created = await cfi.combo.create(body);
    expect(created).toMatchObject({ transferType: rail, reference: body.reference });
    const byId = await cfi.combo.query({ cFiTransactionIds: [{ transferType: rail, cFiTransactionId: created.cFiTransactionId }] } as any);
    const byRef = await cfi.combo.query({ references: [{ transferType: rail, reference: body.reference }] } as any);
    expect(byId.map((t: any) => t.cFiTransactionId)).toEqual([created.cFiTransactionId]);
    expect(byRef.map((t: any) => t.cFiTransactionId)).toEqual([created.cFiTransactionId]);
    await expect(cfi.combo.create(body)).rejects.toMatchObject({ code: 'referenceExists', context: { entityId: created.cFiTransactionId } });
  });

  it.each([
    ['ach', 'Initiated', ['Sent', 'Complete', 'Settled']],
    ['wire', 'Initiated', ['Sent', 'Complete']],
  ])("moves a %s payment along its rail's lifecycle", async (rail, initial, path) => {
    const { cfi, control } = await clientFor(env.sandbox.url);
    const created = await cfi.combo.create(example('comboCreate', { reference: ref('combo') }, rail as string));
    expect(created.status).toBe(initial);
    for (const to of path as string[]) expect((await control.transition({ resource: 'ComboTransfer', id: created.cFiTransactionId, to })).record.status).toBe(to);
    // The rail's lifecycle, not another's: a card status is refused.
    await expect(control.transition({ resource: 'ComboTransfer', id: created.cFiTransactionId, to: 'Reversed' })).rejects.toMatchObject({ code: 'transitionNotAllowed' });
  });
});
