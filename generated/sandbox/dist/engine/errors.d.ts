import type { ErrorExample, OperationModel } from "./model.js";
export interface Answer {
	status: number;
	body?: unknown;
	contentType?: string;
	headers?: Record<string, string>;
}
/** Thrown by behaviours to answer a documented error; the engine's handler wrapper turns it into the answer. */
export declare class DocumentedError extends Error {
	readonly answer: Answer;
	constructor(answer: Answer);
}
/** The spec lacks an example the behaviour data names: a bug in the spec data, answered 500 and logged. */
export declare class SpecDataError extends Error {}
/** The example named `name`, else the first whose code is `name`. */
export declare function findError(op: OperationModel, name: string): ErrorExample | undefined;
export declare function documentedError(op: OperationModel, name: string, requestId: string, context?: unknown): DocumentedError;
