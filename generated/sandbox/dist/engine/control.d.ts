import type { Auth } from "./auth.js";
import type { Engine, HandlerInput } from "./engine.js";
import { type Answer } from "./errors.js";
import type { Delivery, Store } from "./store.js";
import { type Dispatcher } from "./webhooks.js";
export interface ControlOptions {
	engine: Engine;
	store: Store;
	auth: Auth;
	dispatcher: Dispatcher;
}
/** Handlers by the control API's operationIds. */
export declare function controlHandlers({ engine, store, auth, dispatcher }: ControlOptions): Record<string, (input: HandlerInput) => Promise<Answer>>;
/**
* A delivery as the control API shows it (the tenant stays internal; an in-flight `sending` reads as `pending`). Named, so the declarations
* print the state union as written here rather than in whatever order the compiler met its literals.
*/
export type PublicDelivery = Pick<Delivery, "deliveryId" | "webhook" | "recordId" | "url" | "payload" | "attempt" | "statusCode" | "error" | "durationMs" | "dtsCreatedAt" | "dtsSent"> & {
	state: "pending" | "delivered" | "failed" | "skipped";
};
export declare function publicDelivery(d: Delivery): PublicDelivery;
