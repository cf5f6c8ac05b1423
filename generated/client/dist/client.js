import { ConnectFiCore } from "./runtime/core.js";
import { createLowLevelClient } from "./runtime/low-level.js";
import { BillKeyCache } from "./runtime/bill-keys.js";
import { operationMeta, openRoutes } from "./operations.js";
import { USER_AGENT } from "./version.js";
import { AuthApi, UserApi, HealthApi, CustomerApi, AkepaApi, AchApi, BillsApi, CardApi, WireApi, ComboApi, AcquiringApi, CheckApi, IbisApi, CustomerKycApi, DocumentApi, CustomerLookupApi, CondorApi } from "./resources/index.js";
const TOKEN_HEADER = "x-connectfi-token";
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
    this.core = new ConnectFiCore({ tokenHeader: TOKEN_HEADER, userAgent: USER_AGENT, ...options });
    this.raw = createLowLevelClient(this.core, options.baseUrl, TOKEN_HEADER, openRoutes, options.fetch);
    this.billKeys = new BillKeyCache((callOptions) => this.core.call(operationMeta.billsPublicEncryptionKeys, {}, callOptions));
    this.auth = new AuthApi(this.core);
    this.user = new UserApi(this.core);
    this.health = new HealthApi(this.core);
    this.customer = new CustomerApi(this.core);
    this.akepa = new AkepaApi(this.core);
    this.ach = new AchApi(this.core);
    this.bills = new BillsApi(this.core);
    this.card = new CardApi(this.core);
    this.wire = new WireApi(this.core);
    this.combo = new ComboApi(this.core);
    this.acquiring = new AcquiringApi(this.core);
    this.check = new CheckApi(this.core);
    this.ibis = new IbisApi(this.core);
    this.customerKyc = new CustomerKycApi(this.core);
    this.document = new DocumentApi(this.core);
    this.customerLookup = new CustomerLookupApi(this.core);
    this.condor = new CondorApi(this.core);
  }
}
function createConnectFiClient(options) {
  return new ConnectFi(options);
}
export {
  ConnectFi,
  createConnectFiClient
};
