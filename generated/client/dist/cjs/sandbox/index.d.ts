import { type ClientOptions } from "../runtime/core.js";
import { SandboxApi } from "./resources/index.js";
/**
* The connectFi sandbox control API (2026.11.25): one method per operation, e.g. `control.transition({ resource, id, to })`.
* Logs in like the connectFi client (`login` and `password` of an API user of the sandbox, or a `token`), and
* acts on that user's tenant.
*/
export declare class SandboxControl extends SandboxApi {
	constructor(options: ClientOptions);
}
/** Creates a SandboxControl; `baseUrl` is the sandbox's own (`npm run sandbox` prints it). */
export declare function createSandboxControl(options: ClientOptions): SandboxControl;
export type * from "./types.js";
export type { components, operations, paths } from "./schema.js";
export { ConnectFiError, APIError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError, ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError, RequestValidateError, ReferenceExistsError, UnauthorizedError, DuplicateAfterRetryError, InvalidResponseError, ConnectFiConnectionError, ConnectFiTimeoutError, ConnectFiAbortError, type ValidationItem } from "../runtime/errors.js";
export { APIPromise, type ResponseInfo, type WithResponse } from "../runtime/api-promise.js";
export type { ClientOptions } from "../runtime/core.js";
export type { RequestOptions } from "../runtime/operation.js";
