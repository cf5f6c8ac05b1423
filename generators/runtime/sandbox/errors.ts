// Errors the engine answers are the operation's documented examples: status, code and message come from the spec,
// only `requestId` and (where the example's context names the record) `context` are filled in.
import type { ErrorExample, OperationModel } from './model.js';

export interface Answer {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** Thrown by behaviours to answer a documented error; the engine's handler wrapper turns it into the answer. */
export class DocumentedError extends Error {
  constructor(readonly answer: Answer) {
    super(`documented error ${JSON.stringify((answer.body as { code?: string })?.code)}`);
  }
}

/** The spec lacks an example the behaviour data names: a bug in the spec data, answered 500 and logged. */
export class SpecDataError extends Error {}

/** The example named `name`, else the first whose code is `name`. */
export function findError(op: OperationModel, name: string): ErrorExample | undefined {
  return op.errors[name] ?? Object.entries(op.errors).find(([, e]) => e.body.code === name)?.[1];
}

export function documentedError(op: OperationModel, name: string, requestId: string, context?: unknown): DocumentedError {
  const example = findError(op, name);
  if (!example) throw new SpecDataError(`${op.operationId} documents no error example named ${name}`);
  const body = { ...example.body, requestId, context: context === undefined ? example.body.context : context };
  return new DocumentedError({ status: example.status, body });
}
