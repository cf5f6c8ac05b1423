// The sandbox answers the list and query business errors as @connectfi/server does (test/server/business-errors):
// one record too many answers the documented greaterNumberOfRecords, another property's maximum (skipRecords) a
// requestValidateError, and a query with both lists the documented transactionQuery; the cases are read from the
// spec (test/support/business-cases.ts), and the sandbox is driven over HTTP as a user does.
import { describe, expect, it } from 'vitest';
import { bothLists, type BusinessCase, tooManyRecords, tooManySkipped } from '../support/business-cases.ts';
import { sandboxForSuite } from './support/clients.ts';

const sandbox = sandboxForSuite();

async function expectCase({ op, body, status, code, envelope, issue }: BusinessCase) {
  const response = await fetch(`${sandbox.url}${op.path}`, {
    method: op.method.toUpperCase(),
    headers: { 'content-type': 'application/json', 'x-connectfi-token': sandbox.token },
    body: JSON.stringify(body),
  });
  const answer: any = await response.json();
  expect({ op: op.operationId, status: response.status, code: answer.code }).toEqual({ op: op.operationId, status, code });
  if (envelope) expect({ op: op.operationId, ...answer, requestId: undefined }).toEqual({ op: op.operationId, ...envelope, requestId: undefined });
  if (issue) expect(answer.context, op.operationId).toContainEqual(expect.objectContaining(issue));
}

describe('business errors of the sandbox', () => {
  it('answers greaterNumberOfRecords for one record too many where the list documents it', async () => {
    const cases = tooManyRecords();
    expect(cases.filter((c) => c.code === 'greaterNumberOfRecords').length).toBeGreaterThanOrEqual(7);
    for (const c of cases) await expectCase(c);
  });

  it('answers requestValidateError for skipRecords above its maximum', async () => {
    for (const c of tooManySkipped()) await expectCase(c);
  });

  it('answers transactionQuery for a query with both lists', async () => {
    const cases = bothLists();
    expect(cases.length).toBeGreaterThanOrEqual(7);
    for (const c of cases) await expectCase(c);
  });
});
