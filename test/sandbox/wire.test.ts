// Every wire trigger of the vendor's sandbox (reference §9.1), with the outcome the vendor documents — the table
// below is typed from the reference, not read from the spec, so the spec data and the engine are both under test.
import { describe, expect, it } from 'vitest';
import { clientFor } from './support/clients.ts';
import { rejection } from './support/rejection.ts';
import { example, ref } from './support/bodies.ts';
import { sandboxWithReceiver } from './support/with-receiver.ts';

const env = sandboxWithReceiver();

const wire = (overrides: Record<string, any> = {}) => {
  const body = example('wireCreate', { reference: ref('wire'), webhookURL: `${env.receiver.url}/wire` });
  return { ...body, ...overrides, beneficiary: { ...body.beneficiary, ...overrides.beneficiary } };
};

/** §9.1: amount -> the message of the refusal ("not created"), or the status the wire is saved in. */
const REFUSED: [number, RegExp][] = [
  [16.98, /Invalid Source Account/],
  [16.99, /Core System downstream error/],
  [17.01, /daily total amount limit/i],
  [18, /daily total amount limit/i],
  [18.5, /per-wire limit/i],
  [19, /per-wire limit/i],
  [19.99, /company daily total limit/i],
  [20, /company daily total limit/i],
  [20.01, /company wire amount limit/i],
  [250, /company wire amount limit/i],
];

describe('wire sandbox triggers (§9.1)', () => {
  it.each(REFUSED)('amount %s is refused and no wire is created', async (amount, message) => {
    const { cfi } = await clientFor(env.sandbox.url);
    const body = wire({ amount });
    const error = await rejection(cfi.wire.create(body));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
    expect(await cfi.wire.query({ references: [body.reference] })).toEqual([]);
  });

  it.each([
    ['110000000', /not in Wire ABA file/],
    ['120000000', /not a Funds Transfer Bank/],
  ])('bankABANumber %s is refused', async (aba, message) => {
    const { cfi } = await clientFor(env.sandbox.url);
    const error = await rejection(cfi.wire.create(wire({ beneficiary: { bankABANumber: aba } })));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(message);
  });

  it('a P.O. Box as the beneficiary address line 1 is a request error', async () => {
    const { cfi } = await clientFor(env.sandbox.url);
    const body = wire();
    const error = await rejection(cfi.wire.create({ ...body, beneficiary: { ...body.beneficiary, address: { ...body.beneficiary.address, addressLine1: 'P.O. Box 123' } } }));
    expect(error.code).toBe('requestValidateError');
  });

  it.each([16.95, 16.97])('amount %s is saved as Initiated (delayed)', async (amount) => {
    const { cfi } = await clientFor(env.sandbox.url);
    const created = await cfi.wire.create(wire({ amount }));
    expect(created.status).toBe('Initiated');
    const [again] = await cfi.wire.query({ cFiTransactionIds: [created.cFiTransactionId] });
    expect(again.status).toBe('Initiated');
  });

  it('an ordinary wire is accepted (not Initiated-delayed) and only once per reference', async () => {
    const { cfi } = await clientFor(env.sandbox.url);
    const body = wire({ amount: 1.01 });
    const created = await cfi.wire.create(body);
    expect(created.status).not.toBe('Initiated');
    await expect(cfi.wire.create(body)).rejects.toMatchObject({ code: 'referenceExists', context: { entityId: created.cFiTransactionId } });
  });

  it.each([
    [12.91, 'Complete'],
    [12.92, 'Declined'],
  ])('amount %s starts Initiated and becomes %s when queried, posting exactly one webhook', async (amount, final) => {
    const { cfi, control } = await clientFor(env.sandbox.url);
    const body = wire({ amount });
    const created = await cfi.wire.create(body);
    expect(created.status).toBe('Initiated');
    const [queried] = await cfi.wire.query({ references: [body.reference] });
    expect(queried.status).toBe(final);
    // A second query finds it already moved: no second change, no second post.
    const [again] = await cfi.wire.query({ cFiTransactionIds: [created.cFiTransactionId] });
    expect(again.status).toBe(final);
    await expect.poll(async () => (await control.listWebhooks({ recordId: created.cFiTransactionId })).deliveries.map((d: any) => d.state), { timeout: 8000 }).toEqual(['delivered']);
    const posts = env.receiver.received.filter((p) => p.body?.cFiTransactionId === created.cFiTransactionId);
    expect(posts.map((p) => p.body.status)).toEqual([final]);
  });
});
