import { ConnectFiCore } from './runtime/core.js';
import { createLowLevelClient } from './runtime/low-level.js';
import { BillKeyCache, BILL_KEYS_OPERATION } from './runtime/bill-keys.js';
import { openRoutes } from './operations.js';
import { AuthApi, UserApi, HealthApi } from './facade.js';
const TOKEN_HEADER = "x-connectfi-token";
/** The connectFi API client (spec 2024.08.06). Every method returns the success envelope's `data` and throws a ConnectFiError subclass otherwise. */
export class ConnectFi {
    /** The low-level openapi-fetch client: typed by `paths`, sharing the login; no retries, envelopes or typed errors. */
    raw;
    /** The bill-payment public keys (`GET /transfer-to/bills/public-encryption-keys`), fetched once and cached for an hour. */
    billKeys;
    core;
    auth;
    user;
    health;
    constructor(options) {
        this.core = new ConnectFiCore({ tokenHeader: TOKEN_HEADER, ...options });
        this.raw = createLowLevelClient(this.core, options.baseUrl, TOKEN_HEADER, openRoutes, options.fetch);
        this.billKeys = new BillKeyCache((callOptions) => this.core.call(BILL_KEYS_OPERATION, {}, callOptions));
        this.auth = new AuthApi(this.core);
        this.user = new UserApi(this.core);
        this.health = new HealthApi(this.core);
    }
}
/**
 * Creates a client. With `login` and `password` it logs in on first use and renews the token itself; with `token` it sends that token.
 *
 * @example
 * ```ts
 * const cfi = createConnectFiClient({ baseUrl: process.env.CONNECTFI_BASE_URL!, login: "CLIENTID_api", password: process.env.CONNECTFI_PASSWORD! });
 * ```
 */
export function createConnectFiClient(options) {
    return new ConnectFi(options);
}
