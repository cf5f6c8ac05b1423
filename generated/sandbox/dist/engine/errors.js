// Errors the engine answers are the operation's documented examples: status, code and message come from the spec,
// only `requestId` and (where the example's context names the record) `context` are filled in.
/** Thrown by behaviours to answer a documented error; the engine's handler wrapper turns it into the answer. */
export class DocumentedError extends Error {
	answer;
	constructor(answer) {
		super(`documented error ${JSON.stringify(answer.body?.code)}`);
		this.answer = answer;
	}
}
/** The spec lacks an example the behaviour data names: a bug in the spec data, answered 500 and logged. */
export class SpecDataError extends Error {}
/** The example named `name`, else the first whose code is `name`. */
export function findError(op, name) {
	return op.errors[name] ?? Object.entries(op.errors).find(([, e]) => e.body.code === name)?.[1];
}
export function documentedError(op, name, requestId, context) {
	const example = findError(op, name);
	if (!example) throw new SpecDataError(`${op.operationId} documents no error example named ${name}`);
	const body = {
		...example.body,
		requestId,
		context: context === undefined ? example.body.context : context
	};
	return new DocumentedError({
		status: example.status,
		body
	});
}
