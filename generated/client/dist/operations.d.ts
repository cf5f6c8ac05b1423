import type { OperationMeta } from './runtime/operation.js';
/** Every operation of the bundle, by operationId. */
export declare const operationMeta: {
    readonly authGetToken: OperationMeta;
    readonly userChangePassword: OperationMeta;
    readonly healthCheck: OperationMeta;
};
/** `METHOD /path` of the operations that send no token. */
export declare const openRoutes: ReadonlySet<string>;
