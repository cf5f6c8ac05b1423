// Errors the engine answers are the operation's documented examples: status, code and message come from the spec,
// only `requestId` and (where the example's context names the record) `context` are filled in.
class DocumentedError extends Error {
  constructor(answer) {
    super(`documented error ${JSON.stringify(answer.body?.code)}`);
    this.answer = answer;
  }
  answer;
}
class SpecDataError extends Error {
}
function findError(op, name) {
  return op.errors[name] ?? Object.entries(op.errors).find(([, e]) => e.body.code === name)?.[1];
}
function documentedError(op, name, requestId, context) {
  const example = findError(op, name);
  if (!example) throw new SpecDataError(`${op.operationId} documents no error example named ${name}`);
  const body = { ...example.body, requestId, context: context === void 0 ? example.body.context : context };
  return new DocumentedError({ status: example.status, body });
}
export {
  DocumentedError,
  SpecDataError,
  documentedError,
  findError
};
