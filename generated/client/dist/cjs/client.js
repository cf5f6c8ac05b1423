"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConnectFi = void 0;
exports.createConnectFiClient = createConnectFiClient;
const core_js_1 = require("./runtime/core.js");
const low_level_js_1 = require("./runtime/low-level.js");
const bill_keys_js_1 = require("./runtime/bill-keys.js");
const operations_js_1 = require("./operations.js");
const version_js_1 = require("./version.js");
const index_js_1 = require("./resources/index.js");
const TOKEN_HEADER = "x-connectfi-token";
/** The connectFi API client (spec 0.1.0). Every method resolves to the success envelope's `data` (`.withResponse()` adds the status, headers and requestId) and throws a ConnectFiError subclass otherwise. */
class ConnectFi {
    /** The low-level openapi-fetch client: typed by `paths`, sharing the login; no retries, envelopes or typed errors. */
    raw;
    /** The bill-payment public keys (`GET /transfer-to/bills/public-encryption-keys`), fetched once and cached for an hour. */
    billKeys;
    core;
    auth;
    user;
    health;
    customer;
    akepa;
    ach;
    bills;
    card;
    wire;
    combo;
    acquiring;
    check;
    ibis;
    customerKyc;
    document;
    customerLookup;
    condor;
    constructor(options) {
        this.core = new core_js_1.ConnectFiCore({ tokenHeader: TOKEN_HEADER, userAgent: version_js_1.USER_AGENT, ...options });
        this.raw = (0, low_level_js_1.createLowLevelClient)(this.core, options.baseUrl, TOKEN_HEADER, operations_js_1.openRoutes, options.fetch);
        this.billKeys = new bill_keys_js_1.BillKeyCache((callOptions) => this.core.call(operations_js_1.operationMeta.billsPublicEncryptionKeys, {}, callOptions));
        this.auth = new index_js_1.AuthApi(this.core);
        this.user = new index_js_1.UserApi(this.core);
        this.health = new index_js_1.HealthApi(this.core);
        this.customer = new index_js_1.CustomerApi(this.core);
        this.akepa = new index_js_1.AkepaApi(this.core);
        this.ach = new index_js_1.AchApi(this.core);
        this.bills = new index_js_1.BillsApi(this.core);
        this.card = new index_js_1.CardApi(this.core);
        this.wire = new index_js_1.WireApi(this.core);
        this.combo = new index_js_1.ComboApi(this.core);
        this.acquiring = new index_js_1.AcquiringApi(this.core);
        this.check = new index_js_1.CheckApi(this.core);
        this.ibis = new index_js_1.IbisApi(this.core);
        this.customerKyc = new index_js_1.CustomerKycApi(this.core);
        this.document = new index_js_1.DocumentApi(this.core);
        this.customerLookup = new index_js_1.CustomerLookupApi(this.core);
        this.condor = new index_js_1.CondorApi(this.core);
    }
}
exports.ConnectFi = ConnectFi;
/**
 * Creates a client. With `login` and `password` it logs in on first use and renews the token itself; with `token` it sends that token.
 *
 * @example
 * ```ts
 * const cfi = createConnectFiClient({ baseUrl: process.env.CONNECTFI_BASE_URL!, login: "CLIENTID_api", password: process.env.CONNECTFI_PASSWORD! });
 * ```
 */
function createConnectFiClient(options) {
    return new ConnectFi(options);
}
