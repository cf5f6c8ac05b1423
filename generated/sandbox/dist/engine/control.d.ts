import type { Auth } from './auth.js';
import type { Engine, HandlerInput } from './engine.js';
import type { Answer } from './errors.js';
import type { Delivery, Store } from './store.js';
import { type Dispatcher } from './webhooks.js';
export interface ControlOptions {
    engine: Engine;
    store: Store;
    auth: Auth;
    dispatcher: Dispatcher;
}
/** Handlers by the control API's operationIds. */
export declare function controlHandlers({ engine, store, auth, dispatcher }: ControlOptions): Record<string, (input: HandlerInput) => Promise<Answer>>;
/** A delivery as the control API shows it (the tenant stays internal; `sending` reads as pending). */
export declare function publicDelivery(d: Delivery): {
    deliveryId: string;
    webhook: string;
    recordId: string;
    url: string;
    payload: unknown;
    attempt: number;
    state: "pending" | "delivered" | "failed" | "skipped";
    statusCode: number | null;
    error: string | null;
    durationMs: number | null;
    dtsCreatedAt: string;
    dtsSent: string | null;
};
