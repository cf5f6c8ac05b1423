import type { operations } from './schema.js';
import type { Awaitable, HandlerAnswer, HandlerInput, RequestBodyOf } from './runtime/handler-types.js';
/**
 * One handler per operation of the connectFi API. Each receives the validated input and returns one of the
 * responses the spec documents for it: `{ status: 200, body }`, `{ status: 400, body: errorEnvelope }`.
 * `Principal` is what your `authenticate` hook returns for a token.
 */
export interface ConnectFiHandlers<Principal = unknown> {
    /**
     * Get an access token.
     *
     * `POST /auth/get-token` (open: no token), fidelity documented.
     */
    authGetToken(input: HandlerInput<operations["authGetToken"], undefined, RequestBodyOf<operations["authGetToken"]>>): Awaitable<HandlerAnswer<operations["authGetToken"]>>;
    /**
     * Change the API user's password.
     *
     * `POST /user/change-password`, fidelity documented.
     */
    userChangePassword(input: HandlerInput<operations["userChangePassword"], Principal, RequestBodyOf<operations["userChangePassword"]>>): Awaitable<HandlerAnswer<operations["userChangePassword"]>>;
    /**
     * Check that the instance is up.
     *
     * `GET /health` (open: no token), fidelity designed.
     */
    healthCheck(input: HandlerInput<operations["healthCheck"], undefined, RequestBodyOf<operations["healthCheck"]>>): Awaitable<HandlerAnswer<operations["healthCheck"]>>;
}
export type OperationId = keyof ConnectFiHandlers;
/** What the handler of `K` receives. */
export type HandlerInputOf<K extends OperationId, Principal = unknown> = Parameters<ConnectFiHandlers<Principal>[K]>[0];
/** What the handler of `K` may answer. */
export type HandlerAnswerOf<K extends OperationId> = Awaited<ReturnType<ConnectFiHandlers[K]>>;
