// The bundle covers the connectFi API the issues list (method and path as the vendor documents them), every
// operation and webhook says how faithful it is, and every status enum carries its lifecycle as data.
import { describe, expect, it } from 'vitest';
import { listOperations } from '../../scripts/lib/operations.ts';
import { loadBundle } from '../support/bundle.ts';

/** "METHOD /path" for every endpoint the vendor documents (reference §2–§13); GET only where the path carries an id. */
const EXPECTED = `
POST /auth/get-token · POST /user/change-password · GET /health
POST /customer/init · POST /customer/update · GET /customer/status/{customerId} · POST /customer/add-employee · POST /customer/disable-employee
POST /akepa/identification · POST /akepa/status · GET /akepa/status/{customerId} · POST /akepa/document/generate · POST /akepa/document/upload/{documentId} · POST /akepa/update
POST /customer/kyc/init · POST /customer/kyc/add-attributes · POST /customer/kyc/upload/{customerId}/{documentId} · GET /customer/kyc/status/{customerId} · POST /customer/kyc/document-link
POST /document/generate · POST /document/upload/{documentId} · GET /card/list/{customerId} · GET /account/list/{customerId}
POST /transfer-to/ach/create · POST /transfer-to/ach/validate · POST /transfer-to/ach/query · POST /transfer-to/ach/list · POST /transfer-to/ach/export-list · POST /transfer-to/ach/return-rates
GET /transfer-to/bills/billers/download · POST /transfer-to/bills/billers/list · GET /transfer-to/bills/biller/{billerId} · GET /transfer-to/bills/public-encryption-keys
POST /transfer-to/bills/initiate · POST /transfer-to/bills/execute · POST /transfer-to/bills/query · POST /transfer-to/bills/list · POST /transfer-to/bills/summary · POST /transfer-to/bills/export
POST /transfer-to/card/register · GET /transfer-to/card/get/{cardId} · POST /transfer-to/card/push · POST /transfer-to/card/pull · POST /transfer-to/card/transactions-query · POST /transfer-to/card/list/transactions · POST /transfer-to/card/reversal
POST /transfer-to/wire · POST /transfer-to/wire/query · POST /transfer-to/wire/list · POST /transfer-to/wire/export-list
POST /transfer-to/combo/card/register · POST /transfer-to/combo/create · POST /transfer-to/combo/query
POST /acquiring/register · POST /acquiring/pull · POST /acquiring/transactions-query · POST /acquiring/list · POST /acquiring/reversal
POST /check/print · GET /check/get/{checkId} · POST /check/query · POST /check/void · POST /check/list · POST /check/export-list
POST /ibis/account/add · POST /ibis/debit-card/add · POST /ibis/credit-card/application · GET /ibis/credit-card/application/{applicationId} · POST /ibis/credit-card/add
POST /ibis/card/activate · POST /ibis/card/set-pin · POST /ibis/card/check-pin · POST /ibis/card/status · POST /ibis/card/set-status · POST /ibis/card/cardholder-profile
POST /ibis/card/reissue · POST /ibis/card/list · POST /ibis/card/get-auth-data
POST /ibis/financial/card-to-card · POST /ibis/financial/funds-credit · POST /ibis/financial/funds-debit · POST /ibis/financial/reversal · POST /ibis/financial/retrieve · POST /ibis/inquiry/transaction-history
POST /condor/customer/create · POST /condor/customer/update · GET /condor/customer/get/{customerId}
POST /condor/card/add · POST /condor/card/activate · POST /condor/card/set-pin · POST /condor/card/change-status · POST /condor/card/re-issue · GET /condor/card/balance/{cardId} · GET /condor/card/get/{cardId}
POST /condor/financial/credit · POST /condor/financial/debit · POST /condor/financial/p2p · POST /condor/transaction/history · POST /condor/transaction/reversal
`
  .split(/·|\n/)
  .map((s) => s.trim())
  .filter(Boolean);

const WEBHOOKS = ['akepaStatusChanged', 'achStatusChanged', 'billsStatusChanged', 'wireStatusChanged', 'cardStatusChanged', 'checkStatusChanged', 'comboStatusChanged'];

const operations = (spec: any) => listOperations(spec).map((e) => ({ key: e.kind === 'webhook' ? e.path : `${e.method.toUpperCase()} ${e.path}`, op: e.node, webhook: e.kind === 'webhook' }));

describe('coverage of the connectFi API', () => {
  const spec = loadBundle();
  const all = operations(spec);

  it("holds every endpoint the vendor documents, with the vendor's method", () => {
    const present = new Set(all.filter((o) => !o.webhook).map((o) => o.key));
    expect(EXPECTED.length).toBeGreaterThan(90);
    expect(EXPECTED.filter((e) => !present.has(e))).toEqual([]);
  });

  it("holds at least 60 operations and every rail's webhook", () => {
    expect(all.filter((o) => !o.webhook).length).toBeGreaterThanOrEqual(60);
    expect(Object.keys(spec.webhooks).sort()).toEqual(expect.arrayContaining(WEBHOOKS.sort()));
  });

  it('marks every operation and webhook with its fidelity, and prints the count per marker', () => {
    const counts: Record<string, number> = {};
    for (const { op } of all) counts[op['x-connectfi-fidelity'] ?? 'missing'] = (counts[op['x-connectfi-fidelity'] ?? 'missing'] ?? 0) + 1;
    console.log(
      `fidelity: ${Object.entries(counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')} (of ${all.length} operations and webhooks)`,
    );
    expect(Object.keys(counts).sort()).toEqual(expect.arrayContaining(['documented', 'partial', 'designed']));
    expect(counts.missing).toBeUndefined();
  });

  it('gives every status enum its lifecycle', () => {
    const statuses = Object.entries<any>(spec.components.schemas).filter(([name, s]) => /Status$/.test(name) && Array.isArray(s.enum));
    expect(statuses.length).toBeGreaterThanOrEqual(7);
    expect(statuses.filter(([, s]) => !s['x-connectfi-lifecycle']).map(([name]) => name)).toEqual([]);
  });
});
