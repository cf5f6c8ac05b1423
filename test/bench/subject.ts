// What the benchmarks measure: the operation (ACH create when the bundle has it, else the password change), a valid
// request for it from its documented example, and the trivial handler that answers its documented success.
import { buildIR } from '../../generators/src/ir/build.ts';
import type { OperationIR } from '../../generators/src/ir/types.ts';
import { loadBundle } from '../support/bundle.ts';

export const BENCH_TOKEN = 'bench-token';
const PREFERRED = [
  ['post', '/transfer-to/ach/create'],
  ['post', '/user/change-password'],
] as const;

export interface Subject {
  op: OperationIR;
  body: unknown;
  success: { status: number; body: unknown };
}

export function benchSubject(): Subject {
  const { operations } = buildIR(loadBundle());
  const op = PREFERRED.map(([method, path]) => operations.find((o) => o.method === method && o.path === path)).find(Boolean);
  if (!op?.requestBody?.examples.length) throw new Error('The bundle has neither POST /transfer-to/ach/create nor POST /user/change-password with a request example');
  const success = op.responses.find((r) => /^2\d\d$/.test(r.status));
  const example = success?.body?.examples[0];
  if (!success || !example) throw new Error(`${op.operationId}: no documented success example to answer with`);
  return { op, body: op.requestBody.examples[0].value, success: { status: Number(success.status), body: example.value } };
}
