// The IR reads the behaviour the spec states (resources, operation behaviour, triggers, prerequisites) from the
// bundle, and stops, naming the operation, on an entry a consumer would execute wrongly.
import { describe, expect, it } from 'vitest';
import { buildIR } from '../../generators/src/ir/build.ts';
import { loadBundle } from '../support/bundle.ts';

const opsOf = (ir: ReturnType<typeof buildIR>) => Object.fromEntries(ir.operations.map((o) => [o.operationId, o]));

describe('the IR of the behaviour the spec states', () => {
  const spec = loadBundle();
  const ir = buildIR(spec);
  const ops = opsOf(ir);

  it('lists every root resource with its record fields read from the schema', () => {
    expect(ir.resources.map((r) => r.name)).toEqual(Object.keys(spec['x-connectfi-resources']));
    const ach = ir.resources.find((r) => r.name === 'AchTransfer')!;
    expect(ach).toMatchObject({
      schemaName: 'AchTransfer',
      idField: 'cFiTransactionId',
      referenceField: 'reference',
      status: { field: 'status', lifecycle: 'AchTransferStatus' },
      webhook: { name: 'achStatusChanged', urlField: 'webhookUrl' },
    });
    const schema = spec.components.schemas.AchTransfer;
    expect(ach.fields.map((f) => f.name).sort()).toEqual(Object.keys(schema.properties).sort());
    expect(
      ach.fields
        .filter((f) => f.required)
        .map((f) => f.name)
        .sort(),
    ).toEqual([...schema.required].sort());
    expect(ach.fields.find((f) => f.name === 'status')).toMatchObject({ types: ['string'], schemaName: 'AchTransferStatus', enum: spec.components.schemas.AchTransferStatus.enum });
    // a oneOf record (individual or business customer): the union of the branches, required only where both require
    const customer = ir.resources.find((r) => r.name === 'Customer')!;
    expect(ir.resources.find((r) => r.name === 'ComboTransfer')?.status?.lifecycleBy?.lifecycles).toMatchObject({ wire: 'WireTransferStatus', pull: 'CardTransactionStatus' });
    expect(customer.idPrefixBy).toEqual({ field: 'customerType', prefixes: { individual: 'cstap_', business: 'cstab_' } });
    const branches = spec.components.schemas.Customer.oneOf.map((b: any) => spec.components.schemas[b.$ref.split('/').pop()]);
    const union = new Set(branches.flatMap((b: any) => Object.keys(b.properties)));
    expect(new Set(customer.fields.map((f) => f.name))).toEqual(union);
    const both = [...union].filter((n) => branches.every((b: any) => b.required.includes(n)));
    expect(
      customer.fields
        .filter((f) => f.required)
        .map((f) => f.name)
        .sort(),
    ).toEqual(both.sort());
  });

  it('gives every operation the spec describes a behaviour, and each names a declared resource', () => {
    const declared = new Set(ir.resources.map((r) => r.name));
    for (const op of ir.operations) {
      const raw = spec.paths[op.path][op.method]['x-connectfi-behaviour'];
      if (raw === undefined) {
        expect(op.behaviour).toBeUndefined();
        continue;
      }
      expect(op.behaviour?.kind, op.operationId).toBe(raw.kind);
      if (op.behaviour?.resource) expect(declared.has(op.behaviour.resource), op.operationId).toBe(true);
    }
    expect(ir.operations.filter((o) => !o.behaviour).map((o) => o.operationId)).toEqual([]);
    expect(ops.wireCreate.behaviour).toEqual({ kind: 'create', resource: 'WireTransfer', status: 'Sent', duplicate: { error: 'referenceExists', fidelity: 'documented' } });
    expect(ops.akepaUploadDocument.behaviour).toEqual({ kind: 'update', resource: 'AkepaDocument', lookup: 'path.documentId', set: { uploadStatus: true }, notFound: { error: 'documentNotFound', fidelity: 'documented' } });
  });

  it('reads the wire triggers of the vendor sandbox as conditions and outcomes, first match first', () => {
    const wire = ops.wireCreate;
    const byAmount = (amount: number) =>
      wire.triggers.find((t) => {
        const c: any = t.match['body.amount'];
        return c && (c.eq === amount || (c.between && amount > c.between[0] && amount <= c.between[1]) || (c.gt !== undefined && amount > c.gt));
      });
    expect(byAmount(16.95)?.outcome).toEqual({ status: 'Initiated' });
    expect(byAmount(16.98)?.outcome).toEqual({ error: 'wireRejected-invalidSourceAccount' });
    expect(byAmount(17.5)?.outcome).toEqual({ error: 'wireRejected-accountDailyLimit' });
    expect(byAmount(18)?.outcome).toEqual({ error: 'wireRejected-accountDailyLimit' });
    expect(byAmount(18.01)?.outcome).toEqual({ error: 'wireRejected-wireLimit' });
    expect(byAmount(25)?.outcome).toEqual({ error: 'wireRejected-companyWireLimit' });
    expect(byAmount(1.01)).toBeUndefined();
    const poBox = wire.triggers.find((t) => t.match['body.beneficiary.address.addressLine1'])!;
    const pattern = new RegExp((poBox.match['body.beneficiary.address.addressLine1'] as { pattern: string }).pattern, 'i');
    expect(pattern.test('P.O. Box 123')).toBe(true);
    expect(pattern.test('PO BOX 9')).toBe(true);
    expect(pattern.test('100 Main Street')).toBe(false);
    // every error outcome names one of the operation's own error examples
    const names = new Set(wire.errors.map((e) => e.exampleName));
    for (const t of wire.triggers) if ('error' in t.outcome) expect(names.has(t.outcome.error), t.outcome.error).toBe(true);
    expect(ops.wireQuery.triggers.map((t) => [t.on, t.outcome])).toEqual([
      ['record', { transition: 'Complete' }],
      ['record', { transition: 'Declined' }],
    ]);
    // the prose stays available for every entry, including the ones that act elsewhere
    expect(ops.customerInit.triggers).toEqual([]);
    expect(ops.customerInit.sandbox.map((s) => s.example)).toEqual(['sandboxWaitReview', 'sandboxDeny']);
  });

  it('reads the KYC WaitReview flow through prerequisite aliases', () => {
    const ident = ops.akepaIdentification;
    expect(ident.prerequisites[0]).toMatchObject({ exists: { resource: 'Customer', where: { customerId: '{body.customerId}' }, as: 'customer' }, error: 'customerNotFound' });
    expect(ident.triggers[0]).toMatchObject({ on: 'request', match: { 'customer.customer.lastName': { eq: 'WaitReview' } }, outcome: { status: 'pending_step_up' }, fidelity: 'documented' });
    const update = ops.akepaUpdate;
    const aliases = update.prerequisites.flatMap((p) => (p.exists?.as ? [p.exists.as] : []));
    expect(aliases).toEqual(['application', 'customer']);
    expect(update.triggers[0].outcome).toEqual({ transition: 'waiting_review' });
  });

  it('names, in every trigger and prerequisite, an error example the operation documents', () => {
    for (const op of ir.operations) {
      const names = new Set(op.errors.map((e) => e.exampleName));
      const named = [...op.triggers.flatMap((t) => ('error' in t.outcome ? [t.outcome.error] : [])), ...op.prerequisites.map((p) => p.error)];
      for (const name of named) expect(names.has(name), `${op.operationId}: ${name}`).toBe(true);
    }
    // the seed's debit-card rule: an initialized customer whose KYC is completed and Approved
    const debit = ops.ibisDebitCardAdd.prerequisites;
    expect(debit.map((p) => [p.exists?.resource, p.error])).toEqual([
      ['Customer', 'customerNotFound'],
      ['KycApplication', 'kycNotApproved'],
    ]);
    expect(debit[1].exists?.where).toEqual({ customerId: '{body.customerId}', status: 'completed', outcome: 'Approved' });
  });

  it('stops on a condition with no known operator or two, naming the operation', () => {
    const bad = loadBundle();
    bad.paths['/transfer-to/wire'].post['x-connectfi-sandbox'][0].match = { 'body.amount': { equals: 16.95 } };
    expect(() => buildIR(bad)).toThrow(/wireCreate x-connectfi-sandbox\[0\]\.match\.body\.amount: a condition has exactly one operator .* got equals/);
    const two = loadBundle();
    two.paths['/transfer-to/wire'].post['x-connectfi-sandbox'][0].match = { 'body.amount': { gt: 1, lt: 2 } };
    expect(() => buildIR(two)).toThrow(/got gt, lt/);
  });

  it('stops on an outcome with two effects, a prerequisite without an error, and an undeclared resource schema', () => {
    const outcome = loadBundle();
    outcome.paths['/transfer-to/wire'].post['x-connectfi-sandbox'][2].outcome = { error: 'x', status: 'Sent' };
    expect(() => buildIR(outcome)).toThrow(/wireCreate x-connectfi-sandbox\[2\]\.outcome: outcome has exactly one of error, status or transition/);
    const pre = loadBundle();
    delete pre.paths['/akepa/update'].post['x-connectfi-prerequisites'][1].error;
    expect(() => buildIR(pre)).toThrow(/akepaUpdate x-connectfi-prerequisites\[1\]: needs `error`/);
    const res = loadBundle();
    res['x-connectfi-resources'].AchTransfer.schema = 'AchTransfr';
    expect(() => buildIR(res)).toThrow(/x-connectfi-resources\.AchTransfer: schema "AchTransfr" is not a component schema/);
  });

  it('reads which card kinds accept a posted card transaction (postedAs) as the spec writes them, and stops on one without fidelity', () => {
    const declared = Object.entries<any>(spec['x-connectfi-resources']).filter(([, r]) => r.postedAs);
    expect(declared.map(([name]) => name)).toEqual(ir.resources.filter((r) => r.postedAs).map((r) => r.name));
    for (const [name, r] of declared) expect(ir.resources.find((x) => x.name === name)?.postedAs).toEqual(r.postedAs);
    const bad = loadBundle();
    delete bad['x-connectfi-resources'].IbisCard.postedAs.fidelity;
    expect(() => buildIR(bad)).toThrow(/x-connectfi-resources\.IbisCard: postedAs must be \{ resource, set: \{ field: projection \}, fidelity: documented \| designed \}/);
    const projection = loadBundle();
    projection['x-connectfi-resources'].IbisCard.postedAs.set.amount = { $from: '{body.amount}' };
    expect(() => buildIR(projection)).toThrow(/x-connectfi-resources\.IbisCard\.postedAs\.set\.amount/);
  });

  it('reads refusals, declared errors, answer projections and the request fields the schemas mark as ciphertext', () => {
    for (const op of ir.operations) {
      const raw = spec.paths[op.path][op.method]['x-connectfi-behaviour'];
      for (const key of ['refused', 'notFound', 'duplicate', 'wrongPassword', 'badDateRange'] as const) expect(op.behaviour?.[key], `${op.operationId} ${key}`).toEqual(raw?.[key]);
      if (op.behaviour?.kind === 'transition') expect(new Set(op.errors.map((e) => e.exampleName)).has(op.behaviour.refused!.error), op.operationId).toBe(true);
    }
    expect(ops.checkVoid.behaviour?.refused).toEqual({ error: 'checkVoidNotAllowed', fidelity: 'designed' });
    expect(ops.condorCustomerGet.behaviour?.answer).toEqual(spec.paths['/condor/customer/get/{customerId}'].get['x-connectfi-behaviour'].answer);
    // the marks sit on the ciphertext's schema, wherever the request reaches it (a $ref, an allOf, a oneOf branch)
    const mark = (name: string) => spec.components.schemas[name]['x-connectfi-encrypted'] ?? spec.components.schemas[name].properties.encryptedData['x-connectfi-encrypted'];
    expect(ops.billsInitiate.behaviour?.encrypted).toEqual([{ path: 'accountNumberEncrypted', ...mark('BillAccountNumberEncrypted') }]);
    expect(ops.cardRegister.behaviour?.encrypted).toEqual([{ path: 'card.encryptedData', ...mark('CardEncryptedData') }]);
    expect(ops.ibisCardCheckPin.behaviour?.encrypted).toEqual([{ path: 'encryptedPin.encryptedData', keep: {}, ...mark('IbisEncryptedData') }]);
    expect(ops.wireCreate.behaviour?.encrypted).toBeUndefined();
  });

  it('stops on a refusal or decryption error without fidelity, a malformed projection and an unknown plaintext', () => {
    const refused = loadBundle();
    refused.paths['/check/void'].post['x-connectfi-behaviour'].refused = 'checkVoidNotAllowed';
    expect(() => buildIR(refused)).toThrow(/checkVoid x-connectfi-behaviour\.refused: is \{ error: <error example name>, fidelity: documented \| designed \}/);
    const notFound = loadBundle();
    notFound.paths['/check/get/{checkId}'].get['x-connectfi-behaviour'].notFound = { error: 'checkNotFound' };
    expect(() => buildIR(notFound)).toThrow(/checkGet x-connectfi-behaviour\.notFound: is \{ error: <error example name>, fidelity: documented \| designed \}/);
    const answer = loadBundle();
    answer.paths['/customer/kyc/status/{customerId}'].get['x-connectfi-behaviour'].answer = { kycStatus: { $from: '{record.kycStatus}' } };
    expect(() => buildIR(answer)).toThrow(/customerKycStatus x-connectfi-behaviour\.answer\.kycStatus: \$from is a value path without braces/);
    const each = loadBundle();
    each.paths['/customer/kyc/status/{customerId}'].get['x-connectfi-behaviour'].answer = { list: { $each: 'record.customer.phones', $map: {} } };
    expect(() => buildIR(each)).toThrow(/takes exactly those keys; got \$each, \$map/);
    const plain = loadBundle();
    plain.components.schemas.BillAccountNumberEncrypted['x-connectfi-encrypted'] = { plaintext: 'pan', keep: {} };
    expect(() => buildIR(plain)).toThrow(/billsInitiate accountNumberEncrypted x-connectfi-encrypted: is \{ plaintext: number \| card \| secret/);
  });
});
