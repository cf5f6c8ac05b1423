/** An Ajv standalone validator: returns true, or false with `errors` set. */
export interface StandaloneValidator {
    (data: unknown): boolean;
    errors?: {
        instancePath: string;
        schemaPath: string;
        keyword: string;
        params: Record<string, unknown>;
        message?: string;
    }[] | null;
}
export declare class WebhookParseError extends Error {
    readonly webhook: string;
    /** Ajv-style items when the body failed the webhook's schema. */
    readonly items: {
        instancePath: string;
        keyword: string;
        message: string;
    }[];
    constructor(message: string, webhook: string, 
    /** Ajv-style items when the body failed the webhook's schema. */
    items?: {
        instancePath: string;
        keyword: string;
        message: string;
    }[]);
}
export type RawBody = string | Uint8Array | ArrayBuffer;
export declare function createWebhookParser<Events extends object>(validators: {
    [K in keyof Events]: StandaloneValidator;
}): <K extends keyof Events & string>(name: K, rawBody: RawBody) => Events[K];
