// Requests that break a business rule of the list and query patterns, with what connectFi answers, read from the
// bundle's schemas and error examples (not from the IR's business rules, which the servers are built from): more
// records than `numberOfRecords` allows (the operation's documented greaterNumberOfRecords, else
// requestValidateError), a `skipRecords` above its maximum (always requestValidateError: another `maximum` is no
// business rule), and a query with both lists (the documented transactionQuery). Shared by test/server and
// test/sandbox, which send them to @connectfi/server and to the sandbox.
import { buildIR } from '../../generators/src/ir/build.ts';
import { at, propertiesOf } from '../../generators/src/ir/schema-walk.ts';
import type { OperationIR } from '../../generators/src/ir/types.ts';
import { loadBundle } from './bundle.ts';

const bundle = loadBundle();
const ir = buildIR(bundle);

export interface BusinessCase {
  op: OperationIR;
  body: Record<string, unknown>;
  status: number;
  code: string;
  /** The documented envelope without its requestId, when the answer is a documented business error. */
  envelope?: Record<string, unknown>;
  /** For requestValidateError: the issue the context must name. */
  issue?: { instancePath: string; keyword: string };
}

/** The operation's documented error example with `code`, without its requestId. */
export function documented(op: OperationIR, code: string): { status: number; body: any } | undefined {
  const error = op.errors.find((e) => e.code === code);
  if (!error) return undefined;
  const value: any = op.responses.find((r) => r.status === error.status)!.body!.examples.find((e) => e.name === error.exampleName)!.value;
  const { requestId: _, ...rest } = value;
  return { status: Number(error.status), body: rest };
}

const jsonOps = ir.operations.filter((op) => op.requestBody?.contentType === 'application/json' && op.requestBody.examples.length);
const firstExample = (op: OperationIR) => (op.requestBody!.examples[0].value ?? {}) as Record<string, unknown>;

/** Each JSON operation whose body declares `name`, with that property's resolved schema. */
const declaring = (name: string) =>
  jsonOps.flatMap((op) => {
    const property = propertiesOf(bundle, at(bundle, op.requestBody!.schema))[name];
    return property ? [{ op, property }] : [];
  });

export function tooManyRecords(): BusinessCase[] {
  return declaring('numberOfRecords').map(({ op, property }) => {
    const body = { ...firstExample(op), numberOfRecords: property.maximum + 1 };
    const expected = documented(op, 'greaterNumberOfRecords');
    return expected ? { op, body, status: expected.status, code: 'greaterNumberOfRecords', envelope: expected.body } : { op, body, status: 400, code: 'requestValidateError', issue: { instancePath: '/numberOfRecords', keyword: 'maximum' } };
  });
}

export function tooManySkipped(): BusinessCase[] {
  return declaring('skipRecords').map(({ op, property }) => ({
    op,
    body: { ...firstExample(op), numberOfRecords: 10, skipRecords: property.maximum + 1 },
    status: 400,
    code: 'requestValidateError',
    issue: { instancePath: '/skipRecords', keyword: 'maximum' },
  }));
}

/** Each operation with two request examples that send different lists, both sent in one body. */
export function bothLists(): BusinessCase[] {
  return jsonOps.flatMap((op) => {
    const examples = op.requestBody!.examples.map((e) => e.value as Record<string, unknown>);
    const first = examples[0];
    const other = examples.find((e) => e && typeof e === 'object' && Object.keys(e).every((key) => !(key in first)));
    const expected = documented(op, 'transactionQuery');
    if (!other || !expected) return [];
    return [{ op, body: { ...first, ...other }, status: expected.status, code: 'transactionQuery', envelope: expected.body }];
  });
}
