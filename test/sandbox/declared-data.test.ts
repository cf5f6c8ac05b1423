// Behaviour the spec declares as data, through the client: deprecated and processor-specific operations answer the
// stored customer in their own documented shape (x-connectfi-behaviour.answer), and a PIN block the sandbox cannot
// decrypt answers the operation's declared decryptError (x-connectfi-encrypted). Expectations come from the request
// the test sent, not from the sandbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptAccountNumber } from '@connectfi/client';
import { clientFor } from './support/clients.ts';
import { example, operation, ref } from './support/bodies.ts';
import { startSandbox, type StartedSandbox } from './support/sandbox.ts';

let sandbox: StartedSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox?.stop();
});

describe('answer projections', () => {
  it('answers the deprecated KYC view and the condor view of an existing customer, valid against their schemas', async () => {
    const { cfi } = await clientFor(sandbox.url);
    const body = example('customerInit', { reference: ref('cust') });
    const { customerId } = await cfi.customer.init(body);
    const person = body.customer;

    const kycView = { customerId, kycStatus: 'NOT_STARTED' };
    expect(await cfi.customerKyc.init(example('customerKycInit', { customerId }))).toEqual(kycView);
    expect(await cfi.customerKyc.addAttributes(example('customerKycAddAttributes', { customerId }))).toEqual(kycView);
    expect(await cfi.customerKyc.status(customerId)).toEqual(kycView);

    const condorView = {
      condorCustomer: {
        customerId,
        first_name: person.firstName,
        last_name: person.lastName,
        ...(person.gender ? { gender: person.gender } : {}),
        email: person.email,
        date_of_birth: person.dateOfBirth,
        phone_details: person.phones.map((p: any) => ({ phone_type: p.type, country_dialing_code: Number(p.countryCode), phone_number: p.number })),
        addresses: person.addresses.map((a: any) =>
          Object.fromEntries(
            Object.entries({
              address_type: a.type,
              address1: a.addressLine1,
              address2: a.addressLine2,
              city: a.city,
              region: a.state,
              postal_code: a.postalCode,
              country: a.countryCodeA3,
            }).filter(([, v]) => v !== undefined && v !== null),
          ),
        ),
      },
    };
    expect(await cfi.condor.customerGet(customerId)).toEqual(condorView);

    // The processor's update (flat camelCase) changes the stored customer; what it leaves out stays.
    const update = example('condorCustomerUpdate', { customerId });
    const updated = {
      condorCustomer: {
        ...condorView.condorCustomer,
        email: update.email,
        phone_details: update.phones.map((p: any) => ({ phone_type: p.type, country_dialing_code: Number(p.countryCode), phone_number: p.number })),
      },
    };
    expect(await cfi.condor.customerUpdate(update)).toEqual(updated);
    expect(await cfi.condor.customerGet(customerId)).toEqual(updated);
    expect(((await cfi.customer.status(customerId)) as any).customer).toMatchObject({ email: update.email, firstName: person.firstName });
  });

  it('refuses the condor view of a business (the processor holds individuals) and of an unknown customer', async () => {
    const { cfi } = await clientFor(sandbox.url);
    const business = await cfi.customer.init(example('customerInit', { reference: ref('biz') }, 'business'));
    await expect(cfi.condor.customerGet(business.customerId)).rejects.toMatchObject({ code: 'customerNotFound' });
    await expect(cfi.condor.customerGet('csta_unknown000000000000')).rejects.toMatchObject({ code: 'customerNotFound' });
    await expect(cfi.customerKyc.status('cstap_unknown000000000')).rejects.toMatchObject({ code: 'customerNotFound' });
  });
});

describe('encrypted fields', () => {
  it('checks a PIN block with the sandbox keys: an undecryptable one answers ibisPinDecrypt, a good one is taken', async () => {
    const { cfi } = await clientFor(sandbox.url);
    const { customerId } = await cfi.customer.init(example('customerInit', { reference: ref('cust') }));
    await cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId }));
    const card = await cfi.ibis.debitCardAdd(example('ibisDebitCardAdd', { customerId, reference: ref('card') }));
    const { primary } = await cfi.billKeys.get();
    // The same RSA-OAEP SHA-256 transform as account numbers, written base64url as the PIN block's schema wants.
    const block = Buffer.from(await encryptAccountNumber(`1234|${card.cFiCardId}|${new Date().toISOString()}`, primary), 'base64').toString('base64url');
    const keyId = 'je87i6-C2QJS7PHUAbJPqw';
    const garbage = Buffer.alloc(256, 7).toString('base64url');
    await expect(cfi.ibis.cardSetPin({ cFiCardId: card.cFiCardId, encryptedPin: { encryptedData: garbage, keyId } } as any)).rejects.toMatchObject({ code: 'ibisPinDecrypt' });
    await expect(cfi.ibis.cardCheckPin({ cFiCardId: card.cFiCardId, encryptedPin: { encryptedData: garbage, keyId } } as any)).rejects.toMatchObject({ code: 'ibisPinDecrypt' });
    const set = await cfi.ibis.cardSetPin({ cFiCardId: card.cFiCardId, encryptedPin: { encryptedData: block, keyId } } as any);
    // A secret keeps nothing: the PIN's digits do not become the card's last 4 (a name-guessing decrypter did that).
    expect((set as any).last4).toBe(card.last4);
    expect((set as any).last4).not.toBe('1234');
    expect(JSON.stringify(set)).not.toContain('1234|');
  });
});

describe('answers in their documented shapes', () => {
  it("answers the condor card calls from the stored card, and lists a card's own transactions in snake_case", async () => {
    const { cfi } = await clientFor(sandbox.url);
    const { customerId } = await cfi.customer.init(example('customerInit', { reference: ref('cust') }));
    const card: any = await cfi.condor.customerCreate(example('condorCustomerCreate', { customerId }));
    const other: any = await cfi.condor.customerCreate(example('condorCustomerCreate', { customerId }));
    const { cardId } = card;
    expect(await cfi.condor.cardBalance(cardId)).toEqual({ cardId, available_balance: card.available_balance, currency_code: 'USD' });
    const { primary } = await cfi.billKeys.get();
    const block = Buffer.from(await encryptAccountNumber(`1234|${cardId}|${new Date().toISOString()}`, primary), 'base64').toString('base64url');
    expect(await cfi.condor.cardSetPin({ cardId, encryptedPin: { encryptedData: block, keyId: 'je87i6-C2QJS7PHUAbJPqw' } } as any)).toEqual({ cardSetPin: { verified: true, cardId } });
    const { cardChangeStatus } = (await cfi.condor.cardChangeStatus({ cardId, statusAction: 'FRAUD_BLOCK', reason: 'Test space' } as any)) as any;
    expect(cardChangeStatus).toEqual({ ...card, status: 'FRAUD_BLOCK' });

    const credit = example('condorFinancialCredit', { cardId });
    const { transaction } = (await cfi.condor.financialCredit(credit)) as any;
    expect(transaction).toMatchObject({ cardId, amount: credit.amount, currency_code: credit.currency, transaction_type: credit.transactionType, state: 'COMPLETE' });
    const debit = example('condorFinancialDebit', { cardId: other.cardId });
    await cfi.condor.financialDebit(debit);
    // The history is the card's own: the other card's debit is not in it.
    expect(((await cfi.condor.transactionHistory({ cardId } as any)) as any).transactions).toEqual([transaction]);
  });

  it('answers the ibis PIN check and the cardholder from the stored card and customer', async () => {
    const { cfi } = await clientFor(sandbox.url);
    const body = example('customerInit', { reference: ref('cust') });
    const { customerId } = await cfi.customer.init(body);
    await cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId }));
    const add = example('ibisDebitCardAdd', { customerId, reference: ref('card') });
    const card = await cfi.ibis.debitCardAdd(add);
    const { cFiCardId } = card;
    const { primary } = await cfi.billKeys.get();
    const block = Buffer.from(await encryptAccountNumber(`1234|${cFiCardId}|${new Date().toISOString()}`, primary), 'base64').toString('base64url');
    expect(await cfi.ibis.cardCheckPin({ cFiCardId, encryptedPin: { encryptedData: block, keyId: 'je87i6-C2QJS7PHUAbJPqw' } } as any)).toEqual({ cFiCardId, pinValid: true, attemptsLeft: 3 });
    const person = body.customer;
    const [phone] = person.phones;
    expect(await cfi.ibis.cardCardholderProfile({ cFiCardId })).toEqual({
      cFiCardId,
      customerId,
      nameOnCard: add.profile.nameOnCard,
      ...(add.profile.occupation ? { occupation: add.profile.occupation } : {}),
      name: { first: person.firstName, ...(person.middleName ? { middle: person.middleName } : {}), last: person.lastName },
      phone: { countryCode: phone.countryCode, number: phone.number },
      email: person.email,
    });
    // The card data needs an active card; the ciphertext is the documented one (the sandbox holds no card data).
    await expect(cfi.ibis.cardGetAuthData({ cFiCardId })).rejects.toMatchObject({ code: 'ibisCardStatus' });
    await cfi.ibis.cardActivate({ cFiCardId } as any);
    const documented = (operation('ibisCardGetAuthData').success!.examples[0].value as any).data.authData;
    expect(await cfi.ibis.cardGetAuthData({ cFiCardId })).toEqual({ cFiCardId, authData: documented });
  });

  it('answers the employee added from the request', async () => {
    const { cfi } = await clientFor(sandbox.url);
    const company = await cfi.customer.init(example('customerInit', { reference: ref('biz') }, 'business'));
    const employee = await cfi.customer.init(example('customerInit', { reference: ref('emp') }));
    const add = { companyId: company.customerId, employeeId: employee.customerId, position: `Clerk ${ref('p')}`.slice(0, 40) };
    expect(await cfi.customer.addEmployee(add)).toEqual({ ...add, isDisabled: false });
    // Another employee, then the first one again with a new position: one item each, changed in place.
    const second = await cfi.customer.init(example('customerInit', { reference: ref('emp') }));
    const other = { companyId: company.customerId, employeeId: second.customerId, position: 'Driver' };
    await cfi.customer.addEmployee(other);
    const moved = { ...add, position: 'Head clerk' };
    expect(await cfi.customer.addEmployee(moved)).toEqual({ ...moved, isDisabled: false });
    expect(await cfi.customer.disableEmployee({ companyId: company.customerId, employeeId: employee.customerId })).toEqual({ ...moved, isDisabled: true });
    expect(((await cfi.customer.status(company.customerId)) as any).employees).toEqual([
      { ...moved, isDisabled: true },
      { ...other, isDisabled: false },
    ]);
    // An individual never added to this business is no employee of it.
    const stranger = await cfi.customer.init(example('customerInit', { reference: ref('emp') }));
    await expect(cfi.customer.disableEmployee({ companyId: company.customerId, employeeId: stranger.customerId })).rejects.toMatchObject({ code: 'employeeNotFound' });
  });
});

describe('check print', () => {
  it('keeps the amount printed (checkAttributes.amount), so the 15.02 void trigger is reached', async () => {
    const { cfi } = await clientFor(sandbox.url);
    const usual = example('checkPrint', { reference: ref('chk') });
    const printed: any = await cfi.check.print(usual);
    expect([printed.amount, printed.currency]).toEqual([usual.checkAttributes.amount, usual.checkAttributes.currency]);
    expect(((await cfi.check.void({ cFiCheckId: printed.cFiCheckId, reason: 'twice' })) as any).cFiCheckStatus).toBe('Cancelled');
    const mailed = example('checkPrint', { reference: ref('chk') }, 'sandboxAlreadyMailed');
    expect(mailed.checkAttributes.amount).toBe(15.02);
    const check: any = await cfi.check.print(mailed);
    expect(check.amount).toBe(15.02);
    await expect(cfi.check.void({ cFiCheckId: check.cFiCheckId, reason: 'mailed' })).rejects.toMatchObject({ code: 'checkVoidNotAllowed' });
  });
});

describe('resources that keep another record current (updates)', () => {
  it("the deprecated KYC views read the KYC application's result: in progress, APPROVED once approved by hand, DENIED", async () => {
    const { cfi, control } = await clientFor(sandbox.url);
    const { customerId } = await cfi.customer.init(example('customerInit', { reference: ref('cust') }, 'sandboxWaitReview'));
    expect(await cfi.customerKyc.status(customerId)).toEqual({ customerId, kycStatus: 'NOT_STARTED' });
    const application: any = await cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId }));
    expect(application.status).toBe('pending_step_up');
    expect(await cfi.customerKyc.status(customerId)).toEqual({ customerId, kycStatus: 'IN_PROGRESS' });
    await control.transition({ resource: 'KycApplication', id: application.applicationId, to: 'waiting_review' });
    expect(await cfi.customerKyc.status(customerId)).toEqual({ customerId, kycStatus: 'IN_PROGRESS' });
    await control.transition({ resource: 'KycApplication', id: application.applicationId, to: 'completed', set: { outcome: 'Approved' } });
    const approved = { customerId, kycStatus: 'APPROVED' };
    expect(await cfi.customerKyc.status(customerId)).toEqual(approved);
    expect(await cfi.customerKyc.init(example('customerKycInit', { customerId }))).toEqual(approved);
    expect(((await cfi.customer.status(customerId)) as any).kycStatus).toBe('APPROVED');

    const denied = await cfi.customer.init(example('customerInit', { reference: ref('cust') }, 'sandboxDeny'));
    await cfi.akepa.identification(example('akepaIdentification', { reference: ref('kyc'), customerId: denied.customerId }));
    expect(await cfi.customerKyc.status(denied.customerId)).toEqual({ customerId: denied.customerId, kycStatus: 'DENIED' });
  });
});
