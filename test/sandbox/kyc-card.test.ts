// The seed's customer journey, through the client: customer init -> akepa identification (WaitReview: step-up) ->
// documents generated and uploaded -> update (waiting_review) -> approval through the control API (webhook) ->
// ibis debit card -> activate. Each prerequisite on the way is refused with its code before it holds.
import { describe, expect, it } from 'vitest';
import { parseWebhook } from '@connectfi/client';
import { clientFor } from './support/clients.ts';
import { example, ref } from './support/bodies.ts';
import { sandboxWithReceiver } from './support/with-receiver.ts';

const env = sandboxWithReceiver();

const jpeg = () => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9])], { type: 'image/jpeg' });

describe('KYC and card issuing', () => {
  it('walks the WaitReview step-up flow to an approved customer with an active debit card', async () => {
    const { cfi, control } = await clientFor(env.sandbox.url);
    const initBody = example('customerInit', { reference: ref('cust') }, 'sandboxWaitReview');
    const customer = await cfi.customer.init(initBody);
    expect(customer.customerId).toMatch(/^csta/);
    expect((await cfi.customer.status(customer.customerId)).reference).toBe(initBody.reference);

    // Before any KYC, a debit card is refused.
    const cardBody = example('ibisDebitCardAdd', { customerId: customer.customerId, reference: ref('card') });
    await expect(cfi.ibis.debitCardAdd(cardBody)).rejects.toMatchObject({ code: 'kycNotApproved' });

    const application = await cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId: customer.customerId, webhookURL: `${env.receiver.url}/kyc` }, 'sandboxWaitReview'));
    expect(application.status).toBe('pending_step_up');
    expect(application.customerId).toBe(customer.customerId);

    const front = await cfi.akepa.generateDocument(example('akepaGenerateDocument'));
    const back = await cfi.akepa.generateDocument({ ...example('akepaGenerateDocument'), name: 'Driver licence back' });
    expect(front.uploadStatus).toBe(false);
    const link = { customerId: customer.customerId, applicationId: application.applicationId, entityId: customer.customerId, documents: [{ documentId: front.id }, { documentId: back.id }] };
    // Not uploaded yet: the update is refused.
    await expect(cfi.akepa.update(link)).rejects.toMatchObject({ code: 'documentNotFound' });
    await expect(cfi.akepa.uploadDocument('doc_doesnotexist00000', { file: jpeg() })).rejects.toMatchObject({ code: 'documentNotFound' });
    expect((await cfi.akepa.uploadDocument(front.id, { file: jpeg() })).uploadStatus).toBe(true);
    await cfi.akepa.uploadDocument(back.id, { file: jpeg() });

    const reviewed = await cfi.akepa.update(link);
    expect(reviewed.status).toBe('waiting_review');
    await expect(cfi.ibis.debitCardAdd(cardBody)).rejects.toMatchObject({ code: 'kycNotApproved' });

    // PayGears approves by hand: the control API does it, and the webhook reports it.
    const approved = await control.transition({ resource: 'KycApplication', id: application.applicationId, to: 'completed', set: { outcome: 'Approved' } });
    expect(approved.record).toMatchObject({ status: 'completed', outcome: 'Approved' });
    const [post] = (await env.receiver.waitFor(1)).filter((p) => p.path === '/kyc');
    const event = parseWebhook('akepaStatusChanged', JSON.stringify(post.body));
    expect(event.data).toMatchObject({ applicationId: application.applicationId, status: 'completed', outcome: 'Approved', customerId: customer.customerId });
    expect((await cfi.akepa.status({ customerId: customer.customerId, applicationId: application.applicationId })).status).toBe('completed');
    // A completed application takes no more updates.
    await expect(cfi.akepa.update(link)).rejects.toMatchObject({ code: 'applicationCompleted' });

    const card = await cfi.ibis.debitCardAdd(cardBody);
    expect(card.customerId).toBe(customer.customerId);
    expect(card.statusCode).toBe('A');
    const active = await cfi.ibis.cardActivate({ ...example('ibisCardActivate'), cFiCardId: card.cFiCardId });
    expect(active.statusCode).toBe('B');
    expect((await cfi.ibis.cardStatus({ cFiCardId: card.cFiCardId })).statusCode).toBe('B');
    // B -> A is not a lifecycle transition; activating twice is refused.
    await expect(cfi.ibis.cardActivate({ ...example('ibisCardActivate'), cFiCardId: card.cFiCardId })).rejects.toMatchObject({ code: 'ibisCardStatus' });
    // set-status moves along the card lifecycle (B -> S -> B), and F is terminal.
    expect((await cfi.ibis.cardSetStatus({ cFiCardId: card.cFiCardId, statusCode: 'S' })).statusCode).toBe('S');
    expect((await cfi.ibis.cardSetStatus({ cFiCardId: card.cFiCardId, statusCode: 'F' })).statusCode).toBe('F');
    await expect(cfi.ibis.cardSetStatus({ cFiCardId: card.cFiCardId, statusCode: 'B' })).rejects.toMatchObject({ status: 400 });
  });

  it('denies a KYC by the designed Deny trigger, approves others at once, and refuses unknown customers', async () => {
    const { cfi } = await clientFor(env.sandbox.url);
    const plain = await cfi.customer.init(example('customerInit', { reference: ref('cust') }));
    const approved = await cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId: plain.customerId }));
    expect(approved).toMatchObject({ status: 'completed', outcome: 'Approved' });
    const denyBody = example('customerInit', { reference: ref('cust') });
    denyBody.customer.lastName = 'Deny';
    denyBody.customer.identificationDocument = { type: 'SSN', value: '987654321' };
    const denied = await cfi.customer.init(denyBody);
    expect(await cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId: denied.customerId }))).toMatchObject({ status: 'completed', outcome: 'Denied' });
    await expect(cfi.ibis.debitCardAdd(example('ibisDebitCardAdd', { customerId: denied.customerId, reference: ref('card') }))).rejects.toMatchObject({ code: 'kycNotApproved' });
    await expect(cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId: 'cstap_unknown000000000' }))).rejects.toMatchObject({ code: 'customerNotFound' });
    await expect(cfi.customer.status('cstap_unknown000000000')).rejects.toMatchObject({ code: 'customerNotFound', context: { customerId: 'cstap_unknown000000000' } });
    // An approved customer gets a card at once; its update merges contact details.
    const updated = await cfi.customer.update({ customerId: plain.customerId, customer: { email: 'new.address@example.com' } } as any);
    expect((updated as any).customer.email).toBe('new.address@example.com');
    expect(((await cfi.customer.status(plain.customerId)) as any).customer.firstName).toBe('Janice');
  });
});
