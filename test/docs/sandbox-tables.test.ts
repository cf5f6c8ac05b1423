// The sandbox's trigger and prerequisite tables in the docs: written from the data at build time (a change to the
// data changes the page), in each operation's description and in the Sandbox guide, with the answers the operation's
// own error examples give.
import { describe, expect, it } from 'vitest';
import { siteSpec } from '../../scripts/lib/docs/site.ts';
import { describeCondition } from '../../scripts/lib/docs/behaviour-tables.ts';
import { POSTED_CARD_TRANSACTIONS_MARKER, SANDBOX_TABLES_MARKER } from '../../scripts/lib/docs/sandbox-guide.ts';
import { loadBundle } from '../support/bundle.ts';

const guideOf = (spec: any) => spec.tags.find((t: any) => t.name === 'Sandbox')?.description as string;

describe('the sandbox tables in the docs', () => {
  const bundle = loadBundle();
  const spec = siteSpec(bundle);

  it("shows each wire trigger of the vendor's sandbox in the operation's description, with the answer it gives", () => {
    const description: string = spec.paths['/transfer-to/wire'].post.description;
    const raw = bundle.paths['/transfer-to/wire'].post;
    const error = raw.responses['400'].content['application/json'].examples['wireRejected-invalidSourceAccount'].value;
    const row = description.split('\n').find((l) => l.startsWith('| amount is 16.98 |'));
    expect(row, description).toBeDefined();
    expect(row).toContain('`body.amount` = `16.98`');
    expect(row).toContain(`400 \`${error.code}\` / \`${error.subCode}\`: "${error.message}"`);
    expect(description).toContain('| amount is above 17.00 and at most 18.00 | 17 < `body.amount` ≤ 18 (on the request) |');
    // one row per sandbox entry, in the spec's order
    const rows = description.split('\n').filter((l) => /^\| (amount|beneficiary)/.test(l));
    expect(rows.map((r) => r.split(' | ')[0].slice(2))).toEqual(raw['x-connectfi-sandbox'].map((t: any) => t.when));
  });

  it('shows the prerequisites in the order they are checked, with the error each answers', () => {
    const description: string = spec.paths['/ibis/debit-card/add'].post.description;
    const raw = bundle.paths['/ibis/debit-card/add'].post['x-connectfi-prerequisites'];
    const rows = description.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    expect(rows.length).toBe(raw.length);
    expect(rows[1]).toContain(raw[1].that);
    expect(rows[1]).toContain('`kycNotApproved`');
  });

  it('puts every operation that has triggers or prerequisites in the Sandbox guide, in place of the marker', () => {
    const guide = guideOf(spec);
    expect(guide).toBeDefined();
    expect(guide).not.toContain(SANDBOX_TABLES_MARKER);
    const expected = Object.values<any>(bundle.paths)
      .flatMap((item) => Object.values<any>(item))
      .filter((op) => op?.['x-connectfi-sandbox']?.length || op?.['x-connectfi-prerequisites']?.length);
    const headings = guide.split('\n').filter((l) => l.startsWith('#### '));
    expect(headings.length).toBe(expected.length);
    for (const name of Object.keys(bundle['x-connectfi-resources'])) expect(guide).toContain(`| ${name} |`);
    expect(guide).toContain('CLIENTID_api');
  });

  it('is written from the data: a changed trigger changes the guide and the description', () => {
    const changed = structuredClone(bundle);
    changed.paths['/transfer-to/wire'].post['x-connectfi-sandbox'][2].match = { 'body.amount': { eq: 16.88 } };
    const after = siteSpec(changed);
    expect(guideOf(spec)).not.toContain('`16.88`');
    expect(guideOf(after)).toContain('`body.amount` = `16.88`');
    expect(after.paths['/transfer-to/wire'].post.description).toContain('`body.amount` = `16.88`');
  });

  it('shows the declared refusals, encrypted fields, answer projections and designed static data in the guide', () => {
    const guide = guideOf(spec);
    const raw = bundle.paths['/check/void'].post;
    const refused = raw['x-connectfi-behaviour'].refused;
    const example = raw.responses['400'].content['application/json'].examples[refused.error];
    const voidError = (
      example.$ref
        ? example.$ref
            .slice(2)
            .split('/')
            .reduce((n: any, k: string) => n[k], bundle)
        : example
    ).value;
    const row = guide.split('\n').find((l) => l.startsWith('| checkVoid ('));
    expect(row, guide).toContain(`\`${voidError.code}\``);
    expect(row).toContain(`| ${refused.fidelity} |`);
    const bill = bundle.paths['/transfer-to/bills/initiate'].post;
    const decrypt = bill['x-connectfi-behaviour'].decryptError;
    const billRow = guide.split('\n').find((l) => l.startsWith('| billsInitiate (') && l.includes('`accountNumberEncrypted`'));
    expect(billRow, guide).toContain('`accountNumber`: masked');
    expect(billRow).toContain(`| ${decrypt.fidelity} |`);
    expect(guide.split('\n').find((l) => l.startsWith('| cardRegister (') && l.includes('`card.encryptedData`'))).toContain('`body.last4`: last 4 digits');
    expect(guide.split('\n').find((l) => l.startsWith('| condorCustomerGet ('))).toContain('Customer as { `condorCustomer` }, from `record.customerId`');
    expect(guide.split('\n').find((l) => l.startsWith('| condorCustomerUpdate ('))).toContain('{ `customer` } of the record, from `body.firstName`');
    for (const [route, item] of Object.entries<any>(bundle.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        if (op?.['x-connectfi-behaviour']?.kind === 'static') expect(guide).toContain(`| ${op.operationId} (\`${method.toUpperCase()} ${route}\`) | ${op.summary} | designed`);
      }
    }
  });

  it('writes the refusal table from the data: a changed refused error changes the guide', () => {
    const changed = structuredClone(bundle);
    changed.paths['/check/void'].post['x-connectfi-behaviour'].refused = { error: 'checkNotFound', fidelity: 'documented' };
    const row = guideOf(siteSpec(changed))
      .split('\n')
      .find((l) => l.startsWith('| checkVoid ('));
    expect(row).toContain('`checkNotFound`');
    expect(row).toContain('| documented |');
  });

  it('lists the declared errors from the data: a changed notFound changes its row', () => {
    const route = bundle.paths['/check/get/{checkId}'].get;
    const rowOf = (changedSpec: any) =>
      guideOf(siteSpec(changedSpec))
        .split('\n')
        .find((l) => l.startsWith(`| ${route.operationId} (`) && l.includes('no Check has'));
    const declared = route['x-connectfi-behaviour'].notFound;
    expect(rowOf(bundle)).toContain(`\`${declared.error}\``);
    expect(rowOf(bundle)).toContain(`| ${declared.fidelity} |`);
    const changed = structuredClone(bundle);
    changed.paths['/check/get/{checkId}'].get['x-connectfi-behaviour'].notFound = { error: 'requestValidateError', fidelity: 'documented' };
    expect(rowOf(changed)).toContain('`requestValidateError`');
    expect(rowOf(changed)).toContain('| documented |');
  });

  it("shows the card kinds that accept posted card transactions in the guide's control API section, from postedAs", () => {
    const guide = guideOf(spec);
    expect(guide).not.toContain(POSTED_CARD_TRANSACTIONS_MARKER);
    const section = guide.slice(guide.indexOf('### Posted card transactions'));
    const declared = bundle['x-connectfi-resources'].IbisCard.postedAs;
    const row = section.split('\n').find((l) => l.startsWith('| IbisCard |'));
    expect(row).toContain(`| ${declared.resource} |`);
    expect(row).toContain('`transactionType` = `{"$from":"body.transactionType","$map":{"debit":"purchase","credit":"refund"}}`');
    expect(row).toContain(`| ${declared.fidelity} |`);
    const changed = structuredClone(bundle);
    changed['x-connectfi-resources'].CondorCard.postedAs = { resource: 'CondorTransaction', set: { cardId: '{card.cardId}' }, fidelity: 'designed' };
    expect(guideOf(siteSpec(changed))).toContain('| CondorCard | CondorTransaction | `cardId` = `{card.cardId}` | designed |');
  });

  it('words every operator', () => {
    expect(describeCondition('body.amount', { between: [17, 18] })).toBe('17 < `body.amount` ≤ 18');
    expect(describeCondition('x', { in: ['A', 'S'] })).toBe('`x` is one of `A`, `S`');
    expect(describeCondition('x', { pattern: '^p' })).toBe('`x` matches `/^p/i`');
    expect(describeCondition('x', { exists: false })).toBe('`x` is absent');
    expect(describeCondition('x', { ne: 'completed' })).toBe('`x` ≠ `completed`');
  });
});
