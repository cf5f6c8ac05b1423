// The control API's posted card transactions, through the client: a transaction posted to an issued (ibis) card shows
// in that card's history as the spec's `postedAs` declares it (a debit as a purchase, a credit as a refund; designed),
// and a card of a kind that declares no `postedAs` (an acquiring card) is refused with the control API's documented
// recordNotFound, writing nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptCardData, type APIError } from '@connectfi/client';
import { projectRoot } from '../../scripts/lib/paths.ts';
import { clientFor } from './support/clients.ts';
import { example, ref } from './support/bodies.ts';
import { rejection } from './support/rejection.ts';
import { startSandbox, type StartedSandbox } from './support/sandbox.ts';

const bundle = (file: string) => JSON.parse(readFileSync(join(projectRoot, 'generated', file), 'utf8'));
const api = bundle('openapi.json');
const control = bundle('sandbox-openapi.json');

/** The control API's documented recordNotFound example of the card-transaction post. */
function documentedNotFound() {
  const op = control.paths['/sandbox/ibis/card-transactions'].post;
  return op.responses['400'].content['application/json'].examples.recordNotFound.value;
}

let sandbox: StartedSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox?.stop();
});

/** An issued debit card of a new, KYC-approved customer. */
async function ibisCard(cfi: Awaited<ReturnType<typeof clientFor>>['cfi']) {
  const { customerId } = await cfi.customer.init(example('customerInit', { reference: ref('cust') }));
  await cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId }));
  return cfi.ibis.debitCardAdd(example('ibisDebitCardAdd', { customerId, reference: ref('card') }));
}

const today = () => new Date().toISOString().slice(0, 10);

describe('posted card transactions', () => {
  it('shows a posted purchase and refund in the ibis card history, and only in that card', async () => {
    const { cfi, control: sandboxControl } = await clientFor(sandbox.url);
    const card = await ibisCard(cfi);
    const other = await ibisCard(cfi);
    const purchase = { cFiCardId: card.cFiCardId, amount: 12.4, currency: 'USD', description: 'Coffee Corner', merchantName: 'Coffee Corner LLC', transactionType: 'debit' };
    const refund = { cFiCardId: card.cFiCardId, amount: 3.05, currency: 'USD', description: 'Refund of a pastry', transactionType: 'credit' };
    const postedPurchase = await sandboxControl.postCardTransaction(purchase);
    const postedRefund = await sandboxControl.postCardTransaction(refund);
    await sandboxControl.postCardTransaction({ ...purchase, cFiCardId: other.cFiCardId, amount: 99.99 });

    // What the declaration makes of each (designed): the network's debit is a purchase, its credit a refund.
    expect(postedPurchase).toEqual({
      transactionId: expect.stringMatching(/^itrx_/),
      cFiCardId: card.cFiCardId,
      cFiFundsId: null,
      transactionType: 'purchase',
      direction: 'debit',
      amount: 12.4,
      currency: 'USD',
      description: 'Coffee Corner',
      merchantName: 'Coffee Corner LLC',
      dtsCreatedAt: expect.any(String),
    });
    expect(postedRefund).toMatchObject({ cFiCardId: card.cFiCardId, transactionType: 'refund', direction: 'credit', amount: 3.05, merchantName: null });

    const history = await cfi.ibis.inquiryTransactionHistory({ cFiCardId: card.cFiCardId, dateFrom: today(), dateTo: today() } as any);
    // Newest first, exactly the two posted to this card, as the post answered them.
    expect(history.transactions).toEqual([postedRefund, postedPurchase]);
    expect(history.more).toBe(false);
  });

  it('refuses a card of a kind that declares no postedAs (an acquiring card) with the documented recordNotFound, and writes nothing', async () => {
    const { cfi, control: sandboxControl } = await clientFor(sandbox.url);
    const { secondary } = await cfi.billKeys.get();
    const encryptedData = await encryptCardData({ pan: '5555555555554444', expiry: '203001', cvv: '321' }, secondary!);
    const acquiring = await cfi.acquiring.register(example('acquiringRegister', { reference: ref('acq'), card: { encryptedData, keyId: 'je87i6-C2QJS7PHUAbJPqw' } }, 'encrypted'));

    const refused = await rejection<APIError>(sandboxControl.postCardTransaction({ cFiCardId: acquiring.cFiCardId, amount: 5, currency: 'USD', description: 'Not an issued card', transactionType: 'debit' }));
    const documented = documentedNotFound();
    expect([refused.status, refused.code]).toEqual([400, documented.code]);
    expect(refused.context).toEqual({ ...documented.context, id: acquiring.cFiCardId });
    // The example names the card kinds the spec lets a transaction be posted to, as the resources declare them.
    const declared = Object.entries<any>(api['x-connectfi-resources'])
      .filter(([, r]) => r.postedAs)
      .map(([name]) => name);
    expect(documented.context.resource).toBe(declared.join('|'));
    // Nothing was written to the acquiring or push/pull records either (no test of this suite makes any).
    expect((await cfi.acquiring.list({} as any)).transactions).toEqual([]);
    expect((await cfi.card.listTransactions({} as any)).transactions).toEqual([]);
  });

  it("refuses another tenant's issued card as not found", async () => {
    const { cfi } = await clientFor(sandbox.url);
    const card = await ibisCard(cfi);
    const { control: owner } = await clientFor(sandbox.url);
    const login = `OTHER${Date.now()}_api`;
    await owner.createUser({ login, password: 'Second-Passw0rd!' });
    const { control: stranger } = await clientFor(sandbox.url, login, 'Second-Passw0rd!');
    const refused = await rejection<APIError>(stranger.postCardTransaction({ cFiCardId: card.cFiCardId, amount: 1, currency: 'USD', description: 'Elsewhere', transactionType: 'debit' }));
    expect([refused.status, refused.code, (refused.context as any).id]).toEqual([400, 'recordNotFound', card.cFiCardId]);
    expect((await cfi.ibis.inquiryTransactionHistory({ cFiCardId: card.cFiCardId, dateFrom: today(), dateTo: today() } as any)).transactions).toEqual([]);
  });
});
